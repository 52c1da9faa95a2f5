package nl.dagwijzer.nlu;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dates as attendees write them: "22 januari", "op 9 oktober 2025", "vrijdag". */
final class DateWords {
  private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
      "augustus", "september", "oktober", "november", "december");
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("maandag", DayOfWeek.MONDAY, "dinsdag",
      DayOfWeek.TUESDAY, "woensdag", DayOfWeek.WEDNESDAY, "donderdag", DayOfWeek.THURSDAY, "vrijdag",
      DayOfWeek.FRIDAY, "zaterdag", DayOfWeek.SATURDAY, "zondag", DayOfWeek.SUNDAY);

  private DateWords() {
  }

  /** A date at tokens {@code [from, to)}; {@code id} is {@code --MM-dd}, a weekday name, "year:N" or "month:N". */
  record Found(int from, int to, String id) {
  }

  static Optional<Found> at(List<String> tokens, int i) {
    String token = tokens.get(i);
    DayOfWeek weekday = WEEKDAYS.get(token);
    if (weekday != null) {
      return Optional.of(new Found(i, i + 1, weekday.name()));
    }
    if (digits(token, 4, 4) && (token.startsWith("19") || token.startsWith("20")) && i > 0
        && tokens.get(i - 1).equals("in")) {
      return Optional.of(new Found(i, i + 1, "year:" + token));
    }
    if (i > 0 && tokens.get(i - 1).equals("in") && MONTHS.contains(token)) {
      return Optional.of(new Found(i, i + 1, "month:" + (MONTHS.indexOf(token) + 1))); // "is het in april?"
    }
    if (!digits(token, 1, 2) || i + 1 >= tokens.size()) {
      return Optional.empty();
    }
    int month = MONTHS.indexOf(tokens.get(i + 1)) + 1;
    int day = Integer.parseInt(token);
    if (month == 0 || day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()) {
      return Optional.empty();
    }
    int to = i + 2 < tokens.size() && digits(tokens.get(i + 2), 4, 4) ? i + 3 : i + 2;
    return Optional.of(new Found(i, to, MonthDay.of(month, day).toString()));
  }

  static boolean isWeekday(String token) {
    return WEEKDAYS.containsKey(token);
  }

  /** Whether {@code token} is {@code min} to {@code max} digits: cheaper than a regular expression per word. */
  static boolean digits(String token, int min, int max) {
    return token.length() >= min && token.length() <= max && token.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  static Condition condition(String id) {
    if (id.startsWith("--")) {
      return new Condition.OnDate(Optional.of(MonthDay.parse(id)), Optional.empty(), Optional.empty(),
          Optional.empty());
    }
    if (id.startsWith("year:")) {
      return new Condition.OnDate(Optional.empty(), Optional.empty(), Optional.of(Integer.parseInt(id.substring(5))),
          Optional.empty());
    }
    if (id.startsWith("month:")) {
      return new Condition.OnDate(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(java.time.Month.of(Integer.parseInt(id.substring(6)))));
    }
    return new Condition.OnDate(Optional.empty(), Optional.of(DayOfWeek.valueOf(id)), Optional.empty(),
        Optional.empty());
  }
}
