package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * Groups the attendees are split into ("Groep A", "subgroep 2"): which sessions are for one group, by their title,
 * other names or the first sentence of their summary. Sessions that name no group are for everyone.
 */
final class AttendeeGroups {
  private static final Pattern ANY = Pattern.compile("(?iu)\\b(?:sub)?groep\\s+(?:[a-h]|\\d{1,2})\\b");

  private AttendeeGroups() {
  }

  /** "groep b" as written in a reply: "groep B". */
  static String display(String group) {
    String[] parts = group.split(" ", 2);
    return parts[0] + " " + parts[1].toUpperCase(Locale.ROOT);
  }

  /** "groep b" as a pattern that finds "Groep B" and "subgroep B"; "subgroep 2" only "subgroep 2". */
  static Pattern of(String group) {
    String[] parts = group.split(" ", 2);
    String word = parts[0].equals("groep") ? "(?:sub)?groep" : Pattern.quote(parts[0]);
    return Pattern.compile("(?iu)\\b" + word + "\\s+" + Pattern.quote(parts[1]) + "\\b");
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

  /**
   * "is er ook een rondleiding voor groep C?" on a day of groups A and B: a group no session names, in its names or
   * its details, where others are named.
   */
  static boolean absent(List<Session> sessions, String group) {
    Pattern wanted = of(group);
    return sessions.stream().noneMatch(s -> marks(s, wanted) || s.details().stream()
        .anyMatch(d -> wanted.matcher(d.toLowerCase(Locale.ROOT)).find()))
        && sessions.stream().anyMatch(s -> marks(s, ANY));
  }

  private static boolean marks(Session session, Pattern group) {
    List<String> names = new ArrayList<>(session.aliases());
    names.add(session.title());
    String summary = session.summary().strip();
    int end = summary.indexOf(". ");
    names.add(end < 0 ? summary : summary.substring(0, end));
    return names.stream().anyMatch(n -> group.matcher(n.toLowerCase(Locale.ROOT)).find());
  }
}
