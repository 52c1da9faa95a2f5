package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "kan mijn zoon van 1,25 meter in de Mijnwerker?", "mag ik 10 euro zakgeld meegeven?": a yes or no about an amount
 * in a unit, which a description's minimum or maximum may decide ("minimaal 1,30 meter", "maximaal €5 zakgeld").
 * Read as {@code maat-gevraagd:1.25:meter}.
 */
final class MeasureAsked {
  /** The units such a limit is given in, by the word a question may use for each. */
  private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("meter", "meter"), Map.entry("m", "meter"),
      Map.entry("cm", "cm"), Map.entry("centimeter", "cm"), Map.entry("euro", "euro"), Map.entry("kilo", "kg"),
      Map.entry("kg", "kg"), Map.entry("km", "km"), Map.entry("kilometer", "km"));

  private MeasureAsked() {
  }

  /** Adds the amount asked to {@code read}, in place of the age and clock time its number was also read as. */
  static Optional<Detail> add(List<String> tokens, List<Condition> read) {
    Optional<Detail> measure = of(tokens);
    measure.ifPresent(m -> {
      // "van 1,25 meter": no age and no clock time
      read.removeIf(c -> c instanceof Detail d && d.word().startsWith("leeftijd:") || c instanceof Condition.At
          && !tokens.contains("om") && !tokens.contains("uur"));
      read.add(m);
    });
    return measure;
  }

  static Optional<Detail> of(List<String> tokens) {
    if (!YesNoForm.isYesNo(tokens)) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Optional<Double> amount = amount(tokens.get(i));
      String unit = UNITS.get(tokens.get(i + 1));
      boolean decimal = i + 2 < tokens.size() && amount.isPresent() && tokens.get(i + 1).matches("\\d{1,2}")
          && UNITS.containsKey(tokens.get(i + 2));
      if (decimal) { // "1,25 meter", typed with the comma the words are split at
        amount = Optional.of(Double.parseDouble(tokens.get(i) + "." + tokens.get(i + 1)));
        unit = UNITS.get(tokens.get(i + 2));
      }
      if (amount.isEmpty() && tokens.get(i).equals("€")) {
        amount = amount(tokens.get(i + 1));
        unit = "euro";
      }
      // ("mag mijn zoon de 10 km lopen?": "de 10 km" is the run, not a distance to compare)
      boolean named = i > 0 && (tokens.get(i - 1).equals("de") || tokens.get(i - 1).equals("het"));
      if (amount.isPresent() && unit != null && !named) {
        return Optional.of(new Detail(YesNoWords.MEASURE + amount.get() + ":" + unit));
      }
    }
    return Optional.empty();
  }

  /** "10", "1,25", "1.25": at most four digits before the decimal mark, two after. */
  private static Optional<Double> amount(String token) {
    return token.matches("\\d{1,4}([.,]\\d{1,2})?") ? Optional.of(Double.parseDouble(token.replace(',', '.')))
        : Optional.empty();
  }
}
