package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.dagwijzer.nlu.Quantities;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * The sentences of every session's description (summary and details), by the words in them, so finding the sentence
 * that has a question's word does not read every description again for every question.
 */
final class DescriptionIndex {
  private static final TextNormaliser NORMALISER = new TextNormaliser();
  private static final Quantities QUANTITIES = new Quantities();
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
  /** Every sentence of the sessions' descriptions, in programme order. */
  private final List<Sentence> all = new ArrayList<>();
  /** Each sentence of the day's and the sessions' descriptions, normalised once rather than on every question. */
  private final Map<String, String> normalised = new HashMap<>();
  private final Map<String, List<String>> tokensOf = new HashMap<>();
  /** "De video duurt tien minuten." in the description of a video in a block of 15: its own length, said. */
  private final Map<Session, LengthSaid> lengthSaid = new HashMap<>();

  /** The day's groups by their ages ("Kikkers (4-6 jaar)"), read once per programme ({@link AgeRanges#groups}). */
  private final Map<String, AgeRanges.Range> ageGroups;

  /** A sentence that says how many minutes its session lasts. */
  private record LengthSaid(String text, int minutes) {
  }

  DescriptionIndex(Programme programme) {
    int order = 0;
    for (Session session : programme.sessions()) {
      // (titles too: a kind asked by its titles' word reads every title, WordNarrowing.narrowed)
      tokensOf.putIfAbsent(session.title(), NORMALISER.tokens(session.title()));
      for (String text : sentences(session)) {
        List<String> read = NORMALISER.tokens(text);
        // the infinitives a separable verb makes are words of the sentence too, after its own
        java.util.Set<String> infinitives = nl.dagwijzer.nlu.SeparableVerbs.allOf(read);
        normalised.put(text, withInfinitives(NORMALISER.normalise(text), infinitives));
        List<String> tokens = infinitives.isEmpty() ? read
            : java.util.stream.Stream.concat(read.stream(), infinitives.stream()).toList();
        tokensOf.put(text, tokens); // a sentence's own words, with its infinitives, over a title's
        Sentence sentence = new Sentence(session, text, tokens, order++);
        all.add(sentence);
        new LinkedHashSet<>(tokens).forEach(t -> byKey.computeIfAbsent(key(t), k -> new ArrayList<>()).add(sentence));
      }
    }
    sentences(programme.event().summary()).forEach(text -> normalised.put(text,
        withInfinitives(NORMALISER.normalise(text), nl.dagwijzer.nlu.SeparableVerbs.allOf(NORMALISER.tokens(text)))));
    for (Session session : programme.sessions()) {
      if (session.durationMinutes().isEmpty()) {
        ownLength(session).ifPresent(sentence -> lengthSaid.put(session, sentence));
      }
    }
    ageGroups = AgeRanges.groups(programme);
  }

  /** {@link AgeRanges#groups} of this programme. */
  Map<String, AgeRanges.Range> ageGroups() {
    return ageGroups;
  }

  /** How long {@code session} lasts: as its description says it, when it does, else as the programme's times do. */
  int minutes(Session session) {
    LengthSaid said = lengthSaid.get(session);
    return said == null ? session.lengthMinutes() : said.minutes();
  }

  /** The sentence of {@code session}'s description that says how long it lasts, if one does. */
  Optional<String> lengthSentence(Session session) {
    return Optional.ofNullable(lengthSaid.get(session)).map(LengthSaid::text);
  }

  private static final Set<String> LASTS = Set.of("duurt", "duren");
  private static final Set<String> EACH = Set.of("elke", "iedere", "per", "elk", "ieder");

  /**
   * The one sentence that says the session itself lasts a length: its subject is one of the session's own words
   * ("De video duurt tien minuten." of "Terugblikvideo", alias "video"); "Elke pitch duurt zeven minuten." is a part's.
   */
  private Optional<LengthSaid> ownLength(Session session) {
    Set<String> own = new java.util.HashSet<>(NORMALISER.tokens(session.title()));
    session.aliases().forEach(alias -> own.addAll(NORMALISER.tokens(alias)));
    List<LengthSaid> saying = new ArrayList<>();
    for (String text : sentences(session)) {
      List<String> tokens = tokensOf.get(text);
      int verb = tokens == null ? -1 : IntStream.range(0, tokens.size())
          .filter(i -> LASTS.contains(tokens.get(i))).findFirst().orElse(-1);
      if (verb <= 0 || verb > 3 || tokens.subList(0, verb).stream().anyMatch(EACH::contains)
          || tokens.subList(0, verb).stream().noneMatch(own::contains)) {
        continue;
      }
      QUANTITIES.find(tokens).lengths().stream()
          .filter(l -> l.from() > verb && l.comparison() == Quantities.Comparison.EQUAL)
          .findFirst().ifPresent(l -> saying.add(new LengthSaid(text, l.minutes())));
    }
    return saying.size() == 1 ? Optional.of(saying.get(0)) : Optional.empty();
  }

