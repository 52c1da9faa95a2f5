package nl.dagwijzer.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;

/**
 * What only a description says, quoted beside the answer written from the programme: each sentence once, and a "Ja"
 * turned into "Nee" when the one sentence quoted says no ("niet gratis").
 */
final class QuotedBeside {
  /** Questions a sentence of a description can help answer. */
  private static final Set<Asked> QUOTED = EnumSet.of(Asked.TIME, Asked.PEOPLE, Asked.PERSON, Asked.CONTENT,
      Asked.DURATION, Asked.ROOM, Asked.LIST, Asked.COUNT, Asked.YESNO, Asked.UNKNOWN);

  private QuotedBeside() {
  }

  static Written add(Answering a, Asked asked, Written written) {
    // each quoted sentence once: not the ones the answer already gives
    Optional<String> quote = (QUOTED.contains(asked) ? Descriptions.quote(a, asked == Asked.UNKNOWN)
        : Optional.<String>empty()).map(q -> String.join("\n", java.util.Arrays.stream(q.split("\n"))
        .filter(line -> !written.text().contains(quotedSentence(line))).toList()));
    if (quote.isEmpty() || quote.get().isEmpty()) {
      return written;
    }
    if (asked == Asked.UNKNOWN) {
      // nothing answers it directly, but a description has its words: say so, and quote it
      return Written.text("Dat staat niet letterlijk in het programma, maar dit wel:\n" + quote.get());
    }
    List<String> words = a.query().all(Detail.class).stream().flatMap(d -> d.text().stream()).toList();
    if (asked == Asked.YESNO && written.text().startsWith("Ja, ") && quote.get().startsWith("Uit ")
        && quote.get().split("\n").length == 1
        && Clauses.negated(quotedSentence(quote.get()), words).orElse(false)) {
      // "is het eten ook gratis?" when the description of the food says "niet gratis": no, and where it says so
      return new Written("Nee, " + DutchText.lowerFirst(quote.get()), written.overview(), written.turnedTo());
    }
    return new Written(written.text() + "\n" + quote.get(), written.overview(), written.turnedTo());
  }

  /** The sentence of "Uit de beschrijving van ‘Verwenbehandeling: handmassage’: <sentence>", past the title. */
  private static String quotedSentence(String line) {
    int title = line.indexOf("’: ");
    return title >= 0 ? line.substring(title + 3) : line.substring(line.indexOf(": ") + 2);
  }
}
