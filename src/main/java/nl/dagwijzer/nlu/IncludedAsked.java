package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "zit de lunch bij de prijs in?", "zijn de drankjes op de borrel inbegrepen?", "zijn huurschaatsen inbegrepen bij de
 * beginnersles?": whether a thing comes with what one pays, read as the {@link Detail} {@code inbegrepen:<thing>}.
 */
public final class IncludedAsked {
  private static final String PREFIX = "inbegrepen:";
  private static final Set<String> OPENERS = Set.of("zit", "zitten", "is", "zijn");
  private static final Set<String> SKIPPED = Set.of("de", "het", "een", "ook", "er", "dan");
  private static final Set<String> PAID = Set.of("prijs", "inschrijfgeld", "entree", "kaartje", "ticket", "toegang");

  private IncludedAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.size() < 3 || !OPENERS.contains(tokens.get(0))) {
      return query;
    }
    boolean included = tokens.contains("inbegrepen") || tokens.contains("inclusief")
        || tokens.contains("bij") && (tokens.get(tokens.size() - 1).equals("in") || tokens.get(0).startsWith("zit"))
        && tokens.stream().anyMatch(t -> PAID.stream().anyMatch(t::endsWith)); // "zit de entree ook bij de prijs?"
    int at = 1;
    while (at < tokens.size() && SKIPPED.contains(tokens.get(at))) {
      at++;
    }
    if (!included || at >= tokens.size() || tokens.get(at).length() < 3 || tokens.get(at).equals("bij")
        || tokens.get(at).equals("inbegrepen")) {
      return query;
    }
    List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PREFIX + tokens.get(at)));
    return query.withAsked(Asked.YESNO).withConditions(conditions);
  }

  /** The thing asked about, if the question asks whether something is included. */
  public static Optional<String> thing(Query query) {
    return query.detailAfter(PREFIX);
  }
}
