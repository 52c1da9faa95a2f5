package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "waar mag mijn hond niet bij zijn?", "welke tuinen zijn niet toegankelijk voor rolstoelen?", "bij welke gesprekken
 * is er geen pers welkom?": where something one brings or is may not go, which descriptions say ("Honden zijn
 * tijdens de demonstratie niet welkom", "Niet toegankelijk voor rolstoelen en kinderwagens").
 */
public final class NotAllowedAsked {
  /** The detail's prefix, before the thing in its singular: {@code niet-voor:hond}. */
  public static final String PREFIX = "niet-voor:";
  private static final Map<String, String> THINGS = Map.ofEntries(Map.entry("hond", "hond"),
      Map.entry("honden", "hond"), Map.entry("kinderwagen", "kinderwagen"), Map.entry("kinderwagens", "kinderwagen"),
      Map.entry("buggy", "buggy"), Map.entry("rolstoel", "rolstoel"), Map.entry("rolstoelen", "rolstoel"),
      Map.entry("rollator", "rollator"), Map.entry("rollators", "rollator"), Map.entry("pers", "pers"),
      Map.entry("huisdier", "huisdier"), Map.entry("huisdieren", "huisdier"), Map.entry("scootmobiel", "scootmobiel"));

  private NotAllowedAsked() {
  }

  /** A question that sounds out of scope ("hond") still asks which sessions: a list. */
  static Query listed(Query query) {
    return query.asked() == Asked.UNKNOWN && query.all(Detail.class).stream()
        .anyMatch(d -> d.word().startsWith(PREFIX)) ? query.withAsked(Asked.LIST) : query;
  }

  static Optional<Detail> of(List<String> tokens) {
    boolean not = tokens.contains("niet") || tokens.contains("geen");
    boolean which = tokens.contains("waar") || tokens.contains("welke") || !tokens.isEmpty()
        && tokens.get(0).equals("wat");
    return not && which ? tokens.stream().filter(THINGS::containsKey).findFirst()
        .map(t -> new Detail(PREFIX + THINGS.get(t))) : Optional.empty();
  }
}
