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
}
