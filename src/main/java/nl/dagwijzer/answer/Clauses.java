package nl.dagwijzer.answer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.TextNormaliser;

/**
 * The part of a sentence that has a question's words, and whether it turns them around: "Toegang is gratis,
 * aanmelden is niet nodig." and "De toegang is gratis en aanmelden is niet nodig." say yes to "gratis" and no to
 * "aanmelden".
 */
final class Clauses {
  private static final TextNormaliser NORMALISER = new TextNormaliser();
  /** (and words that close what is asked for: "Inschrijven als deelnemer is gesloten", "De workshop is volgeboekt") */
  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "alleen", "niets", "niemand",
      "nergens", "gesloten", "volgeboekt", "uitverkocht", "verboden", "lastig", "ongeschikt", "onmogelijk");
  /** "zonder" turns around only the word right after it: "kan zonder aanmelden", not "tot 27 jaar zonder diploma". */
  private static final String WITHOUT = "zonder";
  private static final String ONLY = "alleen";
  /** Endings that make a word its absence: "alcoholvrij", "suikervrije", "zoutloos". */
  private static final Set<String> WITHOUT_ENDINGS = Set.of("vrij", "vrije", "loos", "loze");
  /** A relative clause that follows every word asked says something of another noun. */
  private static final Set<String> RELATIVE = Set.of("die", "wie");
  /** A clause this short is an item of a list whose verb comes in a later clause: "Beleidsmedewerkers, partners en pers
   * zijn niet aanwezig." */
  private static final int LIST_ITEM = 2;
  /**
   * "en" starts a clause of its own when a verb follows within a few words: "De toegang is gratis en aanmelden is niet
   * nodig"; not in "geen koffie en thee".
   */
  private static final String OWN_VERB = "(?:\\S+\\s+){0,2}(?:is|zijn|wordt|worden|kan|kunnen|mag|mogen|moet|moeten|heeft"
      + "|hebben|krijgt|krijgen|gaat|gaan|komt|komen|hoeft|hoeven)\\b";
  private static final java.util.regex.Pattern BOUNDARY = java.util.regex.Pattern.compile(
      "[;:?]|,(?!\\d)|\\.\\s+|\\s+maar\\s+|\\s+en\\s+(?=" + OWN_VERB + ")"); // not the comma of "€12,50"

  /** Words that say registering is not needed or no longer possible: "niet", "gesloten", "vol". */
  private static final Set<String> NO_REGISTERING = Set.of("niet", "geen", "gesloten", "vol", "volgeboekt",
      "uitverkocht");

  private Clauses() {
  }

  /** Whether a sentence about registering says no: "je hoeft je niet aan te melden", "inschrijven is gesloten". */
  static boolean refusesRegistering(List<String> tokens) {
    return tokens.stream().anyMatch(NO_REGISTERING::contains);
  }

  /**
   * Empty when no clause of {@code sentence} has every one of {@code words}; else whether that clause negates. A clause
   * that asks ("Nog geen account? Dan maakt u er in de workshop een aan.") only sets the case the next one answers.
   */
  static Optional<Boolean> negated(String sentence, Collection<String> words) {
    return negated(sentence, words, false);
  }

  /**
   * {@link #negated(String, Collection)} as the answer to a question that asks the words absent ({@code absent}: "kan
   * ik stemmen zonder smartphone?"), so turned around, except where a clause that asks sets that very case ("Geen
   * smartphone? Vul dan een stembriefje in."): then the next clause answers it as it stands.
   */
  static Optional<Boolean> negated(String sentence, Collection<String> words, boolean absent) {
    List<String> clauses = new java.util.ArrayList<>();
    List<Boolean> asking = new java.util.ArrayList<>();
    List<Boolean> ending = new java.util.ArrayList<>();
    // "Niet toegestaan op het terrein: drones, glazen flessen en honden": a negating head over the list after it
    boolean deniedList = false;
    List<Boolean> denied = new java.util.ArrayList<>();
    java.util.regex.Matcher boundary = BOUNDARY.matcher(sentence);
    int start = 0;
    while (boundary.find()) {
      String clause = sentence.substring(start, boundary.start());
      if (clause.isBlank()) {
        start = boundary.end(); // "kijken, maar niet voorzeggen": the comma and "maar" end one clause
        continue;
      }
      clauses.add(clause);
      denied.add(deniedList);
      asking.add(boundary.group().equals("?"));
      // ("Helm verplicht; zonder helm mag je niet starten": a semicolon ends a statement, not a list's item)
      ending.add(boundary.group().startsWith(".") || boundary.group().equals(";"));
      if (boundary.group().equals(":")) {
        deniedList = NORMALISER.tokens(clause).stream().anyMatch(t -> t.equals("niet") || t.equals("geen")
            || t.equals("verboden"));
      } else if (!boundary.group().equals(",") && !boundary.group().trim().equals("en")) {
        deniedList = false;
      }
      start = boundary.end();
    }
    denied.add(deniedList);
    clauses.add(sentence.substring(start));
    asking.add(false);
    ending.add(true);
    for (int i = 0; i < clauses.size(); i++) {
      List<String> tokens = withVerbs(clauses.get(i));
      if (words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w))) {
        if (asking.get(i) && i + 1 < clauses.size()) {
          boolean answered = negates(withVerbs(clauses.get(i + 1)), words);
          return Optional.of(absent && !negates(tokens, words) ? !answered : answered);
        }
        List<String> whole = new java.util.ArrayList<>(tokens);
        // "Dresscode: zakelijk. Voor het diner hoeft u zich niet om te kleden.": an item ends with its sentence
        for (int k = i + 1; whole.size() <= LIST_ITEM && k < clauses.size() && !ending.get(k - 1); k++) {
          whole.addAll(withVerbs(clauses.get(k)));
        }
        if (denied.get(i)) {
          return Optional.of(!absent);
        }
        if (absent && setsCase(whole, words)) {
          // "kan ik zonder afspraak aanschuiven?" against "Zonder afspraak kun je niet aanschuiven": the clause
          // speaks of that very case, so its own "niet" is the answer
          return Optional.of(whole.stream().anyMatch(t -> !t.equals(ONLY) && NEGATIONS.contains(t)));
        }
        return Optional.of(negates(whole, words) != absent);
      }
    }
    // "aantekeningen en de deelnemersmap mag u niet gebruiken": the words asked in two clauses that follow each other
    for (int i = 0; i + 1 < clauses.size(); i++) {
      List<String> both = new java.util.ArrayList<>(withVerbs(clauses.get(i)));
      both.addAll(withVerbs(clauses.get(i + 1)));
      if (!asking.get(i) && words.stream().allMatch(w -> DescriptionIndex.mentions(both, w))) {
        return Optional.of(negates(both, words) != absent);
      }
    }
    return Optional.empty();
  }

  /** The first clause of {@code sentence} with every one of {@code words}. */
  static Optional<String> clauseWith(String sentence, Collection<String> words) {
    for (String clause : BOUNDARY.split(sentence)) {
      List<String> tokens = withVerbs(clause);
      if (words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w))) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }

  /** A clause's words, and after them the infinitives its split verbs make ("mee te spelen": "meespelen"). */
  private static List<String> withVerbs(String clause) {
    List<String> tokens = NORMALISER.tokens(clause);
    java.util.Set<String> verbs = nl.dagwijzer.nlu.SeparableVerbs.allOf(tokens);
    return verbs.isEmpty() ? tokens : java.util.stream.Stream.concat(tokens.stream(), verbs.stream()).toList();
  }

  /** Whether the clause says "zonder" right before a word asked ("Zonder afspraak ..."). */
  private static boolean setsCase(List<String> tokens, Collection<String> words) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      List<String> next = without(tokens, k);
      if (tokens.get(k).equals(WITHOUT) && words.stream().anyMatch(w -> DescriptionIndex.mentions(next, w))) {
        return true;
      }
    }
    return false;
  }

  /** What "zonder" at {@code k} goes with: the word after it, or a list joined by "en" ("zonder melk en gluten"). */
  private static List<String> without(List<String> tokens, int k) {
    int end = Math.min(tokens.size(), k + 2);
    while (end + 1 < tokens.size() && (tokens.get(end).equals("en") || tokens.get(end).equals("of"))) {
      end += 2;
    }
    return tokens.subList(k + 1, Math.min(end, tokens.size()));
  }

  private static boolean negates(List<String> tokens, Collection<String> words) {
    for (int k = 0; k < tokens.size(); k++) {
      String token = tokens.get(k);
      if (words.stream().anyMatch(w -> token.length() > w.length() && token.startsWith(w)
          && WITHOUT_ENDINGS.contains(token.substring(w.length())))) {
        return true; // "alcoholvrije drankjes", "rookvrij": the word asked, without it
      }
      List<String> before = tokens.subList(0, k);
      if (RELATIVE.contains(tokens.get(k)) && k > 0
          && words.stream().allMatch(w -> DescriptionIndex.mentions(before, w))) {
        break; // "De opening wordt gestreamd voor collega's die er niet bij kunnen zijn": the "niet" is theirs
      }
      List<String> after = tokens.subList(Math.min(k + 1, tokens.size()), Math.min(tokens.size(), k + 4));
      if (tokens.get(k).equals(ONLY) && words.stream().anyMatch(w -> DescriptionIndex.mentions(after, w))) {
        // "Alleen op afspraak", "kan alleen met je personeelspas": what it takes, no "no" to "afspraak"
        continue;
      }
      if (tokens.get(k).equals(ONLY) && k + 1 < tokens.size() && tokens.get(k + 1).equals("of")) {
        continue; // "Je bouwt alleen of met z'n tweeën": alone, one of two ways, not "only"
      }
      if (NEGATIONS.contains(tokens.get(k)) && (tokens.get(k).equals(ONLY) || !words.contains(tokens.get(k)))) {
        // ("kan ik de lezing volgen als ik nooit gedraaid heb?": "ook te volgen voor wie nooit heeft gedraaid" speaks
        // of that very case; "alleen" asked is alone, "alleen" said is only)
        return true;
      }
      if (tokens.get(k).equals(WITHOUT) && k + 1 < tokens.size()) {
        List<String> next = without(tokens, k);
        if (words.stream().anyMatch(w -> DescriptionIndex.mentions(next, w))) {
          return true;
        }
      }
    }
    return false;
  }
}
