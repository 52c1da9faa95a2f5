package nl.dagwijzer.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "hoe laat sluit de beurs?" on a day whose text says "De beurs is open van 09:30 tot 16:00; na sluiting houdt de
 * vereniging haar ledenvergadering": the hours the day itself gives for visitors, which may end before the programme.
 */
final class DayOpeningHours {
  private static final Pattern HOURS = Pattern.compile("(?iu)\\b(open|geopend|opent|sluit|gesloten)\\b.*\\b\\d{1,2}[:.]"
      + "\\d{2}\\b");

  private DayOpeningHours() {
  }

  private static final Pattern DOORS = Pattern.compile("(?iu)\\bdeur(en)?\\b.*\\b\\d{1,2}[:.]\\d{2}\\b");

  /**
   * "hoe laat gaan de deuren open?": the day's sentence about its doors and a time, quoted on a line of its own before
   * the start of the programme, if the question asks the doors and the day has one; else nothing.
   */
  static String doorsAsked(Answering a) {
    boolean doors = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .anyMatch(c -> c.entity().text().startsWith("deur"));
    return !doors ? "" : Descriptions.ofDay(a, sentence -> DOORS.matcher(sentence).find())
        .map(w -> w.text() + "\n").orElse("");
  }

  /** "van 10:00 tot 17:00": hours and minutes a clock has ("10:75" is no time, and no crash either). */
  private static final Pattern FROM_TO = Pattern.compile("\\bvan ([01]?\\d|2[0-3])[:.]([0-5]\\d) tot "
      + "([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");

  /** The hours of the day's sentence that says it is open "van 10:00 tot 17:00", and that sentence quoted. */
  record Hours(java.time.LocalTime from, java.time.LocalTime until, String quoted) {
  }

  static Optional<Hours> hours(Answering a) {
    return of(a).flatMap(quoted -> {
      java.util.regex.Matcher m = FROM_TO.matcher(quoted);
      if (!m.find()) {
        return Optional.empty();
      }
      return Optional.of(new Hours(java.time.LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
          java.time.LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), quoted));
    }).filter(h -> h.from().isBefore(h.until()));
  }

  /** The day's sentence that says when it is open, quoted, if its text has one. */
  static Optional<String> of(Answering a) {
    return Descriptions.ofDay(a, sentence -> HOURS.matcher(sentence).find()).map(Written::text);
  }
}
