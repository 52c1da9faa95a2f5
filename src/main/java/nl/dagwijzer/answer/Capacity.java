package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "hoeveel plekken zijn er bij de kookworkshop?", "hoeveel mensen worden er verwacht?": how many may come or are
 * coming is no count of the programme's sessions or speakers; a description may say it ("Maximaal 20 deelnemers"),
 * otherwise the programme does not.
 */
final class Capacity {
  private static final List<String> PEOPLE = List.of("deelnemers", "plekken", "plaatsen", "personen", "mensen",
      "bezoekers", "gasten", "professionals", "medewerkers", "bewoners", "aanwezigen", "inwoners", "stoelen",
      "zitplaatsen", "passagiers", "opvarenden", "cursisten", "toeschouwers", "luisteraars", "kijkers");
  /** People a number counts as a limit only after a word for one: "maximaal 30 kinderen", not "telt 18 kinderen". */
  private static final Pattern LIMITED = Pattern.compile("\\b(maximaal|max|hooguit|plaats voor|plek voor|ruimte "
      + "voor)\\s+(\\d+)\\s+(kinderen|leerlingen|spelers|jongeren|vrijwilligers|lopers|wandelaars|fietsers)\\b");
  /** Small numbers written as words: "teams van drie tot vijf personen" is how big a team is, not who come. */
  private static final String SMALL = "twee|drie|vier|vijf|zes|acht";
  private static final Pattern SMALL_GROUP = Pattern.compile("\\b(" + SMALL + ")\\s+(" + String.join("|", PEOPLE)
      + ")\\b");
  /**
   * "zo'n negentig medewerkers", "ruim 200 deelnemers", "teams van drie tot vijf personen": a number of people, small
   * and round ones written as words too.
   */
  private static final Pattern NUMBER_OF_PEOPLE = Pattern.compile("\\b(\\d+|" + SMALL + "|tien|twaalf|vijftien|"
      + "twintig|dertig|"
      + "veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|honderden)\\s+(" + String.join("|", PEOPLE)
      + ")\\b");

  private final Answering a;

  Capacity(Answering answering) {
    this.a = answering;
  }

  /** "hoeveel mensen kunnen er per studio meedoen?": the one sentence of the day that gives it, with the words. */
  private Optional<Written> saidWith(List<String> words, java.util.function.Predicate<String> says) {
    java.util.Set<String> said = new java.util.LinkedHashSet<>();
    a.programme().sessions().forEach(session -> DescriptionIndex.sentences(session).stream().filter(says)
        .filter(sentence -> a.index().descriptions().hasAll(sentence, words))
        .forEach(said::add));
    return said.size() == 1 ? Descriptions.firstSaying(a.programme().sessions(), said::contains) : Optional.empty();
  }

  /**
   * "hoeveel mensen kunnen er vandaag in totaal mee met de rondvaarten?": the places of each time added up, when every
   * one of them gives its number ("Maximaal 60 passagiers per vaart", nine times: 540).
   */
  private static Optional<Written> total(Answering a) {
    List<nl.dagwijzer.programme.Session> sessions = a.selection().sessions();
    if (!a.query().hasDetail("samen") || sessions.size() < 2 || !a.selection().named()) {
      return Optional.empty();
    }
    List<java.util.OptionalInt> each = sessions.stream().map(Capacity::of).toList();
    if (each.stream().anyMatch(java.util.OptionalInt::isEmpty)) {
      return Optional.empty();
    }
    int sum = each.stream().mapToInt(java.util.OptionalInt::getAsInt).sum();
    boolean same = each.stream().distinct().count() == 1
        && sessions.stream().map(nl.dagwijzer.programme.Session::title).distinct().count() == 1;
    String how = same ? DutchText.name(sessions.get(0)) + " is er " + sessions.size() + " keer, met elk "
        + each.get(0).getAsInt() : DutchText.join(java.util.stream.IntStream.range(0, sessions.size())
        .mapToObj(i -> DutchText.spanned(sessions.get(i)) + " " + each.get(i).getAsInt()).toList());
    return Optional.of(Written.text("Samen " + sum + ": " + how + ".").turningTo(sessions));
  }

  /** Whether {@code word} counts people or places ("plaatsen", "deelnemers"). */
  static boolean countsPeople(String word) {
    return PEOPLE.contains(word);
  }

