package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Query.Counted;
import nl.dagwijzer.nlu.Query.Order;

/**
 * Decides what a question asks. The classifier's intent is the starting point; the question's own form overrides it
 * where the form is more reliable: "hoeveel" always counts, a question that opens with a verb and has no question
 * word asks yes or no, "welke zaal" asks a room, "welke datum" a date. When the classifier is unsure, the question
 * word decides ("wie" asks people, "wanneer" a time).
 */
final class QueryReader {

  Query read(Intent intent, List<String> tokens, List<Span> spans, List<Condition> found) {
    List<String> free = unnamed(tokens, spans);
    List<Condition> conditions = new ArrayList<>(found);
    Asked asked = fromIntent(intent);
    Optional<Order> order = order(free);
    if (asked == Asked.UNKNOWN && (!conditions.isEmpty() || order.isPresent())) {
      asked = byQuestionWord(tokens).orElse(onlyListable(conditions) ? Asked.LIST : Asked.UNKNOWN);
    }
    if (asksWhen(tokens) && WHEN_OVERRIDES.contains(intent)) {
      asked = Asked.TIME;
    }
    if (asksWhen(tokens) && !conditions.isEmpty() && conditions.stream().allMatch(c -> c instanceof Condition.About
        && ((Condition.About) c).entity().type() == EntityType.EVENT)) {
      asked = Asked.DATE; // "wanneer is de kennismiddag?": the day, and its hours
    }
    if (asked == Asked.CONTENT && !tokens.isEmpty() && (tokens.get(0).equals("welke") || tokens.get(0).equals("welk"))) {
      asked = Asked.LIST; // "welke presentatie gaat over DigiD?" asks which one
    }
    Optional<Counted> counted = Optional.empty();
    int count = indexOfCount(tokens);
    if (count >= 0) {
      String noun = count + 1 < tokens.size() ? tokens.get(count + 1) : "";
      if (CueWords.TIME_NOUNS.contains(noun)) {
        asked = Asked.DURATION;
      } else if (CueWords.COUNT_OUTSIDE.contains(noun)) {
        asked = Asked.UNKNOWN;
      } else {
        asked = Asked.COUNT;
        counted = Optional.of(counted(tokens, count, conditions));
      }
    }
    if (free.contains("datum") || followedBy(free, "welke", CueWords.DATE_NOUNS)
        || followedBy(free, "welk", CueWords.DATE_NOUNS)) {
      asked = Asked.DATE;
    } else if (followedBy(free, "welke", CueWords.ROOM_NOUNS) || followedBy(free, "welk", CueWords.ROOM_NOUNS)
        || free.contains("adres")) {
      asked = Asked.ROOM;
    }
    if (asked == Asked.PERSON && conditions.stream().noneMatch(QueryReader::namesPerson)) {
      asked = Asked.PEOPLE;
    }
    if (asked == Asked.DURATION && conditions.stream().anyMatch(c -> c instanceof Condition.Lasting)) {
      asked = Asked.LIST;
    }
    order = comparison(free, conditions).or(() -> order(free));
    if (comparison(free, conditions).isPresent() && asked != Asked.COUNT) {
      asked = Asked.DURATION;
    }
    if ((asked == Asked.PROGRAMME || asked == Asked.EVENT || asked == Asked.CONTENT) && order.isPresent()
        && conditions.stream().noneMatch(c -> c instanceof Condition.About)) {
      asked = Asked.LIST;
    }
    if (asked == Asked.PROGRAMME && !conditions.isEmpty()) {
      asked = Asked.LIST; // "welke onderdelen zijn in de grote zaal?" is the part of the programme there
    }
    if (isYesNo(tokens) && !conditions.isEmpty() && asked != Asked.COUNT) {
      asked = Asked.YESNO;
    }
    defaults(intent, asked, conditions, order);
    if (asked != Asked.YESNO) {
      conditions.removeIf(c -> c instanceof Condition.Progress);
    }
    return new Query(asked, conditions, order, counted);
  }

  /** Intents that "wanneer" or "hoe laat" in the question overrule: they ask for a time. */
  private static final java.util.Set<Intent> WHEN_OVERRIDES = java.util.EnumSet.of(Intent.NOW, Intent.NEXT,
      Intent.PROGRAMME, Intent.WORKSHOPS, Intent.UNKNOWN, Intent.WHO, Intent.EVENT, Intent.DURATION, Intent.ABOUT,
      Intent.HELP);
  /** Names that "wat volgt er op ...?" can follow. */
  private static final java.util.Set<EntityType> ANCHORS = java.util.EnumSet.of(EntityType.SESSION, EntityType.PART,
      EntityType.SPEAKER, EntityType.ROLE, EntityType.ROUND, EntityType.TOPIC);

