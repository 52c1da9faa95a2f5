package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rounds of parallel sessions named by their order or number: "de tweede ronde", "ronde 2", "de tweede en de derde
 * workshopronde", "tussen de twee rondes".
 */
final class RoundWords {
  static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("eerste", 1), Map.entry("1e", 1),
      Map.entry("tweede", 2), Map.entry("2e", 2), Map.entry("derde", 3), Map.entry("3e", 3), Map.entry("vierde", 4),
      Map.entry("4e", 4), Map.entry("vijfde", 5), Map.entry("laatste", -1), Map.entry("slotronde", -1));
  private static final Map<String, Integer> ROUND_NUMBERS = Map.ofEntries(Map.entry("1", 1), Map.entry("een", 1),
      Map.entry("2", 2), Map.entry("twee", 2), Map.entry("3", 3), Map.entry("drie", 3), Map.entry("4", 4),
      Map.entry("vier", 4), Map.entry("5", 5),
      // "ronde B" of a congress whose sessions have codes A1 to A4 and B1 to B4: the rounds in order of their letter
      Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3), Map.entry("d", 4));
  static final Set<String> ROUND_WORDS = Set.of("ronde", "workshopronde", "sessieronde", "blok", "tijdblok",
      "rondes", "workshoprondes", "sessieblok", "sessieblokken", "werkblok", "carrouselronde", "deelsessieronde");
  /** "rondes", "workshoprondes": a word for the rounds together. */
  static boolean isPluralRound(String word) {
    return PLURAL_ROUNDS.contains(word);
  }

  private static final Set<String> PLURAL_ROUNDS = Set.of("rondes", "ronden", "workshoprondes", "sessieblokken",
      "blokken", "tafelrondes", "tijdblokken");

  private RoundWords() {
  }

  /**
   * "hoeveel labrondes zijn er?": a compound of "ronde" that no text of the programme has ({@code said}) is read as
   * the round itself ("rondes"), so every reading of rounds applies to it; the "oefenrondes" a description speaks
   * of are its own, and so is "speeddateronde" of sessions called "Speeddates ronde 1"; "de twee middagrondes" are
   * the two rounds too.
   */
  static List<String> plain(List<String> tokens, Predicate<String> said, java.util.Set<String> namePairs) {
    List<String> plain = null;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i);
      String round = word.endsWith("ronde") ? "ronde" : word.endsWith("rondes") ? "rondes"
          : word.endsWith("ronden") ? "ronden" : null;
      if (round != null && word.length() > round.length() + 2 && !ROUND_WORDS.contains(word)
          && !PLURAL_ROUNDS.contains(word) && !said.test(word) && !said.test(word.replaceAll("(s|n)$", ""))
          && (ownRound(word.substring(0, word.length() - round.length()), word)
          || !round.equals("ronde") && i > 0 && (tokens.get(i - 1).equals("twee") || tokens.get(i - 1).equals("beide")))
          && !namePairs.contains(word.substring(0, word.length() - round.length()) + " ronde")
          && !namePairs.contains(word.substring(0, word.length() - round.length()) + "s ronde")) {
        if (plain == null) {
          plain = new java.util.ArrayList<>(tokens);
        }
        plain.set(i, round);
      }
    }
    return plain == null ? tokens : List.copyOf(plain);
  }

  private static final Set<String> PERIODS = Set.of("ochtend", "middag", "avond", "namiddag", "voormiddag", "morgen",
      "dag", "nacht", "slot", "eind", "begin", "start", "open");

  /** Not a question round ("vragenronde") or a round of a part of the day ("avondronde"), which are read as such. */
  private static boolean ownRound(String first, String word) {
    return DayPart.ofWord(word).isEmpty() && DayPeriod.ofWord(first).isEmpty() && !first.startsWith("vragen")
        && !PERIODS.contains(first) && !first.equals("tafel");
  }

  /** "de tweede ronde", "ronde 2", "workshopronde 1", "het laatste blok". */
  static void find(List<String> words, boolean[] taken, List<String> tokens, List<Span> spans) {
    for (int i = 0; i < words.size(); i++) {
      if (taken[i]) {
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      Integer ordinal = ORDINALS.get(words.get(i));
      String third = i + 3 < words.size() ? words.get(i + 3) : "";
      Integer second = i + 2 < words.size() ? ORDINALS.get(words.get(i + 2)) : null;
      boolean withArticle = ordinal != null && next.equals("en") && i + 4 < words.size()
          && words.get(i + 2).equals("de") && ORDINALS.containsKey(words.get(i + 3))
          && ROUND_WORDS.contains(words.get(i + 4)) && !taken[i + 4];
      if (withArticle) {
        // "de tweede en de derde workshopronde"
        Integer other = ORDINALS.get(words.get(i + 3));
        add(spans, taken, i, i + 1, EntityType.ROUND, ordinal < 0 ? "last" : ordinal.toString(), tokens);
        add(spans, taken, i + 3, i + 5, EntityType.ROUND, other < 0 ? "last" : other.toString(), tokens);
      } else if (words.get(i).equals("allebei") && next.equals("de") && i + 2 < words.size()
          && PLURAL_ROUNDS.contains(words.get(i + 2)) && !taken[i + 2]) {
        // "in allebei de rondes": the first and the second
        add(spans, taken, i, i + 1, EntityType.ROUND, "1", tokens);
        add(spans, taken, i + 2, i + 3, EntityType.ROUND, "2", tokens);
      } else if ((words.get(i).equals("twee") || words.get(i).equals("beide")) && PLURAL_ROUNDS.contains(next)
          && !taken[i + 1]) {
        // "tussen de twee rondes": the first and the second
        add(spans, taken, i, i + 1, EntityType.ROUND, "1", tokens);
        add(spans, taken, i + 1, i + 2, EntityType.ROUND, "2", tokens);
      } else if (ordinal != null && next.equals("en") && second != null && ROUND_WORDS.contains(third)
          && !taken[i + 3]) {
        // "de tweede en derde ronde": two rounds
        add(spans, taken, i, i + 1, EntityType.ROUND, ordinal < 0 ? "last" : ordinal.toString(), tokens);
        add(spans, taken, i + 2, i + 4, EntityType.ROUND, second < 0 ? "last" : second.toString(), tokens);
      } else if (ordinal != null && ROUND_WORDS.contains(next) && !taken[i + 1]) {
        add(spans, taken, i, i + 2, EntityType.ROUND, ordinal < 0 ? "last" : ordinal.toString(), tokens);
      } else if (ROUND_WORDS.contains(words.get(i)) && ROUND_NUMBERS.containsKey(next) && !taken[i + 1]) {
        add(spans, taken, i, i + 2, EntityType.ROUND, ROUND_NUMBERS.get(next).toString(), tokens);
      }
    }
  }

  private static void add(List<Span> spans, boolean[] taken, int from, int to, EntityType type, String id,
                          List<String> tokens) {
    spans.add(new Span(from, to, new Entity(type, id, String.join(" ", tokens.subList(from, to)))));
    for (int k = from; k < to; k++) {
      taken[k] = true;
    }
  }
}
