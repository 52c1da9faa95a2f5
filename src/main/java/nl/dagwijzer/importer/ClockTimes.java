package nl.dagwijzer.importer;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as Dutch programmes write them at the start of a line: "10.00 – 10.05 uur", "10:00-10:05", "van 10.00 tot
 * 10.05 uur", "11:00 uur", "vanaf 12.30", "13u00", with an en dash or hyphen and with or without "uur".
 */
final class ClockTimes {
  private static final String CLOCK = "([01]?\\d|2[0-3])[.:uh]([0-5]\\d)(?![.:/]?\\d)";
  private static final Pattern LEADING = Pattern.compile(
      "^\\s*(?:(?<from>vanaf|van|om|rond|ca\\.|circa)\\s+)?" + CLOCK + "(?:\\s*uur|u\\b)?"
          + "(?:\\s*(?:-|–|—|tot(?: en met)?|t/m|/)\\s*" + CLOCK + "(?:\\s*uur|u\\b)?)?"
          + "(?=[\\s:|–—,.\\-)]|$)[\\s:|–—,.\\-•·]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANYWHERE = Pattern.compile(
      "(?<![\\d.:])" + CLOCK + "(?:\\s*uur)?\\s*(?:-|–|—|tot)\\s*" + CLOCK, Pattern.CASE_INSENSITIVE);
  private static final Pattern END_MARKER = Pattern.compile(
      "(einde|eind|sluiting|einde (van de )?(dag|middag|ochtend|programma|bijeenkomst))[.!]?",
      Pattern.CASE_INSENSITIVE);

  private ClockTimes() {
  }

  /** A start, and an end when the source gives one; {@code rest} is the text after the time and its separators. */
  record Leading(LocalTime start, LocalTime end, boolean openEnded, String rest) {
    boolean endMarker() {
      return END_MARKER.matcher(rest.strip()).matches();
    }
  }

  record Range(LocalTime start, LocalTime end) {
  }

  static Optional<Leading> leading(String text) {
    Matcher m = LEADING.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    LocalTime start = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    LocalTime end = m.group(4) == null ? null
        : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    boolean openEnded = "vanaf".equalsIgnoreCase(m.group("from"));
    return Optional.of(new Leading(start, end, openEnded, text.substring(m.end()).strip()));
  }

  /** The first range anywhere in {@code text} ("dinsdag 7 oktober, 13.00 - 17.00 uur"), with where it was. */
  static Optional<Range> rangeIn(String text) {
    Matcher m = ANYWHERE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new Range(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
        LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))));
  }

  static String withoutRange(String text) {
    return ANYWHERE.matcher(text).replaceFirst("").replaceAll("\\buur\\b", "");
  }
}
