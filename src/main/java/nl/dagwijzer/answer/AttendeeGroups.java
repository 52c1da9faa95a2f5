package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * Groups the attendees are split into ("Groep A", "subgroep 2", "team Rood"): which sessions are for one group, by
 * their title, other names or the first sentence of their summary. Sessions that name no group are for everyone.
 */
final class AttendeeGroups {
  private static final Pattern ANY = Pattern.compile("(?iu)\\b(?:(?:sub)?groep|team)\\s+(?:[a-h]|\\d{1,2}|"
      + String.join("|", new java.util.TreeSet<>(Detail.COLOURS)) + ")\\b");

  /** The widest range of numbered groups one title names ("Groep 3-4"). */
  private static final int RANGE = 3;

  private AttendeeGroups() {
  }

  /**
   * A title without the group it is for: "Scenario Bushalte – groep rood" and "... – groep geel" are one scenario;
   * "(groep A)" and ": groep 2" go too.
   */
  static String withoutGroup(String title) {
    return ANY.matcher(title).replaceAll("").replaceAll("\\s*\\(\\s*\\)", "").replaceAll("\\s+([:,])", "$1")
        .replaceAll("\\s*[–(:,-]\\s*$", "").strip();
  }

  /** "groep b" as written in a reply: "groep B". */
  static String display(String group) {
    String[] parts = group.split(" ", 2);
    return parts[0] + " " + (parts[1].length() == 1 ? parts[1].toUpperCase(Locale.ROOT) : parts[1]);
  }

  /** "groep b" as a pattern that finds "Groep B" and "subgroep B"; "subgroep 2" only "subgroep 2". */
  static Pattern of(String group) {
    String[] parts = group.split(" ", 2);
    String word = parts[0].equals("groep") ? "(?:sub)?groep" : Pattern.quote(parts[0]);
    return Pattern.compile("(?iu)\\b" + word + "\\s+(?:" + String.join("|", members(parts[1])) + ")\\b");
  }

  /**
   * How a title may write the group: as asked, or as a range that holds it ("groep 8" in "Groep 7-8", "groep 56" for
   * "Groep 5-6").
   */
  private static List<String> members(String asked) {
    List<String> forms = new ArrayList<>(List.of(Pattern.quote(asked)));
    if (asked.matches("\\d{1,2}")) {
      int n = Integer.parseInt(asked);
      for (int from = Math.max(0, n - RANGE); from <= n; from++) {
        for (int to = Math.max(n, from + 1); to <= from + RANGE; to++) {
          forms.add(from + "[-–]" + to);
        }
      }
      if (asked.length() == 2 && asked.charAt(1) > asked.charAt(0)) {
        forms.add(asked.charAt(0) + "[-–]" + asked.charAt(1));
      }
    }
    return forms;
  }

  /** Whether the question names a group of attendees ("groep geel"): its whole stretch is meant, not one block. */
  static boolean asked(nl.dagwijzer.nlu.Query query) {
    return query.all(nl.dagwijzer.nlu.Detail.class).stream().anyMatch(d -> d.group().isPresent());
  }

  /** The sessions for {@code group} and those for everyone (only for a group some session names). */
  static List<Session> filter(List<Session> sessions, String group) {
    Pattern wanted = of(group);
    return sessions.stream().filter(s -> marks(s, wanted) || !marks(s, ANY)).toList();
  }

  /** Whether some session of the programme says in its names that it is for {@code group}. */
  static boolean named(List<Session> sessions, String group) {
    Pattern wanted = of(group);
    return sessions.stream().anyMatch(s -> marks(s, wanted));
  }

  /** Of {@code sessions}, those for {@code group} alone ("Ronde 1: voor groep Rood."), not those for everyone. */
  static List<Session> own(List<Session> sessions, String group) {
    Pattern wanted = of(group);
    return sessions.stream().filter(s -> marks(s, wanted)).toList();
  }

