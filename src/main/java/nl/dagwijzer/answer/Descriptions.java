package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * A question may ask what only a session's description says ("moet ik een laptop meenemen?", "hoeveel plekken zijn
 * er bij de workshop?"): the sentence of the description that has the question's words, quoted as it is written.
 */
final class Descriptions {
  private Descriptions() {
  }

  /**
   * "Uit de beschrijving van ‘X’: Neem een laptop mee." for the sessions asked about, or the one or two that say it
   * ({@code nameless}: the only one, for a question that names nothing the programme has).
   */
  static Optional<String> quote(Answering a, boolean nameless) {
    List<String> words = a.query().all(Detail.class).stream().flatMap(d -> d.text().stream()).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Session> asked = a.selection().named() && a.sessions().size() <= 3 ? a.sessions() : List.of();
    Map<Session, String> found = asked.isEmpty() ? Map.of() : a.index().descriptions().having(words, asked);
    if (found.isEmpty() && asked.isEmpty()) {
      Map<Session, String> anywhere = a.index().descriptions().having(words, List.of());
      found = anywhere.size() <= (nameless ? 1 : 2) ? anywhere : Map.of();
    }
    List<String> quotes = new ArrayList<>();
    found.forEach((session, sentence) -> quotes.add("Uit de beschrijving van " + DutchText.name(session) + ": "
        + sentence));
    return quotes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", quotes));
  }
}
