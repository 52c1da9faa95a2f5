package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.PriceTimes;

/**
 * "wat kosten 4 bakjes kibbeling?" answered by "Kibbeling: €6,50 per bakje.": the sentence, and the sum for that
 * number, when the sentence gives one amount (several amounts leave the reckoning to the reader).
 */
final class TimesPrice {
  private TimesPrice() {
  }

  static Written with(Answering a, Written written) {
    java.util.Optional<Integer> times = PriceTimes.times(a.query());
    List<Double> amounts = Amounts.in(written.text());
    if (times.isEmpty() || amounts.size() != 1) {
      return written;
    }
    double each = amounts.get(0);
    return new Written(written.text() + "\nVoor " + times.get() + ": " + times.get() + " × € " + euros(each)
        + " = € " + euros(each * times.get()) + ".", written.overview(), written.turnedTo());
  }

  private static String euros(double amount) {
    return String.format(Locale.forLanguageTag("nl-NL"), "%.2f", amount);
  }
}
