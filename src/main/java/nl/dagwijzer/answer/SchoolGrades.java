package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Session;

/**
 * "welke sessies zijn er voor een leerkracht van groep 7?" on a day whose texts say "Voor leraren van groep 5 tot en
 * met 8": the school years a session is for, written as a range, hold the one asked; "alle groepen" holds every one.
 * Groups of attendees with names of their own are {@link AttendeeGroups}.
 */
final class SchoolGrades {
  private static final Pattern RANGE = Pattern.compile("(?iu)\\bgroep(?:en)?\\s+(\\d{1,2})\\s*(?:-|–|t/m|tot en met"
      + "|tot|en)\\s*(\\d{1,2})\\b");
  private static final Pattern ALL = Pattern.compile("(?iu)\\balle groepen\\b");
  private static final int HIGHEST = 8;

  private SchoolGrades() {
  }

  /** The school year of a group asked ("groep 7"), when it is one. */
  static Optional<Integer> year(String group) {
    return group.matches("groep [1-8]") ? Optional.of(Integer.parseInt(group.substring(6))) : Optional.empty();
  }

  /** The sessions whose texts hold {@code year} in a range of groups, or say they are for all groups; or none. */
  static List<Session> of(List<Session> sessions, int year) {
    boolean ranged = sessions.stream().anyMatch(s -> texts(s).anyMatch(t -> RANGE.matcher(t).find()));
    return !ranged || year > HIGHEST ? List.of() : sessions.stream().filter(s -> texts(s).anyMatch(t -> holds(t, year)))
        .toList();
  }

  private static boolean holds(String text, int year) {
    Matcher range = RANGE.matcher(text);
    while (range.find()) {
      if (Integer.parseInt(range.group(1)) <= year && year <= Integer.parseInt(range.group(2))) {
        return true;
      }
    }
    return ALL.matcher(text).find();
  }

  private static Stream<String> texts(Session s) {
    return Stream.concat(Stream.of(s.title(), s.summary()), s.details().stream());
  }
}
