package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a question about paying asks an amount ("wat kost een kom soep?": content), a yes or no ("moet ik betalen
 * voor de rondleiding?") or how one pays ("kan ik pinnen?"), once {@link PropertyWords} has read the property.
 */
final class PriceAsked {
  private static final Set<String> MUST = Set.of("moet", "moeten");

  private PriceAsked() {
  }

  static Query askedToPay(Query query, Optional<String> property, Set<String> programmeWords, List<String> tokens) {
    if (property.filter(p -> p.startsWith(PropertyWords.PAY_METHOD)).isPresent()) {
      // "kan ik pinnen bij de boekenmarkt?" when the programme says how one pays there; else it cannot answer
      return PropertyWords.PAY_WAYS.keySet().stream().noneMatch(programmeWords::contains) ? query
          : query.withAsked(YesNoForm.isYesNo(tokens) || property.get().contains(":") ? Asked.YESNO : Asked.CONTENT);
    }
    boolean prices = PropertyWords.PRICES.stream().anyMatch(programmeWords::contains)
        || programmeWords.contains("kost");
    // "wat kost parkeren?" stays a practical matter the programme may not answer
    boolean service = tokens.stream().anyMatch(PropertyWords::practical);
    // ("hoeveel borg moet je betalen?": an amount, not how many sessions)
    boolean amount = query.asked() == Asked.UNKNOWN || query.asked() == Asked.COUNT && tokens.contains("betalen")
        || query.asked() == Asked.LIST && leadsWithPrice(tokens); // ("wat moet ik betalen voor ...?" read as a list)
    if (property.filter(PropertyWords.COST::equals).isPresent() && amount && prices && !service) {
      // "wat kost een kom soep?" on a day that gives prices: what it costs
      return new Query(Asked.CONTENT, query.conditions(), query.order(), Optional.empty(), query.plural());
    }
    boolean whether = property.filter(p -> p.equals(PropertyWords.COST + ":" + PropertyWords.TO_PAY)
        || p.equals(PropertyWords.COST + ":" + PropertyWords.FREE)).isPresent();
    return whether && prices ? query.withAsked(Asked.YESNO) : query;
  }

  /** "wat kost ...", "wat moet ik betalen ...": the question starts by asking a price. */
  static boolean leadsWithPrice(List<String> tokens) {
    return tokens.size() > 1 && (tokens.get(0).equals("wat") || tokens.get(0).equals("hoeveel"))
        && (PropertyWords.PAY.contains(tokens.get(1)) || MUST.contains(tokens.get(1)) && tokens.size() > 3
        && PropertyWords.PAY.contains(tokens.get(3)));
  }
}
