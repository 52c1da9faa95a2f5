package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Query.Order;

/**
 * What a question's own words say about what it asks, apart from the classifier: question words ("wanneer",
 * "welke workshop"), the verb order of a yes/no question, "hoeveel" and what it counts, orders such as "de
 * laatste", comparisons such as "langer dan", and whether it wants every match ("welke presentaties").
 */
final class QuestionForm {
  private QuestionForm() {
  }

  /**
   * "wat duurt langer, de inleiding of de pauze?": a comparison between named things without an amount asks which
   * lasts longest (or shortest).
   */
  static Optional<Order> comparison(List<String> free, List<Condition> conditions) {
    long named = conditions.stream().filter(c -> c instanceof Condition.About).count();
    boolean sameLength = free.contains("even") && free.contains("lang") || free.contains("net") && free.contains("zo")
        && free.contains("lang");
    if (sameLength && named == 1 && conditions.stream().anyMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.PART)) {
      return Optional.of(Order.SAME_LENGTH); // "duren beide keynotes even lang?": the sessions of that kind
    }
    if (named < 2 || conditions.stream().anyMatch(c -> c instanceof Condition.Lasting)
        || free.contains("blok") || free.contains("tijdslot")) {
      return Optional.empty(); // "duurt de workshop korter dan het blok?" compares a session with its own slot
    }
    if (sameLength) {
      return Optional.of(Order.SAME_LENGTH); // "duurt X even lang als Y?"
    }
    if (free.contains("langer") || free.contains("langst") || free.contains("langste")) {
      return Optional.of(Order.LONGEST);
    }
    if (free.contains("korter") || free.contains("kortst") || free.contains("kortste")) {
      return Optional.of(Order.SHORTEST);
    }
    return Optional.empty();
  }

  /** "wat begint eerder, X of Y?", "wat komt later: X of Y?": which of two named things is first or last. */
  static Optional<Order> earlier(List<String> free, List<Condition> conditions) {
    long named = conditions.stream().filter(c -> c instanceof Condition.About).count();
    if (named < 2) {
      return Optional.empty();
    }
    if (free.contains("eerder") || free.contains("vroeger") || free.contains("eerst") && free.contains("of")) {
      return Optional.of(Order.FIRST); // "wat komt eerst: de vragenronde of de koffiepauze?"
    }
    return free.contains("later") ? Optional.of(Order.LAST) : Optional.empty();
  }

  static boolean asksWhen(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("wanneer") || token.equals("hoelaat") || token.equals("wnr")
          || token.equals("hoe") && i + 1 < tokens.size() && tokens.get(i + 1).equals("laat")) {
        return true;
      }
    }
    return false;
  }

  /** What the question word asks, for when the classifier was unsure but the question names something. */
  static Optional<Asked> byQuestionWord(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
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
          // "hoe laat vertrekt ...?", "hoe lang moet ik nog wachten op ...?" (not the queue of "hoe lang moet je
          // wachten bij X?", which no programme gives)
          boolean queue = tokens.contains("wachten") && !tokens.contains("nog");
          return next.equals("laat") ? Optional.of(Asked.TIME) : next.equals("lang") && !queue
              ? Optional.of(Asked.DURATION) : Optional.empty();
        default:
          break;
      }
    }
    // chat without a question word: "tijden kinderkoor", "telefoon workshop tijden", "passwords workshop room?"
    // ("restaurant open tot?": until when)
    if (tokens.stream().anyMatch(TERSE_TIME::contains)
        || !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("tot")) {
      return Optional.of(Asked.TIME);
    }
    return tokens.stream().anyMatch(TERSE_ROOM::contains) ? Optional.of(Asked.ROOM) : Optional.empty();
  }

  private static final java.util.Set<String> TERSE_TIME = java.util.Set.of("tijden", "tijd", "begintijd",
      "aanvangstijd", "time", "times");
  private static final java.util.Set<String> TERSE_ROOM = java.util.Set.of("room", "zaal", "lokaal", "locatie");

  /** Whether a chat-style question says what it asks with this one word ("passwords workshop room?"). */
  static boolean terse(String word) {
    return TERSE_TIME.contains(word) || TERSE_ROOM.contains(word);
  }

  /**
   * Whether the words from {@code from} to {@code to} are what a "wat is de ... van ..." question asks for:
   * "wat zijn de openingstijden van de bibliotheek?", "wat is het telefoonnummer van de helpdesk?".
   */
  static boolean asksFor(List<String> tokens, int from, int to) {
    int k = firstWord(tokens);
    return from == k + 3 && to < tokens.size() && tokens.get(k).equals("wat")
        && (tokens.get(k + 1).equals("is") || tokens.get(k + 1).equals("zijn"))
        && (tokens.get(k + 2).equals("de") || tokens.get(k + 2).equals("het")) && OF.contains(tokens.get(to));
  }

  private static final java.util.Set<String> OF = java.util.Set.of("van", "bij", "voor", "in", "op");

  /** Where the question itself starts, past openers such as "hoi", "en" or "ok": "hoi, wanneer is de lunch?". */
  static int firstWord(List<String> tokens) {
    int k = 0;
    while (k < tokens.size() && CueWords.OPENERS.contains(tokens.get(k))) {
      k++;
    }
    return k;
  }

  /**
   * "waar praten ze over in de dementiegroep?": "over" with nothing it is about after it, of a session named: what
   * that session is about (not "waar hoor ik iets over de buurtkamer?", which part treats it).
   */
  static boolean aboutNamed(List<String> tokens, List<Condition> conditions) {
    int over = tokens.indexOf("over");
    return over > 0 && (over + 1 == tokens.size() || java.util.Set.of("in", "bij", "tijdens", "op")
        .contains(tokens.get(over + 1))) && conditions.stream().anyMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.SESSION);
  }

  static boolean startsWith(List<String> tokens, String first, String... second) {
    int k = firstWord(tokens);
    if (k >= tokens.size() || !tokens.get(k).equals(first)) {
      return false;
    }
    return second.length == 0 || k + 1 < tokens.size() && java.util.Arrays.asList(second).contains(tokens.get(k + 1));
  }

  /** Words that make a "wat is ..." question about a clock time after all. */
  static boolean mentionsTime(List<String> tokens) {
    return tokens.stream().anyMatch(t -> t.equals("tijd") || t.equals("tijdstip") || t.startsWith("begin")
        || t.startsWith("start") || t.startsWith("eind") || t.equals("afgelopen") || t.equals("begonnen"));
  }

  /** The noun after "welke"/"welk" among the unnamed words, if any: "welke [workshop]", "welke [sprekers]". */
  static Optional<String> nounAfterWhich(List<String> free) {
    for (int i = 0; i + 1 < free.size(); i++) {
      if (free.get(i).equals("welke") || free.get(i).equals("welk")) {
        return Optional.of(free.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** "wat is het IDO?": "wat is" before nothing but a name asks what it is. */
  static boolean namesOnlyThings(List<String> tokens) {
    int wat = tokens.indexOf("wat");
    return wat >= 0 && wat + 1 < tokens.size() && (tokens.get(wat + 1).equals("is") || tokens.get(wat + 1)
        .equals("zijn")) && tokens.stream().noneMatch(t -> CueWords.NOW.contains(t) || t.equals("er"));
  }

  /** Where "hoeveel", "aantal" or "hoe vaak"/"hoe veel" stands, or -1. */
  static int indexOfCount(List<String> tokens) {
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

  static Optional<Order> order(List<String> free) {
    for (int k = 0; k < free.size(); k++) {
      String word = free.get(k);
      if (CueWords.MOST.contains(word)) {
        return Optional.of(Order.MOST);
      }
      if (CueWords.FEWEST.contains(word) && k > 0 && (free.get(k - 1).equals("de") || free.get(k - 1).equals("het"))) {
        return Optional.of(Order.FEWEST); // "de minste sprekers", "het minst", never "ten minste"
      }
      if (CueWords.FIRST.contains(word)) {
        return Optional.of(Order.FIRST);
      }
      if (CueWords.LAST.contains(word)) {
        return Optional.of(Order.LAST);
      }
      if (CueWords.LONGEST.contains(word)) {
        return Optional.of(Order.LONGEST);
      }
      // "welke presentatie duurt langer?": of those asked about, the longer one (not "langer dan een uur")
      boolean which = !free.isEmpty() && (free.get(0).equals("welke") || free.get(0).equals("welk"));
      if (which && !free.contains("dan") && !free.contains("hoeveel")
          && (word.equals("langer") || word.equals("korter"))) {
        return Optional.of(word.equals("langer") ? Order.LONGEST : Order.SHORTEST);
      }
      if (CueWords.SHORTEST.contains(word)) {
        return Optional.of(Order.SHORTEST);
      }
    }
    return Optional.empty();
  }

  /** "hoe laat", "hoelaat": a time of day, never a date. */
  static boolean asksClockTime(List<String> tokens) {
    return tokens.contains("hoelaat") || followedBy(tokens, "hoe", java.util.Set.of("laat"));
  }

  /**
   * "hoe laat gaat de zaal open?", "wanneer gaan de deuren open?": when the building opens, which a programme of
   * sessions does not say (the caller checks that no session is named: "hoe laat gaat de markt open?").
   */
  static boolean asksDoorsOpen(List<String> tokens) {
    return tokens.contains("deuren") || tokens.contains("opengaan") || tokens.contains("open")
        && (tokens.contains("gaat") || tokens.contains("gaan")) && !tokens.contains("tot")
        // "hoe laat gaat het gebouw dicht?", "tot hoe laat is de bibliotheek zelf open?": the building's hours
        || tokens.contains("dicht") || tokens.contains("dichtgaan")
        || tokens.contains("open") && tokens.contains("zelf")
        || tokens.contains("open") && (tokens.contains("gebouw") || tokens.contains("pand")); // "het gebouw open"
  }

  static boolean followedBy(List<String> words, String first, java.util.Set<String> second) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals(first) && second.contains(words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The question's words outside every name, in order. */
  static List<String> unnamed(List<String> tokens, List<Span> spans) {
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
