package nl.dagwijzer.nlu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Speaker;

/** The shorter names a programme's sessions and organisations go by, for {@link ProgrammeNames}. */
final class ShortNames {
  private ShortNames() {
  }

  /**
   * Shorter names for sessions and organisations, derived from the programme; never one that already names a
   * topic, person or room ("vroegsignalering" the topic covers more sessions than the title that has the word).
   */
  static void add(Programme programme, TextNormaliser normaliser, Set<String> ordinaryWords, Set<String> programmeWords,
                  List<Gazetteer.Entry> names, Set<String> seriesForms) {
    Set<List<String>> taken = new java.util.HashSet<>();
    names.forEach(e -> taken.add(e.tokens()));
    // "thematafels" names the series, not the one title that has the word ("Terugkoppeling uit de thematafels")
    seriesForms.forEach(form -> taken.add(List.of(form)));
    NameVariants variants = new NameVariants(normaliser, ordinaryWords);
    Map<String, String> titles = new LinkedHashMap<>();
    programme.sessions().forEach(s -> titles.put(s.id(), s.title()));
    // A word two sessions share still helps ("meldcode" for one workshop given in both rounds).
    for (NameVariants.Variant variant : variants.of(titles, 2, 5)) {
      if (!taken.contains(variant.tokens())) {
        variant.ids().forEach(id -> ProgrammeNames.add(names, EntityType.SESSION, id, variant.tokens()));
      }
    }
    DistanceNames.of(titles, normaliser).forEach((name, ids) -> {
      if (!taken.contains(name)) {
        ids.forEach(id -> ProgrammeNames.add(names, EntityType.SESSION, id, name)); // "de 60 km"
      }
    });
    Set<String> words = new java.util.HashSet<>(ordinaryWords);
    words.addAll(programmeWords);
    TitleCompounds.of(titles, normaliser, words).forEach((name, ids) -> {
      if (!taken.contains(List.of(name))) {
        ids.forEach(id -> ProgrammeNames.add(names, EntityType.SESSION, id, List.of(name))); // "de textieltafel"
      }
    });
    Map<String, String> organisations = new LinkedHashMap<>();
    programme.speakers().stream().map(Speaker::organisation).filter(o -> !o.isBlank()).distinct()
        .forEach(o -> organisations.put(o, o));
    // A place several organisations share ("Ede": gemeente Ede, Kredietbank Ede) names all of them.
    for (NameVariants.Variant variant : variants.of(organisations, 4, 3)) {
      variant.ids().forEach(id -> ProgrammeNames.add(names, EntityType.ORGANISATION, id, variant.tokens()));
    }
    OrganisationKinds.add(names, organisations.keySet(), normaliser);
  }
}
