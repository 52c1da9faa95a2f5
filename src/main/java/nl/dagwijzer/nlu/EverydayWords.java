package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday words for the things of a day that the programme writes otherwise: "het toetje" of "Dessert en koffie",
 * "de grill" of "Barbecue", "het praatje" of "Lezing: ...". A word the programme lacks is read as the first of its
 * other words that the programme has; a word it has stays.
 */
final class EverydayWords {
  private static final Map<String, List<String>> OTHER = Map.ofEntries(
      Map.entry("toetje", List.of("dessert", "nagerecht")),
      Map.entry("nagerecht", List.of("dessert", "toetje")),
      Map.entry("dessert", List.of("nagerecht", "toetje")),
      Map.entry("grill", List.of("barbecue", "bbq")),
      Map.entry("bbq", List.of("barbecue")),
      Map.entry("barbecue", List.of("bbq")),
      Map.entry("praatje", List.of("lezing", "presentatie", "talk")),
      Map.entry("wandelroute", List.of("wandeling", "route")),
      Map.entry("fietsroute", List.of("fietstocht")),
      Map.entry("fietstocht", List.of("fietsroute")),
      Map.entry("feest", List.of("feestavond", "party", "dansfeest", "dansen")),
      Map.entry("avondeten", List.of("diner")),
      Map.entry("bike", List.of("fiets", "fietsen")),
      // English of the chat: "kids gratis?", "is er parking", "brut tasting wanneer", "kelder temp?"
      Map.entry("kids", List.of("kinderen", "kind")), Map.entry("kid", List.of("kind", "kinderen")),
      Map.entry("parking", List.of("parkeren", "parkeerplaats", "parkeerterrein")),
      Map.entry("tickets", List.of("kaarten", "kaartjes", "toegang", "entree")),
      Map.entry("ticket", List.of("kaart", "kaartje", "toegang", "entree")),
      Map.entry("walk", List.of("wandeling")), Map.entry("tasting", List.of("proeverij")),
      Map.entry("temp", List.of("temperatuur", "graden")),
      Map.entry("show", List.of("voorstelling", "optreden")), Map.entry("shows", List.of("voorstellingen",
          "voorstelling", "optredens")), Map.entry("voorstelling", List.of("show", "optreden")),
      Map.entry("optreden", List.of("voorstelling", "show", "concert")),
      Map.entry("expo", List.of("tentoonstelling", "expositie")), Map.entry("expositie", List.of("tentoonstelling")),
      Map.entry("tentoonstelling", List.of("expositie", "expo")), Map.entry("presale", List.of("voorverkoop")),
      // "moet ik een id meenemen?" where the programme asks for an "identiteitsbewijs"
      Map.entry("id", List.of("identiteitsbewijs", "legitimatiebewijs", "legitimatie", "identiteitskaart")),
      Map.entry("idkaart", List.of("identiteitskaart", "identiteitsbewijs", "legitimatiebewijs", "id")),
      Map.entry("idbewijs", List.of("identiteitsbewijs", "legitimatiebewijs", "id")),
      Map.entry("legitimatie", List.of("legitimatiebewijs", "identiteitsbewijs", "id")),
      Map.entry("identiteitsbewijs", List.of("legitimatiebewijs", "legitimatie", "id")),
      Map.entry("legitimatiebewijs", List.of("identiteitsbewijs", "legitimatie", "id")));

  private EverydayWords() {
  }

  static List<String> programme(List<String> tokens, Set<String> programmeWords) {
    List<String> read = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      List<String> other = programmeWords.contains(token) ? List.of() : OTHER.getOrDefault(token, List.of());
      String found = other.stream().filter(programmeWords::contains).findFirst().orElse(null);
      if (found != null) {
        if (read == null) {
          read = new ArrayList<>(tokens);
        }
        read.set(i, found);
      }
    }
    return read == null ? tokens : List.copyOf(read);
  }
}
