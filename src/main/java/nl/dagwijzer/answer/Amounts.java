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

  static List<Double> in(String sentence) {
    List<Double> amounts = new ArrayList<>();
    Matcher m = EUROS.matcher(sentence);
    while (m.find()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(2);
      amounts.add(Double.parseDouble(digits.replace(',', '.')));
    }
    return amounts;
  }
}
