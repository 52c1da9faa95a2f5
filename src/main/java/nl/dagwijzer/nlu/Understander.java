package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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
  /** "hoeveel mensen hebben zich aangemeld?": what has happened since the programme was written, no count in it. */
  private static final Set<String> HAPPENED = Set.of("aangemeld", "ingeschreven", "opgegeven", "gestemd", "gekomen");
  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
  private static final String SLOT_MARK = "slotmark";
  /**
   * Stemmed words that add no question to a list of names: "en de lunch", "die van Breda"; and words a bare name may
   * have around it and still be just that name ("robot demo?": the demonstration).
   */
  private static final Set<String> FILLERS =
      Set.of("en", "in", "de", "het", "een", "die", "dat", "van", "over", "dan", "nog", "ook", "bij", "met", "of",
          "demo", "demonstratie", "vor"); // "en voor de jo11?" (the stem of "voor"); "en in de theetuin?"

  private final TextNormaliser normaliser = new TextNormaliser();
  private final DutchStemmer stemmer = new DutchStemmer();
  private final TimeExpressions times = new TimeExpressions();
  private final FuzzyWords fuzzy = new FuzzyWords();
  private final Vocabulary vocabulary;
  private final IntentClassifier classifier;
  private final double threshold;
  private final ConditionReader conditions;
  private final QueryReader queries = new QueryReader();
  private final AtomicReference<ForProgramme> cache = new AtomicReference<>();

  private Understander(Vocabulary vocabulary, IntentClassifier classifier, double threshold) {
    this.vocabulary = vocabulary;
    this.conditions = new ConditionReader(vocabulary.words()::contains);
    this.classifier = classifier;
    this.threshold = threshold;
  }

  /**
   * The version of how questions and examples are shaped for the classifier ({@link #shape}, the slots, the
   * spelling vocabulary). Bump it with every change to the shaping: it is part of the fingerprint that decides
   * whether a model trained earlier still fits this code.
   */
  public static final int SHAPING_VERSION = 3;

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
        .map(tokens -> shaper.shape(tokens, shaper.general(tokens))).toList()));
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
    Stream.of(DayPeriod.values()).flatMap(p -> p.words().stream()).forEach(words::add);
    return new Vocabulary(words, new FuzzyWords());
  }

  /**
   * The reading of {@code question} on {@code programme}. It depends on nothing else, so the readings of the last
   * questions asked about a programme are remembered (a day's attendees ask the same questions again and again; the
   * conversation and the clock come in only when the reading is answered).
   */
  public Understanding understand(String question, Programme programme) {
    return forProgramme(programme).readings().apply(question);
  }

  private Understanding read(String question, ForProgramme day) {
    Set<String> capitalised = capitalised(question);
    List<String> tokens = QuestionWords.of(normaliser.tokens(question), day, vocabulary.words()::contains);
    List<Span> spans = day.finder().find(tokens, capitalised);
    List<String> slipsRead = day.slips().corrected(tokens, spans, capitalised);
    if (slipsRead != tokens) {
      tokens = slipsRead; // "wie speelt er pieano?": found again with the programme's word
      spans = day.finder().find(tokens, capitalised);
    }
    spans = DayHours.shift(tokens, OrganiserWord.mark(tokens, spans, day.programme()), day.programme()); // "half 8"
    List<String> shape = shape(tokens, spans);
    IntentClassifier.Scored scored = classifier.classify(shape);
    Intent intent = PersonalForm.of(scored.confidence() >= threshold ? scored.intent() : Intent.UNKNOWN, tokens);
    boolean fragment = shape.stream().anyMatch(t -> t.startsWith("<"))
        && shape.stream().allMatch(t -> t.startsWith("<") || FILLERS.contains(t)) || GroupWord.alone(tokens);
    spans = ModifiedNames.drop(tokens, AudienceWord.drop(spans, day.programme()), day.programme());
    List<Entity> entities = List.copyOf(new LinkedHashSet<>(spans.stream().map(Span::entity).toList()));
    boolean outOfScope = OutOfScope.is(scored, tokens, spans);
    List<Condition> read = conditions.read(tokens, spans);
    GroupSize.asked(tokens).ifPresent(read::add); // "mag een team uit 8 personen bestaan?", "mag ik 3 dingen mee?"
    MostCounted.of(tokens).ifPresent(read::add); // "bij welke keuring zijn de meeste veulens ingeschreven?"
    LabelledItem.of(tokens).ifPresent(read::add); // "hoe laat gaat golf 2?", "de tweede startgolf"
    Optional<Detail> measure = MeasureAsked.add(tokens, read); // "kan een kind van 1,25 meter in de Mijnwerker?"
    Optional<Detail> phone = PhoneAsked.of(tokens); // "wie moet ik bellen als ik te laat ben?"
    phone.filter(p -> read.stream().noneMatch(c -> c instanceof Detail d && d.contact().isPresent()))
        .ifPresent(read::add);
    // "welke tafel sluit als laatste?", "tot hoe laat kan ik schaatsen huren?", "wat moet ik aantrekken?", "kan mijn
    // dochter van 6 alleen naar de workshop?", "kan ik op slippers ...?", "mogen ouders in de pitarea komen?", "waar
    // mag mijn hond niet bij zijn?"
    java.util.stream.Stream.of(EndOrder.of(tokens), LatestAsked.of(tokens), WearAsked.of(tokens),
        AccompanyAsked.of(tokens), ItemKind.of(tokens), AllowedGroup.of(tokens), NotAllowedAsked.of(tokens))
        .flatMap(Optional::stream).forEach(read::add);
    Optional<Detail> price = PriceOrder.of(tokens); // "welke afstand is het duurst?"
    price.ifPresent(read::add);
    AbilityVerb.of(tokens).ifPresent(read::add); // "mag ik zelf een aannemer kiezen?"
    Optional<Detail> weather = WeatherAsked.of(tokens); // "gaat de wandeling door als het regent?"
    weather.ifPresent(read::add);
    boolean contactOfSpeaker = read.stream().anyMatch(c -> c instanceof Detail d
        && d.contact().isPresent()) && spans.stream().anyMatch(s -> s.entity().type() == EntityType.SPEAKER);
    boolean service = PracticalMatters.asked(tokens, spans, day.words());
    List<Condition> described = TextWords.of(tokens, spans, day.words(), day.dayWords(), vocabulary);
    // "is de voedselbank er ook?": words the programme's descriptions use make a yes/no question one about them
    // ("moet ik mijn telefoon meenemen?": what to bring is said by a description, also of a thing a title names)
    boolean bringing = read.stream().anyMatch(c -> c instanceof Detail d && d.word().startsWith("meenemen:"));
    boolean yesNoOnText = (!described.isEmpty() || bringing) && YesNoForm.isYesNo(tokens) && !service;
    // "wanneer is de volgende wijkavond?" sounds out of scope, but the reply should say the programme is this day only
    List<Condition> another = KeptBeyondScope.of(read, price, weather, measure, phone);
    boolean prize = PrizeWords.addAsked(tokens, read, another); // "is er een prijs voor de quiz?"
    KeptBeyondScope.addNamed(tokens, spans, read, another);
    boolean pricedKind = PriceOrder.amongNamed(price, tokens, spans); // which of them, not what the day costs
    Query query = (outOfScope || service) && !contactOfSpeaker && !yesNoOnText && !pricedKind
        ? Query.of(!another.isEmpty() && QuestionForm.asksWhen(tokens) ? Asked.DATE
        : AskersTime.capacity(tokens) && tokens.contains("hoeveel") && tokens.stream().noneMatch(HAPPENED::contains)
        ? Asked.COUNT : Asked.UNKNOWN)
        .withConditions(another) : queries.read(intent, tokens, spans, read);
    // "gaat de wandeling door als het regent?" asks yes or no, on a day whose texts speak of the weather
    boolean weatherSaid = day.words().contains("regen") || day.words().contains("weer");
    if (weather.filter(w -> w.word().endsWith(":ja-nee")).isPresent() && query.asked() == Asked.UNKNOWN
        && weatherSaid) {
      query = query.withAsked(Asked.YESNO);
    }
    query = pricedKind ? PriceOrder.priced(query) : query;
    Optional<String> property = PropertyWords.of(tokens);
    query = AgeList.read(query, tokens, property); // "mijn dochter is 12, wat kan zij doen?"
    query = NotAllowedAsked.listed(query); // "waar mag mijn hond niet komen?" lists where
    if (query.asked() == Asked.UNKNOWN && prize) {
      query = query.withAsked(Asked.YESNO); // "is er een prijs voor de quiz?": yes where a description gives one
    }
    // "is de soep glutenvrij?" when nothing says glutenvrij: the other words ("soep") quote no answer to it
    // (but "hoe laat gaan de deuren van de zaal open?" is a time a description may give: "De zaal gaat om 19:25 open")
    // (nor "wat kost optie A?", a property whose answer says what there is instead)
    List<Condition> quotable = service && query.asked() == Asked.UNKNOWN && !QuestionForm.asksDoorsOpen(tokens)
        && property.isEmpty() && !TextWords.facility(tokens, described) ? List.of() : described;
    query = LaterReadings.read(query, tokens, spans, entities, quotable, yesNoOnText, property, day,
        vocabulary.words()::contains);
    return new Understanding(question, intent, scored.confidence(), entities, fragment, query);
  }

  /** The query for a request whose intent is already known (a slash command), about {@code entities}. */
  public Query query(Intent intent, List<Entity> entities) {
    List<Span> spans = entities.stream().map(e -> new Span(0, 0, e)).toList();
    return queries.read(intent, List.of(), spans, conditions.read(List.of(), spans));
  }

  /** The classifier's view of the question: names replaced by their slot, other words corrected and stemmed. */
  List<String> shape(List<String> tokens, List<Span> spans) {
    Span[] spanAt = new Span[tokens.size()];
    for (Span span : spans) {
      for (int k = span.from(); k < span.to(); k++) {
        if (spanAt[k] == null) {
          spanAt[k] = span;
        }
      }
    }
    List<String> shape = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Span span = spanAt[i];
      String token = tokens.get(i);
      if (span == null) {
        shape.add(token.startsWith(SLOT_MARK) ? "<" + token.substring(SLOT_MARK.length()) + ">"
            : stemmer.stem(vocabulary.correct(token)));
      } else if (span.from() == i) {
        shape.addAll(slot(span, tokens));
      }
    }
    return shape;
  }

  /** What the classifier sees for a name: its slot; general words that carry the question's meaning stay words. */
  private List<String> slot(Span span, List<String> tokens) {
    Entity entity = span.entity();
    return switch (entity.type()) {
      case PART -> SeriesNames.isSeries(entity) || DayPart.ofId(entity.id()).filter(DayPart::standsForSession).isPresent()
          ? List.of(EntityType.SESSION.slotToken())
          : List.of(stemmer.stem(vocabulary.correct(tokens.get(span.from()))));
      case UNKNOWN -> entity.id().startsWith("person:") ? List.of(EntityType.SPEAKER.slotToken())
          : tokens.subList(span.from(), span.to()).stream().map(stemmer::stem).toList();
      case FROM_NOW, BAD_TIME -> List.of(EntityType.TIME.slotToken());
      default -> List.of(entity.type().slotToken());
    };
  }

  /** General words in a training example (lengths, times, parts of the day): the examples have no programme. */
  private List<Span> general(List<String> tokens) {
    return EntityFinder.withoutProgramme(vocabulary).find(tokens, Set.of());
  }

  /** Lower-cased words the asker wrote with a capital, other than the first: a hint that they are names. */
  private Set<String> capitalised(String question) {
    Set<String> words = new HashSet<>();
    boolean first = true;
    int i = 0;
    while (i < question.length()) {
      if (!Character.isLetterOrDigit(question.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < question.length() && Character.isLetterOrDigit(question.charAt(i))) {
        i++;
      }
      if (!first && Character.isUpperCase(question.charAt(start))) {
        words.add(normaliser.normalise(question.substring(start, i)));
      }
      first = false;
    }
    return words;
  }


  /** The day's series as the reading names them, for the answer's index to share rather than work out again. */
  public SeriesNames series(Programme programme) {
    return forProgramme(programme).series();
  }

  private ForProgramme forProgramme(Programme programme) {
    ForProgramme cached = cache.get();
    if (cached != null && cached.programme() == programme) {
      return cached;
    }
    // Built once per programme: the first questions after a start or a reload often arrive together.
    synchronized (cache) {
      cached = cache.get();
      return cached != null && cached.programme() == programme ? cached : build(programme);
    }
  }

  private ForProgramme build(Programme programme) {
    // "even lang" is no typo of "Veen": the common words are ordinary too, though the examples may not have them
    Set<String> ordinary = CommonWords.ordinary(vocabulary.words());
    Set<String> programmeWords = ProgrammeWords.of(programme, normaliser);
    SeriesNames series = new SeriesNames(programme, normaliser);
    Gazetteer gazetteer = new Gazetteer(programme, normaliser, fuzzy, ordinary, programmeWords, series);
    Set<String> known = KnownWords.of(vocabulary.words(), programmeWords);
    EntityFinder finder = new EntityFinder(gazetteer, new Sectors(programme, normaliser), vocabulary, known,
        programmeWords, KindTails.of(programme, normaliser));
    ForProgramme built = new ForProgramme(programme, finder, new ProgrammeSlips(known, programmeWords),
        programmeWords, Set.copyOf(ProgrammeWords.ofDay(programme, normaliser)),
        Set.copyOf(ProgrammeWords.namePairs(programme, normaliser)), series, this::read);
    cache.set(built);
    return built;
  }
}
