package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * Questions about what happens at or comes with a session, whatever the classifier made of them: "wat is er te eten
 * in de pauze?", "wat kun je doen bij de stand over spelen?", "wat krijgt de winnaar?", "hoe heet het boek?". They
 * ask what its description says, not when it is or which sessions there are.
 */
final class ContentForm {
  /** Verbs after "te" that ask what a session offers: "wat is er te eten?", "wat valt er te winnen?". */
  private static final Set<String> OFFERED = Set.of("eten", "drinken", "zien", "doen", "beleven", "halen", "winnen",
      "krijgen", "kopen", "leren", "horen", "ontdekken", "proeven");
  /** "wat krijgt de winnaar?", "wat wint het beste initiatief?": what someone is given. */
  private static final Set<String> GIVEN = Set.of("krijgt", "krijgen", "krijg", "wint", "winnen", "ontvangt",
      "ontvangen");
  private static final Set<String> CAN = Set.of("kun", "kan", "kunnen", "kunt");
  private static final Set<String> GOING = Set.of("ga", "gaan", "gaat");
  private static final Set<String> WE = Set.of("we", "wij", "jullie", "je", "ik", "u");

  private ContentForm() {
  }

  /** "wat neem ik mee?", "wat trek ik aan?": what to bring or wear, which the classifier may take for a choice. */
  static boolean bringsOrWears(List<String> tokens) {
    return tokens.contains("mee") && tokens.stream().anyMatch(t -> t.startsWith("neem"))
        || tokens.contains("aan") && tokens.stream().anyMatch(t -> t.equals("trek") || t.equals("trekken"));
  }

