package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * "is de kennistoets op papier?" when its text says "De toets is digitaal", "is het een zittende lunch?" against "een
 * staande lunch", "is het gesprek openbaar?" against "besloten": a word the programme does not use, where a sentence
 * says the alternative that rules it out, is a no with that sentence. "krijgt de winnaar geld?" where the prize is
 * "€ 2.500" is a yes.
 */
final class Alternatives {
  /** Each word with the beginnings of the words that rule it out. */
  private static final Map<String, List<String>> RULED_OUT = Map.ofEntries(
      Map.entry("papier", List.of("digitaal", "digitale", "online", "laptop", "computer", "telefoon", "app")),
      Map.entry("computer", List.of("papier")), Map.entry("laptop", List.of("papier")),
      Map.entry("digitaal", List.of("papier")), Map.entry("online", List.of("papier")),
      Map.entry("zittend", List.of("staand")), Map.entry("staand", List.of("zittend")),
      Map.entry("openbaar", List.of("besloten")), Map.entry("besloten", List.of("openbaar")),
      Map.entry("weekend", List.of("werkdagen", "doordeweeks")),
      Map.entry("binnen", List.of("buiten")), Map.entry("buiten", List.of("binnen")),
      Map.entry("gasaansluiting", List.of("gasloos", "aardgasvrij")));
  /** Words a sum of money in a sentence says yes to. */
  private static final List<String> MONEY = List.of("geld", "geldprijs", "prijzengeld");

  private Alternatives() {
  }

  static Optional<Written> answer(Answering a, String words, List<Session> among) {
    for (String asked : words.split(" ")) {
      String word = asked.endsWith("e") && RULED_OUT.containsKey(asked.substring(0, asked.length() - 1))
          ? asked.substring(0, asked.length() - 1) : asked;
      if (MONEY.contains(word)) {
        Optional<Written> paid = first(a, among, tokens -> tokens.stream()
            .anyMatch(t -> t.startsWith("€") || t.equals("euro")), "Ja, ");
        if (paid.isPresent()) {
          return paid;
        }
      }
      List<String> others = RULED_OUT.get(word);
      if (others != null) {
        Optional<Written> ruled = first(a, among, tokens -> tokens.stream()
            .anyMatch(t -> others.stream().anyMatch(t::startsWith)), "Nee, ");
        if (ruled.isPresent()) {
          return ruled;
        }
      }
    }
    return Optional.empty();
  }

  /** The first sentence that {@code says}, of the sessions asked about; of none, the day's, else any session's. */
  private static Optional<Written> first(Answering a, List<Session> among,
                                         java.util.function.Predicate<List<String>> says, String yesOrNo) {
    return FirstSaying.find(a, among, true, sentence -> says.test(a.index().descriptions().tokens(sentence)
        .stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())).map(hit -> hit.reply(yesOrNo));
  }
}
