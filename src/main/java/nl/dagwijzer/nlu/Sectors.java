package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Speaker;

/**
 * "welke sprekers komen uit het onderwijs?", "is er iemand van een woningcorporatie?": attendees ask by the sector an
 * organisation works in, which its name only shows ("Hogeschool Utrecht", "Woonstichting IJsselkracht"). The sectors
 * are general Dutch knowledge; which organisations are in one is read from the programme's own names.
 */
final class Sectors {
  /** Words before a sector that make it the organisation someone comes from, not a topic ("over onderwijs"). */
  private static final Set<String> FROM = Set.of("van", "uit", "bij", "namens", "vanuit", "vd");
  private static final Set<String> ARTICLES = Set.of("de", "het", "een", "t", "n");

  private record Sector(Set<String> forms, Predicate<List<String>> member) {
  }

  private static final List<Sector> SECTORS = List.of(
      new Sector(Set.of("onderwijs", "school", "scholen", "onderwijsinstelling", "onderwijsinstellingen", "opleiding",
          "opleidingen", "kennisinstelling", "kennisinstellingen", "hbo", "mbo", "wetenschap"),
          words -> words.stream().anyMatch(w -> w.endsWith("school") || Set.of("universiteit", "roc", "college",
              "academie", "lyceum", "onderwijs", "mbo", "hbo", "university").contains(w))),
      new Sector(Set.of("overheid", "overheden", "overheidsorganisatie", "overheidsorganisaties", "rijksoverheid"),
          words -> words.stream().anyMatch(Set.of("gemeente", "provincie", "ministerie", "waterschap", "rijkswaterstaat",
              "omgevingsdienst", "veiligheidsregio", "uwv", "svb", "duo", "cak", "cjib", "belastingdienst", "ggd",
              "rijksoverheid")::contains)),
      new Sector(Set.of("woningcorporatie", "woningcorporaties", "corporatie", "corporaties", "woningbouwvereniging",
          "woningbouwcorporatie", "verhuurder", "verhuurders"),
          words -> words.stream().anyMatch(w -> w.startsWith("woon") || w.startsWith("woning"))),
      new Sector(Set.of("zorgaanbieder", "zorgaanbieders", "zorginstelling", "zorginstellingen", "zorgorganisatie",
          "zorgorganisaties", "zorgpartij", "zorgpartijen", "zorgsector"),
          words -> words.stream().anyMatch(w -> w.contains("zorg") && !w.startsWith("zorginstituut")
              && !w.startsWith("zorgverzeker") || Set.of("ggz", "ziekenhuis", "verpleeghuis").contains(w))),
      new Sector(Set.of("uitvoeringsorganisatie", "uitvoeringsorganisaties", "uitvoeringsinstantie",
          "uitvoeringsinstanties", "uitvoerder", "uitvoerders"),
          words -> words.stream().anyMatch(Set.of("uwv", "svb", "cak", "duo", "cjib", "belastingdienst", "rvo")::contains)),
      new Sector(Set.of("welzijnsorganisatie", "welzijnsorganisaties", "welzijnsinstelling", "welzijnsinstellingen",
          "welzijnswerk", "welzijn"),
          words -> words.stream().anyMatch(w -> w.contains("welzijn"))),
      new Sector(Set.of("onderzoeksinstituut", "onderzoeksinstituten", "kennisinstituut", "kennisinstituten",
          "onderzoeksbureau", "onderzoek"),
          words -> words.stream().anyMatch(w -> w.contains("instituut") || w.contains("planbureau")
              || w.startsWith("onderzoek") || w.equals("universiteit"))));

  /** The programme's organisations by each form of a sector they are in. */
  private final Map<String, List<String>> byForm = new LinkedHashMap<>();

  Sectors(Programme programme, TextNormaliser normaliser) {
    List<String> organisations = programme.speakers().stream().map(Speaker::organisation)
        .filter(o -> !o.isBlank()).distinct().toList();
    for (Sector sector : SECTORS) {
      List<String> members = organisations.stream().filter(o -> sector.member().test(normaliser.tokens(o))).toList();
      if (!members.isEmpty()) {
        sector.forms().forEach(form -> byForm.merge(form, members, Sectors::union));
      }
    }
  }

  /** No programme: no organisations. */
  static Sectors none() {
    return new Sectors();
  }

  private Sectors() {
  }

  /** Sectors named after a word for where someone comes from ("uit het onderwijs"), on words not yet taken. */
  List<Span> find(List<String> tokens, boolean[] taken) {
    List<Span> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      List<String> members = taken[i] ? null : byForm.get(tokens.get(i));
      if (members == null || !comesFrom(tokens, i)) {
        continue;
      }
      for (String organisation : members) {
        found.add(new Span(i, i + 1, new Entity(EntityType.ORGANISATION, organisation, tokens.get(i))));
      }
      taken[i] = true;
    }
    return found;
  }

  private static boolean comesFrom(List<String> tokens, int at) {
    int k = at - 1;
    while (k > 0 && ARTICLES.contains(tokens.get(k))) {
      k--;
    }
    // "werkt voor de overheid", where "voor het onderwijs" alone is a topic
    return FROM.contains(tokens.get(k)) || tokens.get(k).equals("voor") && k > 0 && tokens.get(k - 1).startsWith("werk");
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(o -> !all.contains(o)).forEach(all::add);
    return List.copyOf(all);
  }
}
