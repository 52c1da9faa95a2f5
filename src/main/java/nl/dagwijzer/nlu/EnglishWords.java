package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question asked in English in a Dutch channel ("what time is the opening", "when does it end"): its question
 * words, the few words around them and the parts of a day people name in English ("prize giving", "tug of war") in
 * Dutch, so the rest (the names) is read as any question. Only when the question starts with an English question word
 * (or a short one ends with "when"), so a title with "the" or "who" in it is left alone.
 */
final class EnglishWords {
  private static final Set<String> STARTS = Set.of("what", "whats", "when", "whens", "where", "wheres", "who", "how",
      "is", "are", "does", "do");
  private static final Set<String> QUESTION = Set.of("what", "whats", "when", "whens", "where", "wheres", "who",
      "how");
  /** Question words that may also end a short English question: "jwst talk when", "laptop repair when". */
  private static final Set<String> LAST = Set.of("when", "where", "who");
  /** A Dutch question keeps its order, whatever word it ends with. */
  private static final Set<String> DUTCH_STARTS = Set.of("wie", "wat", "waar", "wanneer", "welke", "welk", "hoe",
      "hoeveel", "hoelaat", "is", "zijn", "kan", "mag", "moet", "wordt", "gaat", "staat");
  /** Longest first: three words before two, two before one. */
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
      Map.entry(List.of("the", "conference"), List.of("het")), Map.entry(List.of("the", "day"), List.of("het")),
      // the parts of a day people name in English
      Map.entry(List.of("tug", "of", "war"), List.of("touwtrekken")),
      Map.entry(List.of("prize", "giving"), List.of("prijsuitreiking")),
      Map.entry(List.of("award", "ceremony"), List.of("prijsuitreiking")),
      Map.entry(List.of("fashion", "show"), List.of("modeshow")), Map.entry(List.of("falconry", "show"),
          List.of("valkenshow")), Map.entry(List.of("falcon", "show"), List.of("valkenshow")),
      Map.entry(List.of("tractor", "ride"), List.of("trekkertocht")), Map.entry(List.of("boat", "trip"),
          List.of("boottocht")), Map.entry(List.of("bike", "tour"), List.of("fietstocht")),
      Map.entry(List.of("the", "time", "of"), List.of("hoe", "laat", "is")),
      Map.entry(List.of("the", "time", "for"), List.of("hoe", "laat", "is")));
  private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("when", "wanneer"),
      Map.entry("where", "waar"), Map.entry("who", "wie"), Map.entry("what", "wat"), Map.entry("the", "de"),
      Map.entry("end", "eindigt"), Map.entry("ends", "eindigt"), Map.entry("start", "begint"),
      Map.entry("starts", "begint"), Map.entry("begin", "begint"), Map.entry("begins", "begint"),
      Map.entry("speaks", "spreekt"), Map.entry("today", "vandaag"), Map.entry("now", "nu"), Map.entry("rn", "nu"),
      Map.entry("whats", "wat is"), Map.entry("close", "sluit"), Map.entry("closes", "sluit"),
      Map.entry("does", ""), Map.entry("next", "hierna"), Map.entry("whens", "wanneer is"),
      Map.entry("mayor", "burgemeester"), Map.entry("alderman", "wethouder"), Map.entry("bee", "bijen"),
      Map.entry("bees", "bijen"), Map.entry("talk", "lezing"), Map.entry("talks", "lezingen"),
      Map.entry("leave", "vertrekt"), Map.entry("leaves", "vertrekt"), Map.entry("closing", "afsluiting"),
      Map.entry("break", "pauze"), Map.entry("drinks", "borrel"), Map.entry("dinner", "diner"),
      Map.entry("breakfast", "ontbijt"), Map.entry("speaker", "spreker"), Map.entry("speakers", "sprekers"),
      Map.entry("repair", "reparatie"), Map.entry("kids", "kinderen"), Map.entry("children", "kinderen"),
      Map.entry("of", "van"), Map.entry("for", "voor"), Map.entry("free", "gratis"), Map.entry("room", "zaal"),
      Map.entry("wheres", "waar is"), Map.entry("campfire", "kampvuur"), Map.entry("tour", "rondleiding"),
      Map.entry("tours", "rondleidingen"), Map.entry("first", "eerste"), Map.entry("last", "laatste"),
      Map.entry("market", "markt"), Map.entry("music", "muziek"), Map.entry("auction", "veiling"),
      Map.entry("presentation", "presentatie"), Map.entry("law", "recht"), Map.entry("games", "spelen"),
      Map.entry("parking", "parkeren"), Map.entry("entrance", "ingang"), Map.entry("toilets", "toiletten"),
      Map.entry("price", "prijs"), Map.entry("prices", "prijzen"), Map.entry("ticket", "kaartje"),
      Map.entry("tickets", "kaartjes"), Map.entry("coffee", "koffie"),
      Map.entry("tea", "thee"), Map.entry("food", "eten"), Map.entry("shop", "winkel"), Map.entry("age", "leeftijd"),
      Map.entry("concert", "concert"), Map.entry("lecture", "lezing"), Map.entry("walk", "wandeling"),
      Map.entry("soup", "soep"), Map.entry("entry", "entree"), Map.entry("helmet", "helm"),
      Map.entry("members", "leden"), Map.entry("wheelchair", "rolstoel"), Map.entry("drink", "drankje"));

  private EnglishWords() {
  }

  /** An English word typed alone as the whole question: "next?" asks what comes next. */
  private static final Map<String, List<String>> ALONE = Map.of("next", List.of("wat", "is", "hierna"),
      "now", List.of("wat", "is", "er", "nu"), "schedule", List.of("wat", "is", "het", "programma"),
      "program", List.of("wat", "is", "het", "programma"), "programme", List.of("wat", "is", "het", "programma"));

  static List<String> dutch(List<String> typed) {
    if (typed.size() == 1 && ALONE.containsKey(typed.get(0))) {
      return ALONE.get(typed.get(0));
    }
    List<String> tokens = typed;
    if (typed.size() >= 2 && !STARTS.contains(typed.get(0)) && !DUTCH_STARTS.contains(typed.get(0))
        && LAST.contains(typed.get(typed.size() - 1))) {
      // "jwst talk when": the question word to the front, as "wanneer jwst talk"
      tokens = new ArrayList<>(typed.subList(typed.size() - 1, typed.size()));
      tokens.addAll(typed.subList(0, typed.size() - 1));
    }
    if (tokens.isEmpty() || !STARTS.contains(tokens.get(0)) || tokens.stream().noneMatch(QUESTION::contains)
        && !(tokens.size() > 1 && PHRASES.containsKey(tokens.subList(0, 2)))) {
      return tokens;
    }
    List<String> dutch = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String> three = i + 2 < tokens.size() ? tokens.subList(i, i + 3) : List.of();
      List<String> two = i + 1 < tokens.size() ? tokens.subList(i, i + 2) : List.of();
      if (PHRASES.containsKey(three)) {
        dutch.addAll(PHRASES.get(three));
        i += 2;
      } else if (PHRASES.containsKey(two)) {
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
