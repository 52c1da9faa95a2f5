package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * The sentences of every session's description (summary and details), by the words in them, so finding the sentence
 * that has a question's word does not read every description again for every question.
 */
final class DescriptionIndex {
  private static final TextNormaliser NORMALISER = new TextNormaliser();
  /** A word and a written form share this many letters at the start to count as one ("laptop", "laptops"). */
  private static final int SHARED_START = 5;

  /** One sentence; {@code order} is its place in the programme, so the first sentence of a session comes first. */
  record Sentence(Session session, String text, List<String> tokens, int order) {
    // Written out for the reason given on Session's: no run-time generated classes on first use.
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Sentence other && order == other.order && session.equals(other.session)
          && text.equals(other.text) && tokens.equals(other.tokens);
    }

    @Override
    public int hashCode() {
      return Objects.hash(session, text, tokens, order);
    }
  }

  private final Map<String, List<Sentence>> byKey = new HashMap<>();

  DescriptionIndex(Programme programme) {
    int order = 0;
    for (Session session : programme.sessions()) {
      for (String text : sentences(session)) {
        List<String> tokens = NORMALISER.tokens(text);
        Sentence sentence = new Sentence(session, text, tokens, order++);
        new LinkedHashSet<>(tokens).forEach(t -> byKey.computeIfAbsent(key(t), k -> new ArrayList<>()).add(sentence));
      }
    }
  }

  /**
   * Of each session (in {@code among}, or any when empty), its first sentence with the most of {@code words}; only
   * sentences with as many of the words as the best one ("waarop beoordeelt de jury?" is the sentence with both).
   */
  Map<Session, String> having(List<String> words, List<Session> among) {
    Map<Sentence, Integer> score = scores(words, among);
    int best = score.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Sentence> found = new ArrayList<>(score.keySet().stream().filter(s -> score.get(s) == best).toList());
    found.sort(Comparator.comparingInt(Sentence::order));
    Map<Session, String> first = new LinkedHashMap<>();
    found.forEach(s -> first.putIfAbsent(s.session(), s.text()));
    return first;
  }

  /** The first sentence that has {@code word} itself ("danspartner", not "danspasjes"), of any session. */
  java.util.Optional<Sentence> withWord(String word) {
    return byKey.getOrDefault(key(word), List.of()).stream().filter(s -> s.tokens().contains(word))
        .min(Comparator.comparingInt(Sentence::order));
  }

  /** The first sentence that has every one of {@code words}, of any session. */
  java.util.Optional<Sentence> withAll(List<String> words) {
    java.util.Set<String> distinct = new LinkedHashSet<>(words);
    return scores(distinct, List.of()).entrySet().stream().filter(e -> e.getValue() == distinct.size())
        .map(Map.Entry::getKey).min(Comparator.comparingInt(Sentence::order));
  }

  /** How many of {@code words} each sentence (of a session in {@code among}, or of any when empty) has. */
  private Map<Sentence, Integer> scores(java.util.Collection<String> words, List<Session> among) {
    Map<Sentence, Integer> score = new HashMap<>();
    for (String word : words) {
      for (Sentence sentence : new LinkedHashSet<>(byKey.getOrDefault(key(word), List.of()))) {
        if ((among.isEmpty() || among.contains(sentence.session())) && mentions(sentence.tokens(), word)) {
          score.merge(sentence, 1, Integer::sum);
        }
      }
    }
    return score;
  }

  private static String key(String token) {
    return token.length() >= SHARED_START ? token.substring(0, SHARED_START) : token;
  }

  /** Whether one of {@code tokens} is {@code word}, or shares its first five letters and about its length. */
  static boolean mentions(List<String> tokens, String word) {
    for (String token : tokens) {
      if (token.equals(word) || token.length() >= SHARED_START && word.length() >= SHARED_START
          && token.regionMatches(0, word, 0, SHARED_START) && Math.abs(token.length() - word.length()) <= 3) {
        return true;
      }
    }
    return false;
  }

  /** A session's summary, sentence by sentence, and its details. */
  static List<String> sentences(Session session) {
    List<String> sentences = new ArrayList<>(sentences(session.summary()));
    sentences.addAll(session.details());
    return sentences;
  }

  /** A text, the day's or a session's summary, sentence by sentence. */
  static List<String> sentences(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("(?<=[.!?])\\s+"));
  }
}
