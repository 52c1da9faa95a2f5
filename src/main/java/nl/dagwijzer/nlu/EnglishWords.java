package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question asked in English in a Dutch channel ("what time is the opening", "when does it end"): its question
 * words and the few words around them in Dutch, so the rest (the names) is read as any question. Only when the
 * question starts with an English question word, so a title with "the" or "who" in it is left alone.
 */
final class EnglishWords {
  private static final Set<String> STARTS = Set.of("what", "whats", "when", "where", "who", "how", "is", "are",
      "does", "do");
  private static final Set<String> QUESTION = Set.of("what", "whats", "when", "where", "who", "how");
  /** Longest first: two words before one. */
  private static final Map<List<String>, List<String>> PHRASES = Map.ofEntries(
      Map.entry(List.of("what", "time"), List.of("hoe", "laat")), Map.entry(List.of("how", "long"),
          List.of("hoe", "lang")), Map.entry(List.of("how", "many"), List.of("hoeveel")),
      Map.entry(List.of("is", "there"), List.of("is", "er")), Map.entry(List.of("are", "there"), List.of("zijn", "er")),
      Map.entry(List.of("does", "it"), List.of("het")), Map.entry(List.of("do", "i"), List.of("ik")),
      // "whats on now", "what's happening now", "whats next": what is on
      Map.entry(List.of("on", "now"), List.of("er", "nu")), Map.entry(List.of("happening", "now"), List.of("er", "nu")),
      Map.entry(List.of("happening", "rn"), List.of("er", "nu")), Map.entry(List.of("on", "rn"), List.of("er", "nu")),
      Map.entry(List.of("whats", "next"), List.of("wat", "is", "hierna")),
      Map.entry(List.of("what", "next"), List.of("wat", "is", "hierna")),
      Map.entry(List.of("the", "event"), List.of("het")), Map.entry(List.of("the", "fair"), List.of("het")),
      Map.entry(List.of("the", "conference"), List.of("het")), Map.entry(List.of("the", "day"), List.of("het")));
  private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("when", "wanneer"),
      Map.entry("where", "waar"), Map.entry("who", "wie"), Map.entry("what", "wat"), Map.entry("the", "de"),
      Map.entry("end", "eindigt"), Map.entry("ends", "eindigt"), Map.entry("start", "begint"),
      Map.entry("starts", "begint"), Map.entry("begin", "begint"), Map.entry("begins", "begint"),
      Map.entry("speaks", "spreekt"), Map.entry("today", "vandaag"), Map.entry("now", "nu"), Map.entry("rn", "nu"),
      Map.entry("whats", "wat is"), Map.entry("close", "sluit"), Map.entry("closes", "sluit"),
      Map.entry("does", ""), Map.entry("next", "hierna"));

  private EnglishWords() {
  }

  static List<String> dutch(List<String> tokens) {
    if (tokens.isEmpty() || !STARTS.contains(tokens.get(0)) || tokens.stream().noneMatch(QUESTION::contains)
        && !(tokens.size() > 1 && PHRASES.containsKey(tokens.subList(0, 2)))) {
      return tokens;
    }
    List<String> dutch = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String> two = i + 1 < tokens.size() ? tokens.subList(i, i + 2) : List.of();
      if (PHRASES.containsKey(two)) {
        dutch.addAll(PHRASES.get(two));
        i++;
      } else {
        String word = WORDS.getOrDefault(tokens.get(i), tokens.get(i));
        if (!word.isEmpty()) {
          dutch.addAll(List.of(word.split(" "))); // "whats": "wat is"; "does" says nothing in Dutch
        }
      }
    }
    return dutch;
  }
}
