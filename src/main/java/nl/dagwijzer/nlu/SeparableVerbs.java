package nl.dagwijzer.nlu;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registering, said with a separable verb: a description that says "schrijf je in op de lijst" or "meld je aan bij de
 * balie" answers "moet ik me inschrijven?" and "moet ik me aanmelden?". The infinitive is what questions use, so a
 * text's split or past forms also count as the infinitive.
 */
public final class SeparableVerbs {
  /** A verb's own forms, the particle that goes with them, and the infinitive they make together. */
  private record Verb(Set<String> forms, String particle, String infinitive) {
  }

  private static final List<Verb> VERBS = List.of(
      new Verb(Set.of("meld", "meldt", "melden"), "aan", "aanmelden"),
      new Verb(Set.of("schrijf", "schrijft", "schrijven"), "in", "inschrijven"),
      new Verb(Set.of("geef", "geeft", "geven"), "op", "opgeven"));
  private static final Map<String, String> PAST = Map.of("aangemeld", "aanmelden", "ingeschreven", "inschrijven",
      "opgegeven", "opgeven", "aanmelding", "aanmelden", "inschrijving", "inschrijven");
  /**
   * The words for registering, which stand for each other: a programme that uses one ("Aanmelden bij de balie")
   * answers a question with another ("moet ik me opgeven?"). In the order a programme's word is preferred in.
   */
  public static final List<String> REGISTERING = List.of("inschrijven", "aanmelden", "opgeven");
  /** Whether {@code words} (a question's words of the texts) ask about registering. */
  public static boolean registers(java.util.Collection<String> words) {
    return words.stream().anyMatch(REGISTERING::contains);
  }

  /** How far the particle may stand from its verb: "meld je vóór 1 november aan". */
  private static final int REACH = 8;

  private SeparableVerbs() {
  }

  /** The infinitives {@code tokens} (a text's words) say in other forms. */
  public static Set<String> of(List<String> tokens) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String past = PAST.get(token);
      if (past != null) {
        found.add(past);
      }
      for (Verb verb : VERBS) {
        if (verb.forms().contains(token)
            && tokens.subList(i + 1, Math.min(tokens.size(), i + 1 + REACH)).contains(verb.particle())) {
          found.add(verb.infinitive());
        }
        // "je hoeft je niet aan te melden"
        if (token.equals(verb.particle()) && i + 2 < tokens.size() && tokens.get(i + 1).equals("te")
            && verb.forms().contains(tokens.get(i + 2))) {
          found.add(verb.infinitive());
        }
      }
    }
    return found;
  }

  /** Particles a verb is split from in a main clause ("geef droge kleren mee", "smeer je kind thuis in"). */
  private static final Set<String> PARTICLES = Set.of("aan", "af", "in", "mee", "op", "uit", "terug", "toe", "weg",
      "door", "langs", "schoon", "open", "dicht", "los", "vast", "binnen");

  /**
   * {@link #of}, and the infinitive of any verb split from one of {@link #PARTICLES}: "Geef droge kleren mee" also
   * says "meegeven", the word "moet ik droge kleren meegeven?" asks with. The verb is where a main clause puts it:
   * first ("Smeer je kind in"), or beside its subject ("praat u mee", "u praat mee"); without a lexicon a form may
   * give two infinitives ("kom": "kommen", "komen"), and only the real one is a word a question uses.
   */
  public static Set<String> allOf(List<String> tokens) {
    Set<String> found = of(tokens);
    for (int i = 1; i < tokens.size(); i++) {
      String particle = tokens.get(i);
      if (!PARTICLES.contains(particle)) {
        continue;
      }
      // "mee te nemen"
      if (i + 2 < tokens.size() && tokens.get(i + 1).equals("te") && tokens.get(i + 2).endsWith("en")) {
        found.add(particle + tokens.get(i + 2));
      }
      for (int j = Math.max(0, i - REACH); j < i; j++) {
        // ("en geef de zonnebrand mee": a clause of its own starts after "en")
        boolean placed = j == 0 || SUBJECTS.contains(tokens.get(j + 1)) || SUBJECTS.contains(tokens.get(j - 1))
            || tokens.get(j - 1).equals("en");
        if (placed && !SUBJECTS.contains(tokens.get(j))) {
          for (String infinitive : infinitives(tokens.get(j))) {
            found.add(particle + infinitive);
          }
        }
      }
    }
    return found;
  }

  /** The subjects a verb stands beside: "neem je", "u praat". */
  private static final Set<String> SUBJECTS = Set.of("je", "jij", "u", "we", "wij", "ze", "zij", "hij", "men", "ik",
      "jullie");

  private static final String VOWELS = "aeiou";

  /** Short words that are never the verb split from a particle ("en", "het", "met"). */
  private static final Set<String> NOT_VERBS = Set.of("een", "het", "des", "dan", "wat", "die", "dat", "met", "van",
      "voor", "naar", "bij", "tot", "als", "ook", "nog", "wel", "niet", "geen", "hun", "ons", "zich", "zijn", "haar",
      "zelf", "maar", "want", "dus", "per", "elke", "alle", "deze", "onze", "jouw", "uw", "hier", "daar", "er",
      "wordt", "worden", "is", "kan", "kun", "kunt", "mag", "moet", "hoeft", "zal", "zult", "wil", "wilt");

  /** The infinitives a present-tense form may belong to: "geef" and "geeft" to "geven", "trek" to "trekken". */
  static Set<String> infinitives(String form) {
    Set<String> found = new LinkedHashSet<>();
    if (form.length() < 2 || form.length() > 12 || NOT_VERBS.contains(form) || PARTICLES.contains(form)
        || !form.chars().allMatch(Character::isLetter)) {
      return found;
    }
    // "geeft", "meldt": the stem without the ending of the third person; "zet" may be a stem itself
    List<String> stems = form.endsWith("t") && form.length() > 3
        && VOWELS.indexOf(form.charAt(form.length() - 2)) < 0
        ? List.of(form.substring(0, form.length() - 1), form) : List.of(form);
    for (String stem : stems) {
      int n = stem.length();
      char last = stem.charAt(n - 1);
      if (VOWELS.indexOf(last) >= 0) {
        found.add(stem + (last == 'a' ? "an" : "n")); // "doe": "doen", "ga": "gaan"
      } else if (n >= 3 && stem.charAt(n - 2) == stem.charAt(n - 3) && VOWELS.indexOf(stem.charAt(n - 2)) >= 0) {
        // a long vowel is open before the ending: "neem": "nemen", "geef": "geven", "lees": "lezen"
        found.add(stem.substring(0, n - 2) + (last == 'f' ? 'v' : last == 's' ? 'z' : last) + "en");
      } else if (n >= 2 && VOWELS.indexOf(stem.charAt(n - 2)) >= 0
          && (n < 3 || VOWELS.indexOf(stem.charAt(n - 3)) < 0)) {
        // a short vowel keeps its consonant doubled: "trek": "trekken"; ("kom": "komen" is the exception)
        found.add(stem + last + "en");
        found.add(stem + "en");
      } else {
        found.add(stem + "en"); // "meld": "melden", "kijk": "kijken"
      }
    }
    return found;
  }
}
