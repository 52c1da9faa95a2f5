package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "welke afstand is het duurst?", "wat is de goedkoopste workshop?", "welke lopen kosten minder dan 15 euro?": sessions
 * compared by the price their descriptions give. Read as {@code prijs:duurst}, {@code prijs:goedkoopst},
 * {@code prijs:onder:15}, {@code prijs:boven:15}, {@code prijs:vanaf:15} ("minstens 15 euro"), {@code prijs:is:15} or
 * {@code prijs:betaald} (anything but free).
 */
final class PriceOrder {
  private static final Set<String> DEAREST = Set.of("duurst", "duurste", "duurder");
  private static final Set<String> CHEAPEST = Set.of("goedkoopst", "goedkoopste", "goedkoper");
  private static final Set<String> BELOW = Set.of("minder", "onder", "max", "maximaal", "hoogstens");
  private static final Set<String> ABOVE = Set.of("meer", "boven");
  /** "minstens 900 euro", "vanaf € 900": that amount or more. */
  private static final Set<String> FROM = Set.of("minstens", "minimaal", "vanaf");
  /** "de hoogste startprijs", "het laagste bedrag": a price compared by its height. */
  private static final Set<String> HIGHEST = Set.of("hoogste", "hoogst");
  private static final Set<String> LOWEST = Set.of("laagste", "laagst");
  private static final java.util.regex.Pattern PRICE_WORD = java.util.regex.Pattern.compile(
      "\\p{L}*(prijs|prijzen|bedrag|bod|kosten|tarief)");
  private static final Set<String> MONEY = Set.of("euro", "eur", "€");
  /** Amounts said by the coin or note: "een tientje" is 10 euro. */
  private static final java.util.Map<String, Integer> NOTES = java.util.Map.of("vijfje", 5, "tientje", 10,
      "vijf", 5, "tien", 10);
  /** How far the amount may stand after its comparison: "minder dan 15 euro", "onder de € 20". */
  private static final int REACH = 3;

  private PriceOrder() {
  }

  /** "15", "1000", "1.000": amounts of money are larger than the counts of the day. */
  private static Optional<Integer> amount(String token) {
    String digits = token.replace(".", "");
    if (!digits.isEmpty() && digits.length() <= 6 && digits.chars().allMatch(Character::isDigit)
        && (digits.length() == token.length() || token.matches("\\d{1,3}(\\.\\d{3})+"))) {
      return Optional.of(Integer.parseInt(digits));
    }
    return Quantities.count(token);
  }

  /** "welke workshops kosten meer dan een tientje?": a price compared among the sessions of a kind named. */
  static boolean amongNamed(Optional<Detail> price, List<String> tokens, List<Span> spans) {
    return price.isPresent() && tokens.contains("welke") && spans.stream().anyMatch(
        s -> s.entity().type() == EntityType.PART || s.entity().type() == EntityType.SESSION);
  }

  /** {@code query} without "kosten" as a thing the programme lacks: the price compared is what it asks. */
  static Query priced(Query query) {
    return query.withConditions(query.conditions().stream().filter(c -> !(c instanceof Condition.NotInProgramme n
        && PRICE_WORD.matcher(n.words()).matches())).toList());
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
      boolean priced = i + 1 < tokens.size() && PRICE_WORD.matcher(tokens.get(i + 1)).matches();
      if (HIGHEST.contains(word) && priced) {
        return Optional.of(new Detail(Detail.PRICE + "duurst"));
      }
      if (LOWEST.contains(word) && priced) {
        return Optional.of(new Detail(Detail.PRICE + "goedkoopst"));
      }
      boolean below = BELOW.contains(word);
      boolean from = FROM.contains(word);
      if (below || from || ABOVE.contains(word)) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + REACH); k++) {
          // "meer dan een tientje" (which the normaliser reads "een tien", as any diminutive)
          String before = tokens.get(k - 1);
          Optional<Integer> note = Optional.ofNullable(NOTES.get(tokens.get(k))).filter(n -> before.equals("een"));
          Optional<Integer> amount = note.isPresent() ? note : amount(tokens.get(k));
          boolean money = note.isPresent() || amount.isPresent() && (k + 1 < tokens.size()
              && MONEY.contains(tokens.get(k + 1)) || MONEY.contains(tokens.get(k - 1)));
          if (money) {
            return Optional.of(new Detail(Detail.PRICE + (below ? "onder:" : from ? "vanaf:" : "boven:")
                + amount.get()));
          }
        }
      }
    }
    return which(tokens);
  }

  /** Paying for something: "moet ik betalen?". */
  private static final Set<String> PAYING = Set.of("betalen", "betaal", "betaalt");

  /**
   * "welke activiteiten kosten 3 euro?" ({@code prijs:is:3}), "voor welke workshops moet ik betalen?", "waar moet je
   * voor betalen?" ({@code prijs:betaald}): which sessions cost that, or anything.
   */
  private static Optional<Detail> which(List<String> tokens) {
    boolean which = QuestionForm.startsWith(tokens, "welke") || QuestionForm.startsWith(tokens, "voor", "welke")
        || QuestionForm.startsWith(tokens, "waar") && tokens.contains("voor");
    if (!which) {
      return Optional.empty();
    }
    for (int i = 1; i + 2 < tokens.size(); i++) {
      Optional<Integer> amount = amount(tokens.get(i + 1));
      if ((tokens.get(i).equals("kosten") || tokens.get(i).equals("kost")) && amount.isPresent()
          && MONEY.contains(tokens.get(i + 2))) {
        return Optional.of(new Detail(Detail.PRICE + "is:" + amount.get()));
      }
    }
    boolean paying = tokens.stream().anyMatch(PAYING::contains) || tokens.contains("geld") && (tokens.contains("kosten")
        || tokens.contains("kost"));
    return paying ? Optional.of(new Detail(Detail.PRICE + "betaald")) : Optional.empty();
  }
}
