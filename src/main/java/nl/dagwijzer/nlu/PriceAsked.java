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

  static Query askedToPay(Query query, Optional<String> property, Set<String> programmeWords, List<String> tokens,
                          List<Span> spans, nl.dagwijzer.programme.Programme programme) {
    if (property.filter(p -> p.startsWith(PropertyWords.PAY_METHOD)).isPresent()) {
      // "kan ik pinnen bij de boekenmarkt?" when the programme says how one pays there; else it cannot answer
      return PropertyWords.PAY_WAYS.keySet().stream().noneMatch(programmeWords::contains) ? query
          : named(withoutPaying(query, programme), spans).withAsked(YesNoForm.isYesNo(tokens)
          || property.get().contains(":") ? Asked.YESNO : Asked.CONTENT);
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

  /**
   * "kan ik bij de bouleskraam contant betalen?" where "betalen" also named "Inschrijving en betaling": the verb of
   * paying names no session beside another name, unless that session's title has the other name too ("voor mijn
   * kavel" of "Afrekenen en ophalen van kavels").
   */
  private static Query withoutPaying(Query query, nl.dagwijzer.programme.Programme programme) {
    List<String> others = query.all(Condition.About.class).stream().filter(c -> !paying(c.entity()))
        .map(c -> c.entity().text().toLowerCase(java.util.Locale.ROOT)).toList();
    java.util.function.Predicate<Condition> byThePayWord = c -> c instanceof Condition.About a && paying(a.entity())
        && programme.session(a.entity().id()).map(s -> s.title().toLowerCase(java.util.Locale.ROOT))
        .filter(t -> others.stream().anyMatch(t::contains)).isEmpty();
    // ("kan ik pinnen in de feesttent?" where "pinnen" named the topic of prices: the place the spans name instead)
    boolean topic = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.TOPIC
        && paying(c.entity()));
    return others.isEmpty() && !topic ? query : query.withConditions(query.conditions().stream()
        .filter(byThePayWord.negate()).toList());
  }

  /** A session or topic the way of paying itself named ("betalen", "pinnen"). */
  private static boolean paying(Entity entity) {
    return (entity.type() == EntityType.SESSION || entity.type() == EntityType.TOPIC)
        && (entity.text().startsWith("betal") || PropertyWords.PAY_WAYS.containsKey(entity.text()));
  }

  /** "kan ik contant betalen in het cacaocafé?" read as out of scope lost the place it names. */
  private static Query named(Query query, List<Span> spans) {
    return query.has(Condition.About.class) ? query
        : query.withConditions(LostNames.restored(query.conditions(), spans, PriceAsked::paying));
  }

  /** "wat kost ...", "wat moet ik betalen ...": the question starts by asking a price. */
  static boolean leadsWithPrice(List<String> tokens) {
    return tokens.size() > 1 && (tokens.get(0).equals("wat") || tokens.get(0).equals("hoeveel"))
        && (PropertyWords.PAY.contains(tokens.get(1)) || MUST.contains(tokens.get(1)) && tokens.size() > 3
        && PropertyWords.PAY.contains(tokens.get(3)));
  }
}