  /**
   * Whether the question names one session by its own words and nothing else narrows it ("wat is er in de
   * theepauze?", "wat staat er op het certificaat?"); "welke sessie gaat over X?" asks which one.
   */
  static boolean namesOneSession(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    if (conditions.isEmpty() || !(conditions.get(0) instanceof Condition.About first)) {
      return false;
    }
    // one session, or one given in several rounds under one name ("de workshop fermenteren")
    if (!conditions.stream().allMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.SESSION && (about.entity().id().equals(first.entity().id())
        || about.entity().text().equals(first.entity().text())))) {
      return false;
    }
    // "wat is er in breakoutroom 1?": what is in a room, though a session has its name; "room 3", "break-out B": one
    // of a series of places (a request already read, as a slash command's, has no words)
    boolean room = spans.stream().anyMatch(s -> s.entity().type() == EntityType.ROOM
        || s.to() > 0 && s.to() <= tokens.size() && SeriesNames.isMember(tokens.get(s.to() - 1)));
    // "wat komt er na het blok over wonen?", "wat is er als de markt dicht is?": another session than the one named
    boolean relation = QuestionForm.unnamed(tokens, spans).stream().anyMatch(RELATING::contains);
    // "welke keynote is er?", "welke stand heeft vacatures?": which one, even when a word names one
    boolean which = tokens.contains("welke") || tokens.contains("welk");
    return !room && !relation && !which;
  }

  private static final Set<String> RELATING = Set.of("na", "voor", "volgt", "volgen", "als", "tijdens", "daarna",
      "hierna", "daarvoor", "terwijl", "naast", "behalve");

  /** What the question asks when its form says it asks about a named session's content, else {@code asked}. */
  static Asked of(Asked asked, List<String> tokens, List<Condition> conditions) {
    if (asked == Asked.MY_PROGRAMME && bringsOrWears(tokens)) {
      return Asked.CONTENT; // "wat neem ik mee naar de energiecoach?", "wat trek ik aan?": not "mijn programma"
    }
    if (tokens.contains("aantrekken") || tokens.contains("dragen") && QuestionForm.startsWith(tokens, "wat")) {
      return Asked.CONTENT; // "wat moet ik aantrekken voor de stoelgym?": what its description says to wear
    }
    if ((asked == Asked.HELP || asked == Asked.LIST) && tokens.contains("winnen") && !tokens.contains("wie")) {
      return Asked.CONTENT; // "wat kun je winnen?", "valt er iets te winnen?": what the descriptions say the prizes are
    }
    if (asked == Asked.HELP && QuestionForm.startsWith(tokens, "wie") && !conditions.isEmpty()) {
      return Asked.PEOPLE; // "wie kan me om 13:15 helpen?" asks who is there then, not what the bot can do
    }
    if (asked == Asked.HELP && QuestionForm.startsWith(tokens, "wat") && conditions.stream()
        .anyMatch(ConditionKinds::narrows)) {
      return Asked.LIST; // "wat kan ik doen terwijl de jury overlegt?": what is on then, not what the bot can do
    }
    boolean named = conditions.stream().anyMatch(c -> c instanceof Condition.About about
        && (about.entity().type() == EntityType.SESSION || about.entity().type() == EntityType.TOPIC
        || about.entity().type() == EntityType.ROLE || SeriesNames.isSeries(about.entity())));
    if (named && asked == Asked.HELP && QuestionForm.startsWith(tokens, "wat")) {
      return Asked.CONTENT; // "wat doe je bij de workshop X?", "wat voor eten kun je kopen bij de kraampjes?"
    }
    if (named && asked == Asked.HELP && QuestionForm.startsWith(tokens, "hoe", "werkt")) {
      return Asked.CONTENT; // "hoe werkt de phishinggame?": how the session goes, not how the bot works
    }
    boolean speaker = conditions.stream().anyMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.SPEAKER);
    if (speaker && asked == Asked.LIST && QuestionForm.startsWith(tokens, "wat") && tells(tokens)) {
      return Asked.CONTENT; // "wat laat Fatma Yilmaz zien?", "wat vertelt X?": what X's session is about
    }
    if (named && asked != Asked.YESNO && QuestionForm.startsWith(tokens, "hoe") && (tokens.contains("eruit")
        || tokens.get(tokens.size() - 1).equals("uit") && (tokens.contains("ziet") || tokens.contains("zien")))) {
      return Asked.CONTENT; // "hoe ziet de toets eruit?": what its description says
    }
    if (!named || asked == Asked.YESNO || asked == Asked.COUNT || !QuestionForm.startsWith(tokens, "wat")
        && !QuestionForm.startsWith(tokens, "hoe", "heet", "heten")) {
      return asked;
    }
    if (QuestionForm.startsWith(tokens, "wat", "zit", "er", "in") || QuestionForm.startsWith(tokens, "wat", "zitten",
        "er", "in") || tokens.size() > 4 && tokens.subList(0, 4).equals(List.of("wat", "staat", "er", "in"))) {
      return Asked.CONTENT; // "wat zit er in de goodiebag?": what its description says is in it
    }
    if (QuestionForm.startsWith(tokens, "wat", "voor") && (tokens.contains("bij") || tokens.contains("tijdens")
        || tokens.contains("in"))) {
      return Asked.CONTENT; // "wat voor eten is er bij het diner?": what its description says it offers
    }
    if (doneThere(tokens)) {
      return Asked.CONTENT; // "wat gaan we doen in de workshop X?": what its description says
    }
    if (doneBy(tokens)) {
      return Asked.CONTENT; // "wat zingt het seniorenkoor?", "wat gaat het koor zingen?": what its description says
    }
    int wat = tokens.indexOf("wat");
    if (wat >= 0 && wat + 2 < tokens.size() && (tokens.get(wat + 1).equals("eten") || tokens.get(wat + 1)
        .equals("drinken")) && WE.contains(tokens.get(wat + 2))) {
      return Asked.CONTENT; // "wat eten we vanavond?": what the meal's description says is served
    }
    if (QuestionForm.startsWith(tokens, "hoe")) {
      // "hoe heet het boek?" names a thing; "hoe heet de spreker?" a person, which "wie" answers as well
      return conditions.stream().anyMatch(c -> c instanceof Condition.About about
          && about.entity().type() == EntityType.ROLE) ? asked : Asked.CONTENT;
    }
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i);
      boolean offered = OFFERED.contains(word) && (tokens.get(i - 1).equals("te") || CAN.contains(tokens.get(1)));
      if (offered || i <= 2 && GIVEN.contains(word)) {
        return Asked.CONTENT;
      }
    }
    return asked;
  }

  private static final Set<String> ARTICLES = Set.of("het", "de", "een");

  /**
   * "wat zingt het seniorenkoor?", "wat gaat het kinderkoor zingen?": what the session named after the verb does, by a
   * verb no list foresees; not a verb the questions about times, prices and lengths use ("wat kost de workshop?").
   */
  private static boolean doneBy(List<String> tokens) {
    if (tokens.size() < 4 || !tokens.get(0).equals("wat") || !ARTICLES.contains(tokens.get(2))) {
      return false;
    }
    String verb = tokens.get(1);
    if (GOING.contains(verb)) {
      String last = tokens.get(tokens.size() - 1);
      return last.endsWith("en") && last.length() >= 5 && !CueWords.all().contains(last);
    }
    return verb.endsWith("t") && verb.length() >= 4 && !CueWords.all().contains(verb)
        && !CommonWords.WORDS.contains(verb);
  }

  private static final Set<String> TELLING = Set.of("vertelt", "vertellen", "presenteert", "presenteren",
      "bespreekt", "bespreken", "behandelt", "behandelen", "toont", "tonen", "demonstreert", "vertel");

  /** "wat vertelt X?", "wat laat X zien?", "wat legt X uit?": what someone tells or shows. */
  private static boolean tells(List<String> tokens) {
    return tokens.stream().anyMatch(TELLING::contains) || tokens.contains("laat") && tokens.contains("zien")
        || tokens.contains("legt") && tokens.contains("uit");
  }

  /**
   * "wat gaan we doen in de workshop X?", "wat ga je doen bij X?": what a named session holds. ("wat gebeurt er in
   * X?" is left to the classifier: X is as often a place, where it asks which sessions are there.)
   */
  private static boolean doneThere(List<String> tokens) {
    return tokens.indexOf("doen") > 1 && GOING.contains(tokens.get(1));
  }
}
