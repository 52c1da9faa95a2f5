package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Programme;

/**
 * Turns a Dutch question into an {@link Understanding}. Names from the programme, clock times and parts of the day
 * are found first and replaced by their slot ({@code <speaker>}, {@code <time>}, ...), the remaining words are
 * spell-corrected against the examples' vocabulary and stemmed, and the classifier sees only that shape, so it
 * learns how questions are asked rather than which names they contain. Thread-safe.
 */
public final class Understander {
  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
  private static final String SLOT_MARK = "slotmark";
  /** Stemmed words that add no question to a list of names: "en de lunch", "die van Breda". */
  private static final Set<String> FILLERS =
      Set.of("en", "de", "het", "een", "die", "dat", "van", "over", "dan", "nog", "ook", "bij", "met", "of");

  private final TextNormaliser normaliser = new TextNormaliser();
  private final DutchStemmer stemmer = new DutchStemmer();
  private final TimeExpressions times = new TimeExpressions();
  private final FuzzyWords fuzzy = new FuzzyWords();
  private final Vocabulary vocabulary;
  private final IntentClassifier classifier;
  private final double threshold;
  private final AtomicReference<ForProgramme> gazetteer = new AtomicReference<>();

  private Understander(Vocabulary vocabulary, IntentClassifier classifier, double threshold) {
    this.vocabulary = vocabulary;
    this.classifier = classifier;
    this.threshold = threshold;
  }

  /**
   * The version of how questions and examples are shaped for the classifier ({@link #shape}, the slots, the
   * spelling vocabulary). Bump it with every change to the shaping: it is part of the fingerprint that decides
   * whether a model trained earlier still fits this code.
   */
  public static final int SHAPING_VERSION = 1;

  /**
   * Trains the intent classifier on {@code examples}. Below {@code threshold} (0–1) a question's intent is
   * {@link Intent#UNKNOWN}. The one training path: the build uses it for the model in the jar, start-up when the
   * intents differ from it.
   */
  public static Understander train(IntentExamples examples, double threshold) {
    Map<Intent, List<List<String>>> marked = marked(examples);
    Understander shaper = new Understander(vocabulary(marked), null, threshold);
    Map<Intent, List<List<String>>> prepared = new EnumMap<>(Intent.class);
    marked.forEach((intent, docs) -> prepared.put(intent, docs.stream()
        .map(tokens -> shaper.shape(tokens, List.of(), new ArrayList<>())).toList()));
    return new Understander(shaper.vocabulary, IntentClassifier.train(prepared), threshold);
  }

  /**
   * An understander with a classifier and a vocabulary that {@link #train} made before (see {@link PretrainedModel},
   * which keeps both with the fingerprint of what they were made from).
   */
  static Understander trained(Vocabulary vocabulary, IntentClassifier classifier, double threshold) {
    return new Understander(vocabulary, classifier, threshold);
  }

  IntentClassifier classifier() {
    return classifier;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The examples as tokens, each slot a {@code slotmark<name>} token. */
  private static Map<Intent, List<List<String>>> marked(IntentExamples examples) {
    TextNormaliser normaliser = new TextNormaliser();
    Map<Intent, List<List<String>>> marked = new EnumMap<>(Intent.class);
    examples.examples().forEach((intent, lines) -> marked.put(intent, lines.stream()
        .map(line -> normaliser.tokens(SLOT.matcher(line).replaceAll(" " + SLOT_MARK + "$1 "))).toList()));
    return marked;
  }

  /** The examples' words (how often each occurs) and the day-part words: what typos are corrected to. */
  private static Vocabulary vocabulary(Map<Intent, List<List<String>>> marked) {
    List<String> words = new ArrayList<>();
    marked.values().forEach(docs -> docs.forEach(tokens -> tokens.stream()
        .filter(t -> !t.startsWith(SLOT_MARK)).forEach(words::add)));
    Stream.of(DayPart.values()).flatMap(p -> p.words().stream()).forEach(words::add);
    return new Vocabulary(words, new FuzzyWords());
  }

  public Understanding understand(String question, Programme programme) {
    List<String> tokens = normaliser.tokens(question);
    List<Gazetteer.Match> names = gazetteerFor(programme).find(tokens);
    List<Entity> entities = new ArrayList<>();
    List<String> shape = shape(tokens, names, entities);
    IntentClassifier.Scored scored = classifier.classify(shape);
    Intent intent = scored.confidence() >= threshold ? scored.intent() : Intent.UNKNOWN;
    boolean fragment = shape.stream().anyMatch(t -> t.startsWith("<"))
        && shape.stream().allMatch(t -> t.startsWith("<") || FILLERS.contains(t));
    return new Understanding(question, intent, scored.confidence(), List.copyOf(new LinkedHashSet<>(entities)),
        fragment);
  }

  /** The classifier's view of the question; collects the entities found on the way. */
  List<String> shape(List<String> tokens, List<Gazetteer.Match> names, List<Entity> entities) {
    String[] slotAt = new String[tokens.size()];
    boolean[] covered = new boolean[tokens.size()];
    for (TimeExpressions.Found time : times.find(tokens)) {
      entities.add(new Entity(EntityType.TIME, time.time().toString(),
          String.join(" ", tokens.subList(time.from(), time.to()))));
      mark(slotAt, covered, time.from(), time.to(), EntityType.TIME);
    }
    boolean[] time = covered.clone();
    for (Gazetteer.Match match : names) {
      if (time[match.from()] || time[match.to() - 1]) {
        continue;
      }
      entities.add(match.entity());
      mark(slotAt, covered, match.from(), match.to(), match.entity().type());
    }
    List<String> shape = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        if (slotAt[i] != null) {
          shape.add(slotAt[i]);
        }
        continue;
      }
      String token = tokens.get(i);
      if (token.startsWith(SLOT_MARK)) {
        shape.add("<" + token.substring(SLOT_MARK.length()) + ">");
        continue;
      }
      String word = vocabulary.correct(token);
      Optional<DayPart> part = DayPart.ofWord(word);
      if (part.isPresent()) {
        entities.add(new Entity(EntityType.PART, part.get().id(), token));
        if (part.get().standsForSession()) {
          shape.add(EntityType.SESSION.slotToken());
          continue;
        }
      }
      shape.add(stemmer.stem(word));
    }
    return shape;
  }

  private static void mark(String[] slotAt, boolean[] covered, int from, int to, EntityType type) {
    if (covered[from]) {
      return; // a second entity for the same words (two speakers named "Jan") adds no second slot
    }
    slotAt[from] = type.slotToken();
    for (int i = from; i < to; i++) {
      covered[i] = true;
    }
  }

  private Gazetteer gazetteerFor(Programme programme) {
    ForProgramme cached = gazetteer.get();
    if (cached != null && cached.programme() == programme) {
      return cached.gazetteer();
    }
    Gazetteer built = new Gazetteer(programme, normaliser, fuzzy, ordinaryWords());
    gazetteer.set(new ForProgramme(programme, built));
    return built;
  }

  private Set<String> ordinaryWords() {
    return vocabulary.words();
  }

  private record ForProgramme(Programme programme, Gazetteer gazetteer) {
  }
}