  /** Whether {@code sentence}, normalised, has each of {@code words} (also inside a longer word). */
  boolean hasAll(String sentence, java.util.Collection<String> words) {
    String normal = normalised(sentence);
    String joined = null;
    for (String word : words) {
      if (normal.contains(word)) {
        continue;
      }
      // "hightea" of "High tea €24,50": a longer word the text writes apart (the sentence joined once, on this path
      // only: it runs for every sentence a question's words are looked for in)
      if (word.length() < JOINED) {
        return false;
      }
      joined = joined == null ? normal.replace(" ", "") : joined;
      if (!joined.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** The shortest word looked for with the text's spaces left out, so two short words do not join by chance. */
  private static final int JOINED = 7;

  /** "schrijf je in op de lijst" also has "inschrijven", the word a question uses ({@link SeparableVerbs}). */
  private static String withInfinitives(String normal, java.util.Set<String> infinitives) {
    return infinitives.isEmpty() ? normal : normal + " " + String.join(" ", infinitives);
  }

  /** {@code sentence} (one of {@link #sentences}) as {@link TextNormaliser#normalise} writes it. */
  String normalised(String sentence) {
    String known = normalised.get(sentence);
    return known != null ? known : NORMALISER.normalise(sentence);
  }

  /** {@code sentence} (one of {@link #sentences}) as {@link TextNormaliser#tokens} splits it. */
  List<String> tokens(String sentence) {
    List<String> known = tokensOf.get(sentence);
    return known != null ? known : NORMALISER.tokens(sentence);
  }

  /**
   * The sentences with a word that starts like {@code word} (its first five letters, normalised), in programme
   * order: the only ones a pattern that asks for that word can match.
   */
  List<Sentence> startingLike(String word) {
    boolean plain = !word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    List<String> tokens = plain ? List.of(word) : NORMALISER.tokens(word);
    return tokens.isEmpty() ? List.of() : byKey.getOrDefault(key(tokens.get(0)), List.of());
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

  /** Every sentence of the sessions' descriptions in programme order, split once rather than on every question. */
  List<Sentence> all() {
    return java.util.Collections.unmodifiableList(all);
  }

  /** The first sentence that has {@code word} itself ("danspartner", not "danspasjes"), of any session. */
  Optional<Sentence> withWord(String word) {
    return byKey.getOrDefault(key(word), List.of()).stream().filter(s -> s.tokens().contains(word))
        .min(Comparator.comparingInt(Sentence::order));
  }

  /** The first sentence that has every one of {@code words}, of any session. */
  Optional<Sentence> withAll(List<String> words) {
    return allWithAll(words).stream().findFirst();
  }

  /** Every sentence that has every one of {@code words}, in the order of the programme. */
  List<Sentence> allWithAll(List<String> words) {
    Set<String> distinct = new LinkedHashSet<>(words);
    return scores(distinct, List.of()).entrySet().stream().filter(e -> e.getValue() == distinct.size())
        .map(Map.Entry::getKey).sorted(Comparator.comparingInt(Sentence::order)).toList();
  }

  /** How many of {@code words} each sentence (of a session in {@code among}, or of any when empty) has. */
  private Map<Sentence, Integer> scores(java.util.Collection<String> words, List<Session> among) {
    Map<Sentence, Integer> score = new HashMap<>();
    for (String asked : words) {
      Set<Sentence> having = new LinkedHashSet<>();
      for (String word : forms(asked)) {
        for (Sentence sentence : byKey.getOrDefault(key(word), List.of())) {
          if ((among.isEmpty() || among.contains(sentence.session())) && mentions(sentence.tokens(), word)) {
            having.add(sentence);
          }
        }
      }
      having.forEach(sentence -> score.merge(sentence, 1, Integer::sum));
    }
    return score;
  }

  /** A word and, for a plural in "-eren", its singular: "kinderen" is "kind", "liederen" "lied". */
  private static List<String> forms(String word) {
    return word.length() >= 7 && word.endsWith("eren") ? List.of(word, word.substring(0, word.length() - 4))
        : List.of(word);
  }

  private static String key(String token) {
    return token.length() >= SHARED_START ? token.substring(0, SHARED_START) : token;
  }

  /** Whether one of {@code tokens} is {@code word}, or shares its first five letters and about its length. */
  static boolean mentions(List<String> tokens, String word) {
    for (String token : tokens) {
      if (token.equals(word) || token.length() >= SHARED_START && word.length() >= SHARED_START
          && token.regionMatches(0, word, 0, SHARED_START) && (Math.abs(token.length() - word.length()) <= 3
          && inflection(token, word) || word.length() > SHARED_START && token.startsWith(word))) { // "publieksprijs"
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two words that start alike differ only in their ending ("vertrekt", "vertrekken"; "digitaal",
   * "digitale"), not in a second part ("buurtbus", "buurthuis").
   */
  private static boolean inflection(String one, String other) {
    int shared = 0;
    while (shared < one.length() && shared < other.length() && one.charAt(shared) == other.charAt(shared)) {
      shared++;
    }
    return shared >= Math.min(one.length(), other.length()) - 2;
  }

  /** A session's summary, sentence by sentence, and its details. */
  static List<String> sentences(Session session) {
    List<String> sentences = new ArrayList<>(sentences(session.summary()));
    sentences.addAll(session.details());
    return sentences;
  }

  /** A text, the day's or a session's summary, sentence by sentence. */
  static List<String> sentences(String text) {
    return Sentences.of(text);
  }
}
