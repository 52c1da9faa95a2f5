package nl.dagwijzer.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.store.ReminderSettings;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a request about one's own programme does and says: choose, be reminded, take out. Shared by free text and
 * the slash commands, so both say the same. Every answer is one Dutch text.
 */
public final class PersonalRequests {
  /** The most sessions a "which one?" question names. */
  static final int ASK_AT_MOST = 8;
  private static final Logger LOG = LoggerFactory.getLogger(PersonalRequests.class);

  private final Choices choices;
  private final ReminderSettings settings;
  private final int reminderMinutes;

  public PersonalRequests(Choices choices, ReminderSettings settings, int reminderMinutes) {
    this.choices = choices;
    this.settings = settings;
    this.reminderMinutes = reminderMinutes;
  }

  public Choices choices() {
    return choices;
  }

  /** Puts what {@code query} names in the user's programme; asks which one when it names sessions of one block. */
  String choose(String userId, Query query, boolean remind) {
    Programme programme = choices.programme();
    List<Session> named = SessionMatcher.match(programme, query);
    boolean titled = SessionMatcher.names(query).stream().anyMatch(e -> e.type() == EntityType.SESSION);
    if (named.isEmpty() || query.has(Condition.NotInProgramme.class) && !titled) {
      return nothingNamed(query, "in je programma zetten");
    }
    if (named.size() > 1 && !eachByTitle(query, named)) {
      return "Welke bedoel je: " + options(programme, named) + "? Zeg bijvoorbeeld: "
          + (remind ? "herinner me aan " : "zet ") + DutchText.name(named.get(0))
          + (remind ? "." : " in mijn programma.");
    }
    return choose(userId, named, remind);
  }

  /** Puts {@code sessions} in the user's programme and says so, with what each replaced and about reminders. */
  public String choose(String userId, List<Session> sessions, boolean remind) {
    List<String> lines = new ArrayList<>();
    try {
      for (Session session : sessions) {
        Choices.Chosen chosen = choices.choose(userId, session);
        String what = PersonalText.withTime(session);
        String line = chosen.already() ? capitalise(what) + " stond al in je programma."
            : capitalise(what) + " staat in je programma.";
        if (!chosen.replaced().isEmpty()) {
          line += " Het vervangt " + DutchText.join(chosen.replaced().stream().map(DutchText::name).toList())
              + ": in één blok kies je één sessie.";
        }
        lines.add(line);
      }
      lines.add(reminders(userId, remind));
    } catch (StoreException e) {
      LOG.error("A choice of user {} could not be stored: {}", userId, e.getMessage(), e.getCause());
      return notStored(e);
    }
    return String.join("\n", lines).strip();
  }

  /** Takes what {@code query} names out of the user's programme; asks which one when it names several of theirs. */
  String forget(String userId, Query query) {
    try {
      Programme programme = choices.programme();
      List<Session> mine = choices.of(userId);
      List<Session> named = SessionMatcher.match(programme, query);
      if (mine.isEmpty()) {
        return "Er staat nog niets in je programma.";
      }
      List<Session> both = named.stream().filter(mine::contains).toList();
      if (both.isEmpty()) {
        return named.isEmpty() ? nothingNamed(query, "uit je programma halen") + " In je programma staan: "
            + DutchText.join(mine.stream().map(DutchText::name).toList()) + "."
            : capitalise(DutchText.join(named.stream().map(DutchText::name).toList()))
                + (named.size() == 1 ? " staat" : " staan") + " niet in je programma.";
      }
      if (both.size() > 1) {
        return "Welke bedoel je: " + options(programme, both) + "?";
      }
      return forget(userId, both.get(0));
    } catch (StoreException e) {
      LOG.error("A choice of user {} could not be removed: {}", userId, e.getMessage(), e.getCause());
      return notStored(e);
    }
  }

  /** Takes one session out of the user's programme and says so. */
  public String forget(String userId, Session session) throws StoreException {
    Optional<Session> forgotten = choices.forget(userId, session);
    if (forgotten.isEmpty()) {
      return capitalise(DutchText.name(session)) + " stond niet in je programma.";
    }
    boolean parallel = Choices.blockOf(choices.programme(), session).filter(Slot::parallel).isPresent();
    return capitalise(PersonalText.withTime(session)) + " is uit je programma gehaald."
        + (parallel ? " Kies een andere met /kies of /mijnprogramma." : "");
  }

  /**
   * Whether the request named each of several sessions by its title ("de inleiding en de lunch"): then all are
   * meant. Several sessions found by a general word or a person ("de workshop", "van Maartje Bos") are a question.
   */
  private static boolean eachByTitle(Query query, List<Session> named) {
    long titles = SessionMatcher.names(query).stream().filter(e -> e.type() == EntityType.SESSION)
        .map(e -> e.id()).distinct().count();
    return titles >= named.size();
  }

  private static String options(Programme programme, List<Session> sessions) {
    List<String> names = sessions.stream().limit(ASK_AT_MOST).map(s -> PersonalText.named(programme, s)).toList();
    String list = PersonalText.either(names);
    return sessions.size() > ASK_AT_MOST ? list + " (of nog " + (sessions.size() - ASK_AT_MOST) + " andere)" : list;
  }

  private String reminders(String userId, boolean asked) throws StoreException {
    if (reminderMinutes == 0) {
      return asked ? "Persoonlijke herinneringen staan op deze server uit." : "";
    }
    if (!settings.enabled(userId)) {
      return "Je herinneringen staan uit; zet ze aan met /herinneringen aan:true.";
    }
    return "Je krijgt " + reminderMinutes + " minuten van tevoren een herinnering als privébericht.";
  }

  private static String nothingNamed(Query query, String action) {
    Optional<Condition.NotInProgramme> unknown = query.first(Condition.NotInProgramme.class);
    if (unknown.isPresent()) {
      return "Ik vind ‘" + unknown.get().words() + "’ niet in het programma, dus ik kan het niet " + action + ".";
    }
    return "Ik weet niet welk onderdeel je bedoelt. Noem de titel of de spreker, of gebruik /kies.";
  }

  private static String notStored(StoreException e) {
    return "Dat kon niet worden opgeslagen (" + e.getMessage() + "). Er is niets veranderd; probeer het zo nog eens.";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