  /**
   * "is er ook een rondleiding voor groep C?" on a day of groups A and B: a group no session names, in its names or
   * its details, where others are named.
   */
  static boolean absent(List<Session> sessions, String group) {
    Pattern wanted = of(group);
    return sessions.stream().noneMatch(s -> marks(s, wanted) || s.details().stream()
        .anyMatch(d -> wanted.matcher(d.toLowerCase(Locale.ROOT)).find()))
        && sessions.stream().anyMatch(s -> marks(s, ANY))
        && SchoolGrades.year(group).map(y -> SchoolGrades.of(sessions, y).isEmpty()).orElse(true);
  }

  /** Whether the title or first sentence of {@code session} names another group too ("groep A en groep B"). */
  private static boolean alsoOthers(Session session, Pattern group) {
    String names = (session.title() + " " + firstSentence(session)).toLowerCase(Locale.ROOT);
    java.util.regex.Matcher any = ANY.matcher(names);
    while (any.find()) {
      if (!group.matcher(any.group()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The first sentence of the summary, where a session says whom it is for ("Voor groep A."). */
  private static String firstSentence(Session session) {
    String summary = session.summary().strip();
    int end = summary.indexOf(". ");
    return end < 0 ? summary : summary.substring(0, end);
  }

  private static boolean marks(Session session, Pattern group) {
    List<String> names = new ArrayList<>(session.aliases());
    names.add(session.title());
    names.add(firstSentence(session));
    return names.stream().anyMatch(n -> group.matcher(n.toLowerCase(Locale.ROOT)).find()) || forOne(session, group);
  }

  /**
   * "Workshopcarrousel ronde 2: groep rood." in a session's details: a session whose details name one group only is
   * that group's; one that lists several ("Subgroep 1 in Zaal Rijn", "Subgroep 2 in ...") is everyone's.
   */
  private static boolean forOne(Session session, Pattern group) {
    java.util.Set<String> named = new java.util.HashSet<>();
    for (String line : session.details()) {
      java.util.regex.Matcher any = ANY.matcher(line.toLowerCase(Locale.ROOT));
      while (any.find()) {
        named.add(any.group().replaceAll("\\s+", " "));
      }
    }
    return named.size() == 1 && group.matcher(named.iterator().next()).find();
  }

  /**
   * "wat doet groep B terwijl groep A de rondleiding heeft?": the second group named is the one whose turn at the
   * target is meant, the first the one whose sessions are wanted.
   */
  static Optional<LocalTime> turn(Query query, Relations relations) {
    List<String> groups = query.all(Detail.class).stream().flatMap(d -> d.group().stream()).toList();
    Optional<Condition.Relative> during = query.all(Condition.Relative.class).stream()
        .filter(r -> r.relation() == Condition.Relation.DURING).findFirst();
    if (groups.size() == 1 && during.isEmpty()) {
      // "groep rood: wat hebben wij na de zangworkshop?": of a session given to each group in turn, the group's own
      List<Session> target = query.all(Condition.Relative.class).stream().findFirst()
          .map(r -> relations.target(r.target())).orElse(List.of());
      List<Session> own = filter(target, groups.get(0));
      if (own.size() > 1) {
        // "na de lunch" of lunches for group A and B and a coffee for everyone: the one that names the group
        Pattern wanted = of(groups.get(0));
        List<Session> named = target.stream().filter(s -> marks(s, wanted) && !alsoOthers(s, wanted)).toList();
        own = named.size() == 1 && target.stream().filter(s -> marks(s, ANY)).count() >= 2 ? named : own;
      }
      return target.size() >= 2 && own.size() == 1 ? Optional.of(own.get(0).start()) : Optional.empty();
    }
    if (groups.size() < 2 || during.isEmpty()) {
      return Optional.empty();
    }
    return filter(relations.target(during.get().target()), groups.get(1)).stream()
        .map(Session::start).findFirst();
  }
}
