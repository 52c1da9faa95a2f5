package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Session;

/**
 * A question may ask what only a session's description says ("moet ik een laptop meenemen?", "hoeveel plekken zijn
 * er bij de workshop?"): the sentence of the description that has the question's words, quoted as it is written.
 */
final class Descriptions {
  private static final TextNormaliser NORMALISER = new TextNormaliser();
  private static final String PREFIX = "tekst:";
  /** A word and a written form share this many letters at the start to count as one ("laptop", "laptops"). */
  private static final int SHARED_START = 5;

  private Descriptions() {
  }

  /**
   * "Uit de beschrijving van ‘X’: Neem een laptop mee." for the sessions asked about, or the one or two that say it
   * ({@code nameless}: the only one, for a question that names nothing the programme has).
   */
  static Optional<String> quote(Answering a, boolean nameless) {
    List<String> words = a.query().all(Condition.Detail.class).stream().map(Condition.Detail::word)
        .filter(w -> w.startsWith(PREFIX)).map(w -> w.substring(PREFIX.length())).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Session> asked = a.selection().named() && a.sessions().size() <= 3 ? a.sessions() : List.of();
    List<String> quotes = quotes(asked, words);
    if (quotes.isEmpty() && asked.isEmpty()) {
      List<String> anywhere = quotes(a.programme().sessions(), words);
      quotes = anywhere.size() <= (nameless ? 1 : 2) ? anywhere : List.of();
    }
    return quotes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", quotes));
  }

  private static List<String> quotes(List<Session> sessions, List<String> words) {
    List<String> quotes = new ArrayList<>();
    for (Session session : sessions) {
      sentences(session).stream().filter(sentence -> mentions(sentence, words)).findFirst()
          .ifPresent(sentence -> quotes.add("Uit de beschrijving van " + DutchText.name(session) + ": " + sentence));
    }
    return quotes;
  }

  private static List<String> sentences(Session session) {
    List<String> sentences = new ArrayList<>();
    if (!session.summary().isBlank()) {
      sentences.addAll(List.of(session.summary().strip().split("(?<=[.!?])\\s+")));
    }
    sentences.addAll(session.details());
    return sentences;
  }

  private static boolean mentions(String sentence, List<String> words) {
    for (String token : NORMALISER.tokens(sentence)) {
      for (String word : words) {
        if (token.equals(word) || token.length() >= SHARED_START && word.length() >= SHARED_START
            && token.regionMatches(0, word, 0, SHARED_START)
            && Math.abs(token.length() - word.length()) <= 3) {
          return true;
        }
      }
    }
    return false;
  }
}
