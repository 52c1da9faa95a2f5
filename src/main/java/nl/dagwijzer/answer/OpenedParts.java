package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * Parts of a day that stand apart and are opened by a session of their own: three webinars at 10:00, 13:00 and 15:30,
 * each a run of sessions after "Opening webinar 1: ...". "webinar 1" then names that whole run, where "de opening van
 * webinar 1" still names the opening. A run stands apart when at least {@value #APART} minutes with nothing on
 * separate it from the rest of the day; a day without such gaps has no parts of this kind.
 */
final class OpenedParts {
  static final int APART = 30;
  private static final Set<String> OPENERS = Set.of("opening", "welkom", "start", "aftrap", "ontvangst", "inloop");

  /** Each part by the id of the session that opens it, worked out once with its name. */
  private final Map<String, Part> opened = new HashMap<>();
  /** The openings of shows ({@link OpenedShows}): named only by their own name ("middagvoorstelling"). */
  private final Set<String> shows = new java.util.HashSet<>();

  OpenedParts(Programme programme) {
    List<Session> sessions = programme.sessions().stream()
        .sorted(java.util.Comparator.comparing(Session::start)).toList();
    List<List<Session>> runs = new ArrayList<>();
    List<Session> run = new ArrayList<>();
    LocalTime end = null;
    for (Session session : sessions) {
      if (end != null && session.start().isAfter(end.plusMinutes(APART - 1))) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(session);
      end = end == null || session.end().isAfter(end) ? session.end() : end;
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    // a show opened on a stage while other things go on elsewhere ("Opening middagvoorstelling")
    for (Session session : sessions) {
      OpenedShows.of(session, programme).ifPresent(part -> {
        opened.put(session.id(), part);
        shows.add(session.id());
      });
    }
    if (runs.size() < 2) {
      return;
    }
    for (List<Session> part : runs) {
      Session first = part.get(0);
      // ("Inloop met ontbijt" opens with what comes with it, "Inloop en teams melden" with what goes beside it, not
      // with the name of a part)
      boolean with = first.title().toLowerCase(Locale.ROOT).matches("^\\P{L}*\\p{L}+\\s+(met|en|&)\\s.*");
      if (part.size() >= 2 && OPENERS.contains(firstWord(first.title())) && !with && !opened.containsKey(first.id())) {
        String rest = first.title().replaceFirst("^\\P{L}*\\p{L}+\\s+((van|bij|in|op)\\s+)?", "");
        opened.put(first.id(), new Part(DutchText.capitalise(rest.isBlank() ? first.title() : rest),
            List.copyOf(part)));
      }
    }
  }

  /**
   * The part {@code entity} names: the whole run when it names the session that opens one by the part's own name
   * ("webinar 1", "het jongerenwebinar"), not by the opening ("opening webinar 1").
   */
  Optional<List<Session>> named(Entity entity) {
    Part part = opened.get(entity.id());
    if (part == null) {
      return Optional.empty();
    }
    boolean opening = java.util.Arrays.stream(entity.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .anyMatch(OPENERS::contains);
    // ("de laatste voorstelling" of two shows is the later opening, not the last act of both)
    // ("tussen de twee voorstellingen": both shows, whole, by the plural of what their names end in)
    String text = entity.text().toLowerCase(Locale.ROOT);
    boolean ownName = !shows.contains(entity.id()) || text.equals(part.name().toLowerCase(Locale.ROOT))
        || text.endsWith("en") && text.length() > 6
        && part.name().toLowerCase(Locale.ROOT).endsWith(text.substring(0, text.length() - 2));
    return opening || !ownName ? Optional.empty() : Optional.of(part.sessions());
  }

  /** The sessions of the part called {@code name} ("vliegprogramma" of "Opening van het vliegprogramma"), if any. */
  Optional<List<Session>> called(String name) {
    return opened.values().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst()
        .map(Part::sessions);
  }

  /**
   * When {@code openers} are all sessions that open parts ("webinar" for "Opening webinar 1" to "3"): the whole parts
   * that hold {@code inside}; otherwise nothing.
   */
  List<Session> containing(java.util.Collection<Session> openers, java.util.Collection<Session> inside) {
    if (openers.isEmpty() || !openers.stream().allMatch(o -> opened.containsKey(o.id()))) {
      return List.of();
    }
    List<Session> parts = new ArrayList<>();
    for (Session opener : openers) {
      List<Session> part = opened.get(opener.id()).sessions();
      if (part.stream().anyMatch(inside::contains)) {
        parts.addAll(part);
      }
    }
    return parts;
  }

  /** The parts {@code openers} open, when every one of them opens a part ("webinar": webinar 1 to 3). */
  List<Part> openedBy(List<Session> openers) {
    if (openers.size() < 2 || !openers.stream().allMatch(o -> opened.containsKey(o.id()))) {
      return List.of();
    }
    return openers.stream().map(o -> opened.get(o.id())).toList();
  }

  /** One whole part: what it is called (its opening's title without the opening word), and its sessions. */
  record Part(String name, List<Session> sessions) {
    LocalTime start() {
      return sessions.get(0).start();
    }

    LocalTime end() {
      return sessions.stream().map(Session::end).max(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    /** From the first start to the last end. */
    int minutes() {
      return (int) java.time.Duration.between(start(), end()).toMinutes();
    }

    /** ", in Zoom" when every session of the part is in that one room. */
    String room() {
      List<String> rooms = sessions.stream().map(s -> s.room().orElse("")).distinct().toList();
      return rooms.size() == 1 && !rooms.get(0).isEmpty() ? ", in " + rooms.get(0) : "";
    }
  }

  /** The parts {@code sessions} are, when they are exactly two or more whole parts ("de voorstellingen"). */
  List<Part> wholes(List<Session> sessions) {
    List<Part> parts = opened.values().stream().filter(p -> sessions.contains(p.sessions().get(0)))
        .sorted(java.util.Comparator.comparing(Part::start)).toList();
    Set<Session> covered = Sessions.setOf(parts.stream().flatMap(p -> p.sessions().stream()).toList());
    return parts.size() >= 2 && covered.size() == sessions.size() && covered.containsAll(sessions) ? parts : List.of();
  }

  /** The part {@code sessions} are, when they are exactly one whole part. */
  Optional<Part> whole(List<Session> sessions) {
    if (sessions.size() < 2) {
      return Optional.empty();
    }
    Part part = opened.get(sessions.get(0).id());
    if (part == null || part.sessions().size() != sessions.size()
        || !Sessions.setOf(part.sessions()).containsAll(sessions)) {
      return Optional.empty();
    }
    return Optional.of(part);
  }

  private static String firstWord(String title) {
    return java.util.Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty())
        .findFirst().orElse("");
  }
}
