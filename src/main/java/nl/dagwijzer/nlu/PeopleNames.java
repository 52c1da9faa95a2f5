package nl.dagwijzer.nlu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Speaker;

/**
 * The names a question can use for a programme's people and their organisations: a speaker by full name, also
 * without an academic title, by first or last name; an organisation by its name, a municipality without "gemeente",
 * a long name without its last word (its region).
 */
final class PeopleNames {
  private static final String MUNICIPALITY = "gemeente";
  private static final Set<String> ACADEMIC = Set.of("prof", "dr", "mr", "ir", "drs", "ing", "ds", "mevr", "dhr");

  /** Particles of a surname that people write together with it: "Marloes tenhove", "Bart vanderwal". */
  private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ten", "ter", "te", "het", "t", "in",
      "la", "le", "el");

  private PeopleNames() {
  }

  /** "marloes tenhove" for "Marloes ten Hove": the particles and the surname as one word, after the first name. */
  private static java.util.Optional<List<String>> joinedParticles(List<String> tokens) {
    int first = 1;
    int last = first;
    while (last < tokens.size() - 1 && PARTICLES.contains(tokens.get(last))) {
      last++;
    }
    if (tokens.size() < 3 || last == first || last != tokens.size() - 1) {
      return java.util.Optional.empty();
    }
    List<String> joined = new java.util.ArrayList<>(tokens.subList(0, first));
    joined.add(String.join("", tokens.subList(first, tokens.size())));
    return java.util.Optional.of(List.copyOf(joined));
  }

  static void add(Programme programme, TextNormaliser normaliser, Set<String> ordinaryWords,
                  List<Gazetteer.Entry> names) {
    for (Speaker speaker : programme.speakers()) {
      List<String> written = normaliser.tokens(speaker.name());
      ProgrammeNames.add(names, EntityType.SPEAKER, speaker.id(), written);
      // "prof. dr. Marleen de Bruijn" is asked for as "Marleen de Bruijn"
      int titles = 0;
      while (titles < written.size() - 1 && ACADEMIC.contains(written.get(titles))) {
        titles++;
      }
      List<String> tokens = written.subList(titles, written.size());
      if (titles > 0) {
        ProgrammeNames.add(names, EntityType.SPEAKER, speaker.id(), tokens);
      }
      joinedParticles(tokens).ifPresent(joined -> ProgrammeNames.add(names, EntityType.SPEAKER, speaker.id(), joined));
      if (tokens.size() > 1) {
        // one word of a name alone, unless it is a word of the question language: "laat" of Mark de Laat
        // would make every "hoe laat" about him
        for (List<String> part : List.of(tokens.subList(0, 1), tokens.subList(1, tokens.size()),
            tokens.subList(tokens.size() - 1, tokens.size()))) {
          if (part.size() > 1 || !ordinaryWords.contains(part.get(0))) {
            ProgrammeNames.add(names, EntityType.SPEAKER, speaker.id(), part);
          }
        }
      }
    }
    Set<List<String>> sessionNames = new HashSet<>();
    programme.sessions().forEach(s -> Stream.concat(Stream.of(s.title()),
        s.aliases().stream()).forEach(name -> sessionNames.add(normaliser.tokens(name))));
    programme.speakers().stream().map(Speaker::organisation).filter(o -> !o.isBlank()).distinct().forEach(org -> {
      List<String> tokens = normaliser.tokens(org);
      if (org.length() == 2 && org.chars().allMatch(Character::isUpperCase)) {
        // "SP", "WW": two capitals are a name the programme gives, not a word
        names.add(new Gazetteer.Entry(EntityType.ORGANISATION, org, List.copyOf(tokens), names.size()));
      }
      ProgrammeNames.add(names, EntityType.ORGANISATION, org, tokens);
      if (tokens.size() > 1 && tokens.get(0).equals(MUNICIPALITY)) {
        ProgrammeNames.add(names, EntityType.ORGANISATION, org, tokens.subList(1, tokens.size()));
      }
      List<String> shorter = tokens.subList(0, Math.max(0, tokens.size() - 1));
      if (tokens.size() >= 3 && !NameVariants.SMALL_WORDS.contains(shorter.get(shorter.size() - 1))
          && !sessionNames.contains(shorter)) {
        // "het Platform Langer Thuis" for "Platform Langer Thuis Gelderland": the name without its region, unless
        // a session is called that ("Repair Café" of the pitch by Repair Café Soesterkwartier)
        ProgrammeNames.add(names, EntityType.ORGANISATION, org, shorter);
      }
    });
  }
}