  /** The number of people or places a session's description gives ("Er zijn 12 plaatsen"), if it gives one. */
  static java.util.OptionalInt of(nl.dagwijzer.programme.Session session) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      String lower = sentence.toLowerCase(java.util.Locale.ROOT);
      java.util.regex.Matcher number = NUMBER_OF_PEOPLE.matcher(lower);
      // (a number of places has a few digits; more are no count to compare, and would not fit an int)
      if (number.find() && Character.isDigit(number.group(1).charAt(0)) && number.group(1).length() <= 6) {
        return java.util.OptionalInt.of(Integer.parseInt(number.group(1)));
      }
      java.util.regex.Matcher limited = LIMITED.matcher(lower);
      if (limited.find() && limited.group(2).length() <= 6) {
        return java.util.OptionalInt.of(Integer.parseInt(limited.group(2)));
      }
    }
    return java.util.OptionalInt.empty();
  }

  /** The reply when no sentence gives how many may come. */
  static final String NOT_SAID = "Hoeveel mensen er komen of mee kunnen doen, staat niet in het programma.";

  /** "hoeveel plekken zijn er nog bij de glasparels?": "Er zijn nog 2 plekken vrij", of the sessions named. */
  static Optional<Written> left(Answering a) {
    return a.query().hasDetail(nl.dagwijzer.nlu.FullAsked.LEFT_COUNT) && a.selection().named()
        ? Descriptions.firstSaying(a.selection().sessions(), FullyBooked::saysRoomLeft) : Optional.empty();
  }

  Optional<Written> answer() {
    if (!a.query().hasDetail("capaciteit")) {
      return Optional.empty();
    }
    // (the places left are asked of ReplyWriter's chain first, which comes before this fallback)
    Optional<Written> total = total(a);
    if (total.isPresent()) {
      return total;
    }
    DescriptionIndex descriptions = a.index().descriptions();
    // a sentence can only say it with one of those words: the pattern runs on the sentences that have one
    java.util.function.Predicate<String> says = sentence -> {
      String normal = descriptions.normalised(sentence);
      return PEOPLE.stream().anyMatch(normal::contains) && NUMBER_OF_PEOPLE.matcher(normal).find()
          || LIMITED.matcher(normal).find();
    };
    // "hoeveel mensen worden er verwacht?" asks no word beside the people counted: not "Maximaal 24 deelnemers" of one
    List<String> words = a.query().textWords().stream()
        .filter(w -> !PEOPLE.contains(w)).toList();
    Optional<Written> withWords = a.selection().named() || words.isEmpty() ? Optional.empty() : saidWith(words, says);
    if (withWords.isPresent()) {
      return withWords; // "hoeveel plaatsen zijn er per groep?": "Per groep zijn er 12 plaatsen", not the day's 36
    }
    if (!a.selection().named()) {
      // "hoeveel bezoekers worden er verwacht?" is about the day: its own summary, not a workshop's places
      // (not "vormen teams van drie tot vijf personen": a team's size)
      Optional<Written> ofDay = Descriptions.ofDay(a, says.and(sentence -> !SMALL_GROUP.matcher(
          descriptions.normalised(sentence)).find() || NUMBER_OF_PEOPLE.matcher(descriptions.normalised(sentence))
          .results().anyMatch(m -> !m.group(1).matches(SMALL))));
      if (ofDay.isPresent()) {
        return ofDay;
      }
    }
    Optional<Written> ofSession = a.selection().named() ? Descriptions.firstSaying(a.selection().sessions(), says)
        : Optional.empty();
    if (ofSession.isPresent()) {
      return ofSession;
    }
    if (a.selection().named() && !words.isEmpty()) {
      // a named session whose own description does not say it: the one sentence elsewhere with the question's other
      // words, or the day's own
      Optional<Written> elsewhere = saidWith(words, says).or(() -> Descriptions.ofDay(a, says));
      if (elsewhere.isPresent()) {
        return elsewhere;
      }
    }
    // "met hoeveel mensen mag je in een team?" where "team" named the walk-in: the day's "teams van maximaal 6"
    List<String> naming = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .map(c -> c.entity().text()).filter(t -> !t.contains(" ") && t.length() >= 4).toList();
    // ("hoeveel deelnemers zitten er in een groep?": the one sentence of any session with "groep", "Elke groep telt 16
    // deelnemers")
    Optional<Written> dayWithName = a.selection().named() && words.isEmpty() && !naming.isEmpty()
        ? Descriptions.ofDay(a, says.and(s -> naming.stream().anyMatch(descriptions.normalised(s)::contains)))
        .or(() -> naming.size() == 1 ? saidWith(naming, says) : Optional.empty()) : Optional.empty();
    return dayWithName.or(() -> Optional.of(Written.text(NOT_SAID)));
  }
}
