package nl.dagwijzer.nlu;

import java.util.List;

/** "een dochter van 4", "mag een kind van 6 mee?": the number is an age, not a clock time ("van 4" is no 16:00). */
final class AgeNotTime {
  private AgeNotTime() {
  }

  /**
   * Drops the clock times {@code age} ("leeftijd:4") was also read as, and with "jaar" in the question every other
   * number of it too: "voor kinderen van 5 tot 8 jaar" is no "tot 08:00".
   */
  static void drop(String age, List<String> tokens, List<Condition> conditions) {
    String digits = age.substring(age.indexOf(':') + 1);
    if (digits.length() > 3) {
      return; // no one's age, and no number to read as one ("een kind van 123456789012")
    }
    java.util.Set<Integer> ages = new java.util.HashSet<>(List.of(Integer.parseInt(digits)));
    int said = tokens.indexOf(digits);
    if (said >= 0 && said + 2 < tokens.size() && tokens.get(said + 1).equals("tot")
        && DateWords.digits(tokens.get(said + 2), 1, 2)) {
      ages.add(Integer.parseInt(tokens.get(said + 2))); // "de kleintjes van 4 tot 6": no "tot 18:00" either
    }
    if (tokens.contains("jaar") || AskedAge.rangeAt(tokens) >= 0) { // ("van 6 t/m 9": no 18:00 or 21:00 either)
      tokens.stream().filter(t -> t.length() <= 2 && !t.isEmpty() && t.chars().allMatch(Character::isDigit))
          .forEach(t -> ages.add(Integer.parseInt(t)));
    }
    for (int years : ages) {
      // "wat kan ik na 14:00 doen met mijn kind van 5?": from the time said, up to no time the age was read as
      conditions.replaceAll(c -> c instanceof Condition.Between between && onTheHour(between.to(), years)
          && !onTheHour(between.from(), years) ? new Condition.From(between.from()) : c);
      conditions.removeIf(c -> c instanceof Condition.At at && onTheHour(at.time(), years)
          || c instanceof Condition.From from && onTheHour(from.time(), years)
          || c instanceof Condition.Until until && onTheHour(until.time(), years)
          || c instanceof Condition.Between between && (onTheHour(between.from(), years)
          || onTheHour(between.to(), years)));
    }
  }

  /** 04:00 or 16:00 for "4": the clock time the number was read as. */
  private static boolean onTheHour(java.time.LocalTime time, int years) {
    return time.getMinute() == 0 && time.getHour() % 12 == years % 12;
  }
}
