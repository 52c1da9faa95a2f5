package nl.dagwijzer.nlu;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "sprekers van een gemeente", "iemand van een omroep": a kind of organisation, named by the first word several
 * organisations share, by the first word of one when anyone would ask by it ("een gemeente"), or by the end of a
 * compound first word that names an institution ("Stadsomroep IJsselland").
 */
final class OrganisationKinds {
  /** Kinds of institution a compound name ends in: "Stadsomroep", "Streekmuseum", "Stadstheater". */
  private static final Set<String> INSTITUTIONS = Set.of("omroep", "museum", "theater", "ziekenhuis",
      "bibliotheek", "krant");
  private static final int SHORTEST = 5;

  private OrganisationKinds() {
  }

  static void add(List<Gazetteer.Entry> names, Collection<String> organisations, TextNormaliser normaliser) {
    Map<String, Integer> firstWords = new LinkedHashMap<>();
    organisations.forEach(o -> normaliser.tokens(o).stream().findFirst()
        .ifPresent(w -> firstWords.merge(w, 1, Integer::sum)));
    firstWords.forEach((word, count) -> {
      if ((count >= 2 || CueWords.ORGANISATION_NOUNS.contains(word)) && word.length() >= SHORTEST) {
        for (String form : List.of(word, word + "n", word + "en")) {
          ProgrammeNames.add(names, EntityType.ORGANISATION, Gazetteer.ORGANISATION_KIND + word, List.of(form));
        }
      }
      // (not "stichting" of "Woonstichting", "bedrijf" of "Werkbedrijf", which say less of what it is)
      INSTITUTIONS.stream().filter(noun -> word.length() >= noun.length() + 3 && word.endsWith(noun))
          .forEach(noun -> ProgrammeNames.add(names, EntityType.ORGANISATION, Gazetteer.ORGANISATION_KIND + word,
          List.of(noun)));
    });
  }
}
