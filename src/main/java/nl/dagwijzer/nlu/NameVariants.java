package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Shorter names people use for what a programme calls by a long title: the part before a colon ("Slotpanel" for
 * "Slotpanel: wie betaalt?"), a word only one or two titles have ("saneringskrediet"), the distinctive word of an
 * organisation ("Saxion" for "Saxion Hogeschool", "CJIB") and initials ("IDO", "SCP"). Derived from the programme
 * itself, so every programme brings its own.
 */
final class NameVariants {
  static final Set<String> SMALL_WORDS = Set.of("de", "het", "een", "en", "van", "voor", "in", "op", "met",
      "over", "of", "aan", "bij", "door", "om", "tot", "t", "s");

  /** A title's first word that one leaves out: "het gesprek met het IJsselkwartet" of "In gesprek met ...". */
  private static final Set<String> LEADING = Set.of("in", "op", "aan", "met", "bij", "over", "uit", "naar");

  /** A word this long is one title's own however many times that title is given. */
  private static final int LONG_WORD = 10;

  private final TextNormaliser normaliser;
  private final Set<String> ordinary;

  NameVariants(TextNormaliser normaliser, Set<String> ordinary) {
    this.normaliser = normaliser;
    this.ordinary = ordinary;
  }

  /** A shorter name and the ids it stands for. */
  record Variant(List<String> tokens, Set<String> ids) {
  }

  /**
   * Variants of {@code names} (id → full name): the part before a colon, words of at least {@code minLength}
   * letters that no more than {@code maxShared} names share, and initials.
   */
  List<Variant> of(Map<String, String> names, int maxShared, int minLength) {
    List<Variant> variants = new ArrayList<>();
    Map<String, Set<String>> byWord = new HashMap<>();
    Map<String, Set<String>> byInitials = new HashMap<>();
    Map<List<String>, Integer> heads = new HashMap<>();
    names.values().stream().filter(n -> n.indexOf(':') > 0)
        .forEach(n -> heads.merge(normaliser.tokens(n.substring(0, n.indexOf(':'))), 1, Integer::sum));
    names.forEach((id, name) -> {
      int colon = name.indexOf(':');
      if (colon > 0) {
        List<String> head = normaliser.tokens(name.substring(0, colon));
        // "Afsluiting: de oogst van de middag" is "de afsluiting", though the word is also a general part of a day;
        // not when several titles start so ("Tafelgesprek: ...")
        boolean ownPart = DayPart.ofWord(head.isEmpty() ? "" : head.get(0)).isPresent() && heads.get(head) == 1;
        if (!head.isEmpty() && !(head.size() == 1 && ordinary.contains(head.get(0)) && !ownPart)) {
          variants.add(new Variant(head, Set.of(id)));
        }
        // "de wake cup" of "Zwaluw Wake Cup: finale": a name of three words or more without its first
        if (head.size() >= 3 && !SMALL_WORDS.contains(head.get(1))) {
          variants.add(new Variant(List.copyOf(head.subList(1, head.size())), Set.of(id)));
        }
      }
      List<String> tokens = normaliser.tokens(name);
      if (tokens.size() >= 3 && LEADING.contains(tokens.get(0))) {
        variants.add(new Variant(List.copyOf(tokens.subList(1, tokens.size())), Set.of(id)));
      }
      for (String word : new LinkedHashSet<>(tokens)) {
        // the noun a title starts with is its name even when short: "soep" of "Soep van de dag"
        if (distinctive(word, word.equals(tokens.get(0)) ? Math.min(minLength, 4) : minLength)) {
          byWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(id);
        }
      }
      String initials = initials(name);
      if (initials.length() >= 3) {
        byInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(id);
      }
    });
    Function<Map.Entry<String, Set<String>>, Variant> variant = e -> new Variant(List.of(e.getKey()), e.getValue());
    // a session given three times under one title is one name, for a long word that hardly stands for another:
    // "gasthuismoeder" of "Voorstelling: De Gasthuismoeder" (a short "brood" is too near "rood" for that)
    // a code of letters and digits names every title that has it: "jo9" of "JO9 Poule A", "JO9 Poule B", "Finale JO9"
    byWord.entrySet().stream().filter(e -> e.getValue().size() <= maxShared || e.getKey().length() >= LONG_WORD
        && e.getValue().stream().map(names::get).distinct().count() <= maxShared || code(e.getKey()))
        .map(variant).forEach(variants::add);
    byInitials.entrySet().stream().filter(e -> e.getValue().size() == 1 && !ordinary.contains(e.getKey()))
        .map(variant).forEach(variants::add);
    return variants;
  }

  static boolean code(String word) {
    return word.length() >= 2 && word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
  }

  private boolean distinctive(String word, int minLength) {
    return (code(word) || word.length() >= minLength) && !ordinary.contains(word) && !CommonWords.WORDS.contains(word)
        && !CueWords.all().contains(word) && DayPart.ofWord(word).isEmpty() && DayPeriod.ofWord(word).isEmpty();
  }

  /** "Informatiepunt Digitale Overheid" → "ido": first letters of the capitalised words. */
  private String initials(String name) {
    StringBuilder letters = new StringBuilder();
    for (String word : name.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        return "";
      }
      letters.append(word.charAt(0));
    }
    return normaliser.normalise(letters.toString());
  }
}
