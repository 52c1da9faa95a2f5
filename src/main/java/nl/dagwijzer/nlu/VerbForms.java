package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms of a verb a description may use where the question uses another: "zoekt de kascommissie iemand?" where
 * the text says "er wordt een nieuw lid gezocht", "kan ik mijn vraag inleveren?" where it says "ingeleverd".
 */
public final class VerbForms {
  /** Participles no rule makes: of the verbs people ask about at a day out. */
  private static final Map<String, String> STRONG = Map.ofEntries(Map.entry("zoeken", "gezocht"),
      Map.entry("kopen", "gekocht"), Map.entry("brengen", "gebracht"), Map.entry("denken", "gedacht"),
      Map.entry("doen", "gedaan"), Map.entry("gaan", "gegaan"), Map.entry("zien", "gezien"),
      Map.entry("geven", "gegeven"), Map.entry("nemen", "genomen"), Map.entry("krijgen", "gekregen"),
      Map.entry("blijven", "gebleven"), Map.entry("schrijven", "geschreven"), Map.entry("lezen", "gelezen"),
      Map.entry("eten", "gegeten"), Map.entry("drinken", "gedronken"), Map.entry("spreken", "gesproken"),
      Map.entry("komen", "gekomen"), Map.entry("houden", "gehouden"), Map.entry("laten", "gelaten"),
      Map.entry("vinden", "gevonden"), Map.entry("beginnen", "begonnen"), Map.entry("zingen", "gezongen"),
      Map.entry("helpen", "geholpen"), Map.entry("kiezen", "gekozen"), Map.entry("sluiten", "gesloten"),
      Map.entry("bieden", "geboden"), Map.entry("dragen", "gedragen"), Map.entry("rijden", "gereden"),
      Map.entry("lopen", "gelopen"), Map.entry("staan", "gestaan"), Map.entry("zitten", "gezeten"),
      Map.entry("vragen", "gevraagd"), Map.entry("wijzen", "gewezen"), Map.entry("winnen", "gewonnen"),
      Map.entry("sterven", "gestorven"), Map.entry("bakken", "gebakken"), Map.entry("wassen", "gewassen"),
      Map.entry("slapen", "geslapen"), Map.entry("roepen", "geroepen"), Map.entry("trekken", "getrokken"),
      Map.entry("breken", "gebroken"), Map.entry("schieten", "geschoten"), Map.entry("zwemmen", "gezwommen"));
  /** Particles that split from the verb and take "ge" after them: "inleveren", "ingeleverd". */
  private static final List<String> PARTICLES = List.of("terug", "langs", "mee", "door", "over", "rond", "voor",
      "aan", "uit", "weg", "toe", "bij", "op", "af", "in", "na");
  /** Prefixes that take no "ge": "betalen", "betaald"; "vertellen", "verteld". */
  private static final List<String> UNSTRESSED = List.of("be", "ge", "ver", "ont", "er", "her");
  /** The stem's last letter before a participle's "t" rather than "d" ('t kofschip). */
  private static final String VOICELESS = "tkfschp";

  private VerbForms() {
  }

  /** The infinitive and participles of {@code word} when it looks like a verb ("zoekt": "zoeken", "gezocht"). */
  static List<String> of(String word) {
    if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return List.of();
    }
    Set<String> forms = new LinkedHashSet<>();
    if (word.endsWith("en") && word.length() >= 5) {
      forms.addAll(participles(word));
    } else if (word.endsWith("t")) {
      // ("zoekt" is "zoek" and its ending, not a stem "zoekt" of its own)
      for (String infinitive : SeparableVerbs.infinitives(word).stream().filter(i -> !i.startsWith(word)).toList()) {
        forms.add(infinitive);
        forms.addAll(participles(infinitive));
      }
    }
    forms.remove(word);
    return List.copyOf(forms);
  }

  /**
   * The forms a text may use of an infinitive: itself, its stems with and without the "t" of the third person, its
   * participles ("kopen": "koop", "koopt", "gekocht").
   */
  public static List<String> forms(String infinitive) {
    Set<String> forms = new LinkedHashSet<>(List.of(infinitive));
    if (infinitive.endsWith("en") && infinitive.length() >= 5) {
      for (String s : stems(infinitive)) {
        String written = voiceless(s);
        forms.add(written);
        forms.add(written.endsWith("t") ? written : written + "t");
      }
      forms.addAll(participles(infinitive));
    }
    return List.copyOf(forms);
  }

  static List<String> participles(String infinitive) {
    String strong = STRONG.get(infinitive);
    if (strong != null) {
      return List.of(strong);
    }
    for (String particle : PARTICLES) {
      if (infinitive.startsWith(particle) && infinitive.length() - particle.length() >= 5) {
        return participles(infinitive.substring(particle.length())).stream().map(p -> particle + p).toList();
      }
    }
    List<String> stems = stems(infinitive);
    String stem = stems.get(0);
    if (stem.length() < 2) {
      return List.of();
    }
    boolean plain = UNSTRESSED.stream().noneMatch(p -> stem.startsWith(p) && stem.length() - p.length() >= 3);
    List<String> forms = new ArrayList<>();
    for (String s : stems) {
      char last = s.charAt(s.length() - 1);
      String ending = last == 't' || last == 'd' ? "" : VOICELESS.indexOf(last) >= 0 ? "t" : "d";
      forms.add((plain ? "ge" : "") + voiceless(s) + ending); // "reizen": "gereisd", "leven": "geleefd"
    }
    return forms;
  }

  /**
   * The stems of an infinitive, its doubled consonant undone ("trekken": "trek") or, when it has none, also with the
   * vowel its open syllable makes long ("maken": "mak", "maak"; "leveren" stays "lever" as well).
   */
  private static List<String> stems(String infinitive) {
    String whole = infinitive.substring(0, infinitive.length() - 2);
    String stem = OpenSyllable.undoubled(whole);
    List<String> stems = new ArrayList<>(List.of(stem));
    if (stem.equals(whole)) {
      OpenSyllable.lengthened(stem).ifPresent(stems::add);
    }
    return stems;
  }

  /** A voiced consonant is written voiceless at the end of a stem: "reiz" as "reis", "leev" as "leef". */
  private static String voiceless(String stem) {
    return stem.endsWith("z") ? stem.substring(0, stem.length() - 1) + "s"
        : stem.endsWith("v") ? stem.substring(0, stem.length() - 1) + "f" : stem;
  }
}
