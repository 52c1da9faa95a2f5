package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The amounts of money a sentence gives: "€4", "€ 12,50", "7,50 euro". */
final class Amounts {
  private static final Pattern EUROS = Pattern.compile(
      "€\\s*(\\d{1,5}(?:,\\d{1,2})?)|(\\d{1,5}(?:,\\d{1,2})?)\\s*euro");

  private Amounts() {
  }

  /** An amount and where in its sentence it stands. */
  record At(double euros, int start) {
  }

  /** The first amount at or after {@code from} in {@code sentence}: "€ 8,00" after "avondkaart". */
  static java.util.Optional<At> first(String sentence, int from) {
    Matcher m = EUROS.matcher(sentence);
    return m.find(from) ? java.util.Optional.of(new At(euros(m), m.start())) : java.util.Optional.empty();
  }

  private static double euros(Matcher m) {
    String digits = m.group(1) != null ? m.group(1) : m.group(2);
    return Double.parseDouble(digits.replace(',', '.'));
  }

  static List<Double> in(String sentence) {
    List<Double> amounts = new ArrayList<>();
    Matcher m = EUROS.matcher(sentence);
    while (m.find()) {
      amounts.add(euros(m));
    }
    return amounts;
  }
}
