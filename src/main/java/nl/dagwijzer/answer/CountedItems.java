package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Quantities;
import nl.dagwijzer.programme.Session;

/**
 * "welke startups pitchen in ronde 1?" when the description says "Acht startups ... pitchen" and, in another sentence,
 * "De volgorde is: Zorgmaatje, Leerlift, ... en KlasKompas.": the sentence that lists as many as the number said.
 */
final class CountedItems {
  private static final int FEW = 3;

  private CountedItems() {
  }

  /** The listing sentence of the session the quote is from, quoted, unless {@code reply} already has it; or empty. */
  static Optional<String> listing(Answering a, String quote, String reply) {
    List<String> words = a.query().textWords();
    for (Session session : a.sessions().stream().limit(FEW).toList()) {
      if (!quote.contains(DutchText.name(session))) {
        continue;
      }
      for (String said : DescriptionIndex.sentences(session)) {
        Optional<Integer> number = counted(a, said, words);
        if (number.isEmpty()) {
          continue;
        }
        for (String sentence : DescriptionIndex.sentences(session)) {
          if (!sentence.equals(said) && items(sentence) == number.get() && !reply.contains(sentence)) {
            return Optional.of(Descriptions.quoted(session, sentence));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The number a sentence puts right before one of {@code words}: "Acht startups" is 8. */
  private static Optional<Integer> counted(Answering a, String sentence, List<String> words) {
    List<String> tokens = a.index().descriptions().tokens(sentence);
    for (int k = 1; k < tokens.size(); k++) {
      if (words.contains(tokens.get(k))) {
        Optional<Integer> n = Quantities.count(tokens.get(k - 1));
        if (n.isPresent() && n.get() >= FEW) {
          return n;
        }
      }
    }
    return Optional.empty();
  }

  /** How many items a sentence lists after its colon: "A, B, C en D" is 4; 0 when it lists none. */
  static int items(String sentence) {
    int colon = sentence.indexOf(':');
    if (colon < 0) {
      return 0;
    }
    String list = sentence.substring(colon + 1).strip().replaceAll("\\.$", "");
    String[] parts = list.split(",\\s*|\\s+en\\s+");
    return parts.length >= FEW ? parts.length : 0;
  }
}
