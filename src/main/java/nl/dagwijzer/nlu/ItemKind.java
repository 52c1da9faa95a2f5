package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "kan ik op slippers naar de kastinspectie?", "mag ze haar oorbellen inhouden?", "mag ik een zwaard meenemen?": a
 * thing of a kind the programmes set rules for by the kind's word ("Draag dichte schoenen", "zonder sieraden",
 * "Geen wapens"), which the question does not use. Read as {@code soort:schoenen}.
 */
public final class ItemKind {
  /** The prefix of the detail; the kind's word follows. */
  public static final String PREFIX = "soort:";
  /** Footwear that rules for closed or sturdy shoes leave out. */
  public static final String SHOES = "schoenen";
  public static final String JEWELLERY = "sieraden";
  public static final String WEAPONS = "wapens";
  private static final Map<String, String> KINDS = kinds();
  private static final Set<String> MODAL = Set.of("mag", "mogen", "kan", "kun", "kunnen", "kunt", "moet", "moeten",
      "is", "zijn");

  private ItemKind() {
  }

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new java.util.HashMap<>();
    for (String shoe : List.of("slippers", "teenslippers", "slipper", "sandalen", "sandaal", "hakken", "naaldhakken",
        "pumps", "crocs")) {
      kinds.put(shoe, SHOES);
    }
    for (String jewel : List.of("oorbellen", "oorbel", "ketting", "kettinkje", "armband",
        "armbandje", "horloge", "piercing", "piercings", "sieraad", "oorknopjes")) {
      kinds.put(jewel, JEWELLERY);
    }
    for (String weapon : List.of("zwaard", "zwaarden", "mes", "messen", "zakmes", "dolk", "bijl", "pistool",
        "speelgoedpistool", "speelgoedwapen", "nepwapen", "wapen")) {
      kinds.put(weapon, WEAPONS);
    }
    return Map.copyOf(kinds);
  }

  static Optional<Detail> of(List<String> tokens) {
    if (tokens.isEmpty() || !MODAL.contains(tokens.get(0)) && !YesNoForm.isYesNo(tokens)) {
      return Optional.empty();
    }
    return tokens.stream().filter(KINDS::containsKey).findFirst()
        .map(item -> new Detail(PREFIX + KINDS.get(item)));
  }
}
