package nl.dagwijzer.nlu;

import java.util.List;

/** "een dochter van 4", "mag een kind van 6 mee?": the number is an age, not a clock time ("van 4" is no 16:00). */
final class AgeNotTime {
  private AgeNotTime() {
  }

  /** Drops the clock times {@code age} ("leeftijd:4") was also read as. */
  static void drop(String age, List<Condition> conditions) {
    String digits = age.substring(age.indexOf(':') + 1);
    if (digits.length() > 3) {
      return; // no one's age, and no number to read as one ("een kind van 123456789012")
    }
    int years = Integer.parseInt(digits);
    conditions.removeIf(c -> c instanceof Condition.At at && onTheHour(at.time(), years)
        || c instanceof Condition.From from && onTheHour(from.time(), years));
  }

  /** 04:00 or 16:00 for "4": the clock time the number was read as. */
  private static boolean onTheHour(java.time.LocalTime time, int years) {
    return time.getMinute() == 0 && time.getHour() % 12 == years % 12;
  }
}