  /**
   * "wat duurt langer, de inleiding of de pauze?": a comparison between named things without an amount asks which
   * lasts longest (or shortest).
   */
  private static Optional<Order> comparison(List<String> free, List<Condition> conditions) {
    long named = conditions.stream().filter(c -> c instanceof Condition.About).count();
    if (named < 2 || conditions.stream().anyMatch(c -> c instanceof Condition.Lasting)) {
      return Optional.empty();
    }
    if (free.contains("langer") || free.contains("langst") || free.contains("langste")) {
      return Optional.of(Order.LONGEST);
    }
    if (free.contains("korter") || free.contains("kortst") || free.contains("kortste")) {
      return Optional.of(Order.SHORTEST);
    }
    return Optional.empty();
  }

  private static boolean asksWhen(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("wanneer") || token.equals("hoelaat") || token.equals("wnr")
          || token.equals("hoe") && i + 1 < tokens.size() && tokens.get(i + 1).equals("laat")) {
        return true;
      }
    }
    return false;
  }

  /** Conditions a plain listing can answer: times, rooms, parts of the day ("nu?", "zaal 2 om 14:00"). */
  private static boolean onlyListable(List<Condition> conditions) {
    return conditions.stream().allMatch(c -> c instanceof Condition.At || c instanceof Condition.AtNow
        || c instanceof Condition.AfterNow || c instanceof Condition.Between || c instanceof Condition.InPeriod
        || c instanceof Condition.InRound || c instanceof Condition.About about
        && (about.entity().type() == EntityType.ROOM || about.entity().type() == EntityType.PART));
  }

  private static Asked fromIntent(Intent intent) {
    return switch (intent) {
      case WHEN -> Asked.TIME;
      case WHO -> Asked.PEOPLE;
      case PERSON -> Asked.PERSON;
      case ABOUT -> Asked.CONTENT;
      case DURATION -> Asked.DURATION;
      case WORKSHOPS, NOW, NEXT -> Asked.LIST;
      case PROGRAMME -> Asked.PROGRAMME;
      case EVENT -> Asked.EVENT;
      case ROOM -> Asked.ROOM;
      case DATE -> Asked.DATE;
      case COUNT -> Asked.COUNT;
      case GREETING -> Asked.GREETING;
      case THANKS -> Asked.THANKS;
      case HELP -> Asked.HELP;
      case UNKNOWN -> Asked.UNKNOWN;
      case CHOOSE, FORGET, REMIND -> Asked.TIME; // the personal programme acts on what is named; the time is its echo
    };
  }

  /** What the question word asks, for when the classifier was unsure but the question names something. */
  private static Optional<Asked> byQuestionWord(List<String> tokens) {
    for (String token : tokens) {
      switch (token) {
        case "wie":
          return Optional.of(Asked.PEOPLE);
        case "wanneer", "hoelaat", "wnr":
          return Optional.of(Asked.TIME);
        case "waar":
          return Optional.of(tokens.contains("over") ? Asked.CONTENT : Asked.ROOM);
        case "wat":
          return Optional.of(namesOnlyThings(tokens) ? Asked.CONTENT : Asked.LIST);
        case "welke", "welk":
          return Optional.of(Asked.LIST);
        case "hoe":
          return Optional.empty();
        default:
          break;
      }
    }
    return Optional.empty();
  }

  /** "wat is het IDO?": "wat is" before nothing but a name asks what it is. */
  private static boolean namesOnlyThings(List<String> tokens) {
    int wat = tokens.indexOf("wat");
    return wat >= 0 && wat + 1 < tokens.size() && (tokens.get(wat + 1).equals("is") || tokens.get(wat + 1)
        .equals("zijn")) && tokens.stream().noneMatch(t -> CueWords.NOW.contains(t) || t.equals("er"));
  }

  private static boolean namesPerson(Condition condition) {
    return condition instanceof Condition.About about && about.entity().type() == EntityType.SPEAKER
        || condition instanceof Condition.NotInProgramme unknown && unknown.person();
  }

  /** Where "hoeveel", "aantal" or "hoe vaak"/"hoe veel" stands, or -1. */
  private static int indexOfCount(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (CueWords.COUNT.contains(token)) {
        return i;
      }
      if (token.equals("hoe") && i + 1 < tokens.size()
          && (tokens.get(i + 1).equals("vaak") || tokens.get(i + 1).equals("veel"))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static Counted counted(List<String> tokens, int at, List<Condition> conditions) {
    if (tokens.get(at).equals("vaak") || tokens.get(at).equals("hoevaak")
        || conditions.stream().anyMatch(c -> c instanceof Condition.Occurs)) {
      return Counted.TIMES;
    }
    for (int k = at + 1; k < Math.min(tokens.size(), at + 3); k++) {
      String noun = tokens.get(k);
      if (CueWords.PEOPLE_NOUNS.contains(noun)) {
        return Counted.PEOPLE;
      }
      if (CueWords.ROUND_NOUNS.contains(noun)) {
        return Counted.ROUNDS;
      }
      if (CueWords.ROOM_NOUNS.contains(noun)) {
        return Counted.ROOMS;
      }
      if (noun.equals("keer") || noun.equals("keren")) {
        return Counted.TIMES;
      }
    }
    return Counted.SESSIONS;
  }

  private static Optional<Order> order(List<String> free) {
    for (String word : free) {
      if (CueWords.FIRST.contains(word)) {
        return Optional.of(Order.FIRST);
      }
      if (CueWords.LAST.contains(word)) {
        return Optional.of(Order.LAST);
      }
      if (CueWords.LONGEST.contains(word)) {
        return Optional.of(Order.LONGEST);
      }
      if (CueWords.SHORTEST.contains(word)) {
        return Optional.of(Order.SHORTEST);
      }
    }
    return Optional.empty();
  }

  /**
   * A yes/no question opens with a verb and has no question word: "is er een borrel?", "spreekt Maartje Bos twee
   * keer?", "weet je of er een borrel is?". "Kun je het programma laten zien?" is a request.
   */
  static boolean isYesNo(List<String> tokens) {
    int k = 0;
    while (k < tokens.size() && CueWords.OPENERS.contains(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size() || !CueWords.YES_NO_VERBS.contains(tokens.get(k))) {
      return false;
    }
    if (tokens.stream().anyMatch(CueWords.QUESTION_WORDS::contains)) {
      return false;
    }
    String verb = tokens.get(k);
    boolean modal = verb.equals("kun") || verb.equals("kan") || verb.equals("wil") || verb.equals("mag");
    return !(modal && tokens.stream().anyMatch(CueWords.REQUESTS::contains));
  }

  /** The present a bare "wat is er?" or "wat komt er?" is about, when the question names no other time or thing. */
  private static void defaults(Intent intent, Asked asked, List<Condition> conditions, Optional<Order> order) {
    if (intent == Intent.NEXT && asked == Asked.LIST) {
      boolean now = conditions.removeIf(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0);
      boolean anchored = conditions.stream().anyMatch(c -> c instanceof Condition.Relative
          || c instanceof Condition.At || c instanceof Condition.From || c instanceof Condition.AfterNow);
      List<Entity> named = conditions.stream().filter(c -> c instanceof Condition.About about
          && ANCHORS.contains(about.entity().type())).map(c -> ((Condition.About) c).entity()).toList();
      if (!anchored && !named.isEmpty() && !now) {
        // "wat volgt er op de opening?": what comes next after the thing named, not after now.
        conditions.removeIf(c -> c instanceof Condition.About about && named.contains(about.entity()));
        conditions.add(new Condition.Relative(Condition.Relation.AFTER, named));
      } else if (!anchored || now) {
        conditions.add(new Condition.AfterNow());
      }
    } else if (intent == Intent.NOW && asked == Asked.LIST && conditions.isEmpty() && order.isEmpty()) {
      conditions.add(new Condition.AtNow(0));
    } else if (intent == Intent.WORKSHOPS && conditions.stream().noneMatch(QueryReader::isWorkshops)) {
      conditions.add(new Condition.About(new Entity(EntityType.PART, DayPart.WORKSHOPS.id(), "workshops")));
    }
  }

  private static boolean isWorkshops(Condition condition) {
    return condition instanceof Condition.About about && about.entity().type() == EntityType.PART
        && about.entity().id().equals(DayPart.WORKSHOPS.id());
  }

  private static boolean followedBy(List<String> words, String first, java.util.Set<String> second) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals(first) && second.contains(words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The question's words outside every name, in order. */
  private static List<String> unnamed(List<String> tokens, List<Span> spans) {
    boolean[] named = new boolean[tokens.size()];
    spans.forEach(s -> {
      for (int k = s.from(); k < s.to(); k++) {
        named[k] = true;
      }
    });
    List<String> free = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!named[i]) {
        free.add(tokens.get(i));
      }
    }
    return free;
  }
}
