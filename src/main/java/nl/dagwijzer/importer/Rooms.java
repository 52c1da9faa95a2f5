package nl.dagwijzer.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rooms as programmes write them: "Zaal 2", "Zaal: Grote Zaal", "(in De Rode Kamer)", "Borrel in de foyer". */
final class Rooms {
  private static final String NOUN = "\\p{L}*(?:zaal|kamer|ruimte|foyer|aula|lokaal|podium|studio|salon|theater"
      + "|auditorium|kantine|serre)";
  private static final Pattern LABEL = Pattern.compile("^(zaal|ruimte|lokaal|room|locatie|waar)\\s*:\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE = Pattern.compile("^(?:zaal|ruimte|lokaal)\\s+[\\p{L}\\d.]+$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BRACKETS = Pattern.compile(
      "\\s*\\((?:in\\s+)?((?:de\\s+|het\\s+)?[^()]*?\\b" + NOUN + "\\b[^()]*|(?:zaal|ruimte|lokaal)\\s+[^()]+)\\)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TRAILING_IN = Pattern.compile(
      "\\s+in\\s+((?:de\\s+|het\\s+)?(?:\\p{L}+\\s+){0,3}?" + NOUN + "(?:\\s+[\\p{L}\\d.]+)?)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Rooms() {
  }

  /** A room, and the text without it. */
  record Found(String room, String rest) {
  }

  /** A line that only says where ("Zaal: Grote Zaal", "Zaal 2"). */
  static Optional<String> line(String text) {
    String plain = Typography.plain(text).replaceAll("[.;]$", "");
    Matcher label = LABEL.matcher(plain);
    if (label.matches()) {
      String value = label.group(2).strip();
      boolean bareNumber = value.matches("[\\d.]+[a-zA-Z]?");
      return Optional.of(bareNumber ? capitalised(label.group(1)) + " " + value : value);
    }
    return WHOLE.matcher(plain).matches() ? Optional.of(capitalised(plain)) : Optional.empty();
  }

  /** A room inside a title or heading: "(Zaal 2)", "(in De Rode Kamer)", "... in de foyer". */
  static Optional<Found> in(String text) {
    Matcher brackets = BRACKETS.matcher(text);
    if (brackets.find()) {
      String rest = (text.substring(0, brackets.start()) + text.substring(brackets.end())).strip();
      return Optional.of(new Found(room(brackets.group(1)), rest));
    }
    Matcher trailing = TRAILING_IN.matcher(text);
    if (trailing.find()) {
      return Optional.of(new Found(room(trailing.group(1)), text.substring(0, trailing.start()).strip()));
    }
    return Optional.empty();
  }

  private static String room(String phrase) {
    return phrase.strip().replaceFirst("^(de|het)\\s+", "");
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
