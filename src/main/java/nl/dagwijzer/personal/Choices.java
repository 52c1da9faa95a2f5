package nl.dagwijzer.personal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.store.PersonalChoices;
import nl.dagwijzer.store.StoreException;

/**
 * What each user put in their own programme for the event day: a session one chooses between others (a workshop
 * in a block of parallel ones), or any other session to be reminded of. A second choice in a block of parallel
 * sessions replaces the first. Choices are kept per day in the state, so they survive restarts; they always refer to
 * the programme as it is now. Thread-safe (the state is).
 */
public final class Choices {
  private final ProgrammeStore store;
  private final PersonalChoices choices;
  private final Clock clock;

  public Choices(ProgrammeStore store, PersonalChoices choices, Clock clock) {
    this.store = store;
    this.choices = choices;
    this.clock = clock;
  }

  /** What a choice did: the session chosen, what it replaced in its block, and whether it was chosen already. */
  public record Chosen(Session session, List<Session> replaced, boolean already) {
    public Chosen {
      replaced = List.copyOf(replaced);
    }
  }

  public Programme programme() {
    return store.current();
  }

  public LocalDate day() {
    return EventDay.of(store.current(), clock);
  }

  /**
   * The sessions one chooses between: those of blocks with parallel sessions, in time order; for a day without
   * such blocks every session but the breaks, so there is still something to put in one's programme.
   */
  public List<Session> choosable() {
    Programme programme = store.current();
    List<Session> parallel = programme.slots().stream().filter(Slot::parallel)
        .flatMap(slot -> slot.sessions().stream()).toList();
    return parallel.isEmpty()
        ? programme.sessions().stream().filter(s -> s.kind() != SessionKind.BREAK).toList()
        : parallel;
  }

  /** Puts {@code session} in the user's programme, replacing their choice of another session in the same block. */
  public Chosen choose(String userId, Session session) throws StoreException {
    Programme programme = store.current();
    LocalDate day = day();
    Set<String> mine = choices.of(userId, day).stream().map(PersonalChoices.Choice::sessionId)
        .collect(Collectors.toSet());
    List<Session> replaced = blockOf(programme, session).filter(Slot::parallel).map(Slot::sessions)
        .orElse(List.of()).stream().filter(s -> !s.id().equals(session.id()) && mine.contains(s.id())).toList();
    boolean already = mine.contains(session.id());
    if (!already || !replaced.isEmpty()) {
      choices.choose(new PersonalChoices.Choice(userId, day, session.id(), session.title(), session.start(),
          session.end(), clock.instant()), replaced.stream().map(Session::id).toList());
    }
    return new Chosen(session, replaced, already);
  }

  /** Takes the session out of the user's programme; empty when it was not in it. */
  public Optional<Session> forget(String userId, Session session) throws StoreException {
    return choices.forget(userId, day(), session.id()) ? Optional.of(session) : Optional.empty();
  }

  /** The sessions in the user's programme that the current programme still has, in time order. */
  public List<Session> of(String userId) throws StoreException {
    Programme programme = store.current();
    List<Session> result = new ArrayList<>();
    for (PersonalChoices.Choice choice : choices.of(userId, day())) {
      programme.session(choice.sessionId()).ifPresent(result::add);
    }
    result.sort(Comparator.comparing(Session::start).thenComparing(Session::end)
        .thenComparingInt(s -> programme.sessions().indexOf(s)));
    return result;
  }

  /** The block of parallel sessions (or the single session) that {@code session} runs in. */
  static Optional<Slot> blockOf(Programme programme, Session session) {
    return programme.slots().stream().filter(slot -> slot.sessions().contains(session)).findFirst();
  }
}
