package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/** The sessions of a round ("in ronde 2"), of one of several ("in ronde 1 en in ronde 2") or of each ("in beide"). */
final class RoundFilter {
  private static final List<String> ORDINALS = List.of("eerste", "tweede", "derde", "vierde", "vijfde", "zesde");

  private final ProgrammeIndex index;
  private final Phrases context;

  RoundFilter(ProgrammeIndex index, Phrases context) {
    this.index = index;
    this.context = context;
  }

  /**
   * "in ronde 1 en in ronde 2": either round, never a session in both at once; {@code both} ("in beide rondes"): what
   * is given in each of them.
   */
  List<Session> several(List<Session> sessions, List<Condition.InRound> rounds, boolean both) {
    Set<Session> either = Sessions.emptySet();
    List<Set<String>> titles = new ArrayList<>();
    for (Condition.InRound r : rounds) {
      List<Session> in = round(sessions, r.round());
      either.addAll(in);
      titles.add(in.stream().map(Session::title).collect(Collectors.toCollection(HashSet::new)));
    }
    return sessions.stream().filter(s -> either.contains(s)
        && (!both || titles.stream().allMatch(t -> t.contains(s.title())))).toList();
  }

  List<Session> round(List<Session> sessions, int number) {
    return round(sessions, number, java.util.Optional.empty(), java.util.Optional.empty(), false);
  }

  /**
   * {@code period}: "de eerste middagronde" counts the rounds of the afternoon only; {@code before}: "de laatste ronde
   * voor de pauze" the rounds over by then.
   */
  List<Session> round(List<Session> sessions, int number, java.util.Optional<nl.dagwijzer.nlu.DayPeriod> period,
                      java.util.Optional<java.time.LocalTime> before, boolean alongside) {
    var rounds = index.rounds(period);
    if (number < 0 && before.isPresent()) {
      rounds = rounds.stream().filter(r -> !r.end().isAfter(before.get())).toList();
    }
    if (rounds.isEmpty() || number > rounds.size()) {
      // "wie pitchen er in de eerste ronde?" on a day whose rounds are no parallel blocks but are named so; "de
      // laatste ronde" is the one with the highest number ("Tafelronde 3")
      int named = number > 0 ? number : lastNamed();
      context.add(number > 0 ? "in ronde " + number : "in de laatste ronde");
      List<Session> naming = named > 0 ? sessions.stream().filter(namingRound(named)).toList() : List.of();
      if (naming.isEmpty() && sessions.size() < index.programme().sessions().size()) {
        return nthTimes(sessions, number); // "welke rondleidingen zijn er in de tweede ronde?" without that round
      }
      return naming;
    }
    var slot = number < 0 ? rounds.get(rounds.size() - 1) : rounds.get(number - 1);
    if (alongside) {
      // "wat loopt er tegelijk met de eerste workshopronde?": what overlaps it, the round's own sessions left out
      context.add("naast de " + DutchText.ordinal(number < 0 ? rounds.size() : number) + " ronde ("
          + DutchText.range(slot.start(), slot.end()) + ")");
      return sessions.stream().filter(s -> !slot.sessions().contains(s) && s.start().isBefore(slot.end())
          && s.end().isAfter(slot.start())).toList();
    }
    List<Session> in = sessions.stream().filter(slot.sessions()::contains).toList();
    List<Session> named = number > 0 && in.isEmpty() ? sessions.stream().filter(namingRound(number)).toList()
        : List.of();
    if (!named.isEmpty() && named.size() < index.programme().sessions().size()) {
      // "de eerste ronde van de open space": that one's own rounds, not the day's parallel ones
      context.add("in ronde " + number);
      return named;
    }
    List<Session> times = in.isEmpty() && number > 0 && sessions.size() < index.programme().sessions().size()
        ? nthTimes(sessions, number) : List.of();
    if (!times.isEmpty()) {
      // "wanneer is de 2e ronde robots?" when the day's second round has none: the second time of what is named
      context.add("in ronde " + number);
      return times;
    }
    context.add("in de " + DutchText.ordinal(number < 0 ? rounds.size() : number) + " ronde ("
        + DutchText.range(slot.start(), slot.end()) + ")");
    return in;
  }

  /**
   * On a day without that round, of each title given more than once, its {@code number}th time (-1: its last): the
   * rounds of what is repeated. A title given once has no second round.
   */
  private static List<Session> nthTimes(List<Session> sessions, int number) {
    java.util.Map<String, List<Session>> byTitle = new java.util.LinkedHashMap<>();
    sessions.forEach(s -> byTitle.computeIfAbsent(s.title(), t -> new ArrayList<>()).add(s));
    List<Session> nth = new ArrayList<>();
    for (List<Session> same : byTitle.values()) {
      List<Session> times = same.stream().sorted(java.util.Comparator.comparing(Session::start)).toList();
      if (times.size() >= 2 && number <= times.size()) {
        nth.add(times.get(number < 0 ? times.size() - 1 : number - 1));
      }
    }
    return nth.stream().sorted(java.util.Comparator.comparing(Session::start)).toList();
  }

  /** Rounds the sessions' names number ("Tafelronde 1", "Tafelronde 2"), each round's sessions, in order. */
  List<List<Session>> named() {
    List<List<Session>> named = new ArrayList<>();
    int last = lastNamed();
    for (int n = 1; n <= last; n++) {
      named.add(index.programme().sessions().stream().filter(namingRound(n)).toList());
    }
    return named;
  }

  /** The highest round number a session's name gives, 0 when none does. */
  private int lastNamed() {
    int last = 0;
    for (int n = 1; n <= MAX_NAMED; n++) {
      Predicate<Session> naming = namingRound(n);
      if (index.programme().sessions().stream().anyMatch(naming)) {
        last = n;
      }
    }
    return last;
  }

  private static final int MAX_NAMED = 12;

  /** Sessions whose title or one of their names says they are that round: "Pitches ronde 2", "tweede pitchronde". */
  private static Predicate<Session> namingRound(int number) {
    Pattern numbered = Pattern.compile("(?:ronde|blok)\\s*" + number + "(?!\\d)");
    Pattern ordinal = number <= ORDINALS.size()
        ? Pattern.compile("\\b" + ORDINALS.get(number - 1) + "\\s+\\p{L}*ronde") : null;
    return session -> {
      List<String> names = new ArrayList<>(session.aliases());
      names.add(session.title());
      return names.stream().map(n -> n.toLowerCase(Locale.ROOT))
          .anyMatch(n -> numbered.matcher(n).find() || ordinal != null && ordinal.matcher(n).find());
    };
  }
}
