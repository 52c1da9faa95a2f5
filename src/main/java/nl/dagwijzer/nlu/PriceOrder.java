package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "welke afstand is het duurst?", "wat is de goedkoopste workshop?", "welke lopen kosten minder dan 15 euro?": sessions
 * compared by the price their descriptions give. Read as {@code prijs:duurst}, {@code prijs:goedkoopst},
 * {@code prijs:onder:15} or {@code prijs:boven:15}.
 */
final class PriceOrder {
  private static final Set<String> DEAREST = Set.of("duurst", "duurste", "duurder");
  private static final Set<String> CHEAPEST = Set.of("goedkoopst", "goedkoopste", "goedkoper");
  private static final Set<String> BELOW = Set.of("minder", "onder", "max", "maximaal", "hoogstens");
  private static final Set<String> ABOVE = Set.of("meer", "boven");
  private static final Set<String> MONEY = Set.of("euro", "eur", "€");
  /** How far the amount may stand after its comparison: "minder dan 15 euro", "onder de € 20". */
  private static final int REACH = 3;

  private PriceOrder() {
  }

  static Optional<Detail> of(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i);
      if (DEAREST.contains(word)) {
        return Optional.of(new Detail(Detail.PRICE + "duurst"));
      }
      if (CHEAPEST.contains(word)) {
        return Optional.of(new Detail(Detail.PRICE + "goedkoopst"));
      }
      boolean below = BELOW.contains(word);
      if (below || ABOVE.contains(word)) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + REACH); k++) {
          Optional<Integer> amount = Quantities.count(tokens.get(k));
          boolean money = amount.isPresent() && (k + 1 < tokens.size() && MONEY.contains(tokens.get(k + 1))
              || MONEY.contains(tokens.get(k - 1)));
          if (money) {
            return Optional.of(new Detail(Detail.PRICE + (below ? "onder:" : "boven:") + amount.get()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
