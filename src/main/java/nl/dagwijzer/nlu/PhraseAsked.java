package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * What a question asks, where a phrase says it better than the classifier: "wat komt er nog?" (all of the rest),
 * "wie organiseert deze middag?" (the day), "wat is er te zien op de postermarkt?" (its content), "+ waar?" (a bare
 * question word, about what came before).
 */
final class PhraseAsked {
  private static final Set<String> OPENING_HOURS = Set.of("open", "openingstijden", "openingstijd", "geopend",
      "openingsuren");
  private static final Set<String> HOURS = Set.of("openingstijden", "openingstijd", "openingsuren");
  private static final Set<String> CLOCK_NOUNS = Set.of("starttijd", "begintijd", "eindtijd", "aanvangstijd",
      "starttijden", "begintijden", "eindtijden");
  /** Words for what the conversation was about: "waar vertrekt die?". */
  private static final Set<String> PRONOUNS = Set.of("die", "dat", "hij", "zij", "ze", "het");
  /** Words that ask what is still there after something: "welke tafels zijn er na de lunch nog (open)?". */
  private static final Set<String> STILL_THERE = Set.of("nog", "open", "zitten", "staan");
  private static final Set<String> BUILDINGS = Set.of("gebouw", "locatie", "pand", "plek");

  private PhraseAsked() {
  }

  /**
   * "over welke stellingen gaat het debat?", "wat is de stelling bij het blok wonen?": a noun that names no session
   * (no kind, no name) asked of the one session the question names.
   */
  private static boolean asksOfOneSession(List<String> tokens, List<Condition> conditions) {
    int which = -1;
    for (int k = 0; k < Math.min(3, tokens.size() - 1); k++) {
      if (tokens.get(k).equals("welke") || tokens.get(k).equals("welk")) {
        which = k + 1;
        break;
      }
    }
    if (which < 0 && tokens.size() > 3 && tokens.get(0).equals("wat") && tokens.get(1).equals("is")
        && (tokens.get(2).equals("de") || tokens.get(2).equals("het"))) {
      which = 3;
    }
    List<Condition.About> abouts = conditions.stream().filter(c -> c instanceof Condition.About)
        .map(c -> (Condition.About) c).toList();
    if (which < 0 || abouts.size() != 1 || abouts.get(0).entity().type() != EntityType.SESSION
        || conditions.size() != 1) {
      return false;
    }
    String noun = tokens.get(which);
    if (which == 3 && String.join(" ", tokens.subList(3, tokens.size())).equals(abouts.get(0).entity().text())
        && !CueWords.all().contains(noun)) {
      return true; // "wat is het open podium?": what that session is
    }
    return noun.length() >= 4 && !abouts.get(0).entity().text().contains(noun) && !CueWords.all().contains(noun)
        && DayPart.ofWord(noun).isEmpty() && java.util.stream.Stream.of(CueWords.SESSION_NOUNS, CueWords.ROUND_NOUNS)
        .flatMap(Set::stream).noneMatch(n -> noun.startsWith(n.substring(0, Math.max(4, n.length() - 2)))
        || noun.endsWith(n)); // "onderdelen", "speeddateronde"
  }

  /** "wat voor (een) lunch", "wat is X precies", "wat zijn de challenges": asks what a named thing is. */
  private static boolean whatKind(List<String> tokens) {
    boolean what = QuestionForm.startsWith(tokens, "wat", "voor") || QuestionForm.startsWith(tokens, "watvoor")
        || tokens.size() >= 2 && tokens.get(0).equals("wat") && (tokens.get(1).equals("is") || tokens.get(1)
        .equals("zijn")) && (tokens.contains("precies") || tokens.get(tokens.size() - 1).equals("eigenlijk"));
    return what && !tokens.contains("er");
  }

  private static final Set<String> WHERE_ON_WORDS = Set.of("op", "over", "mee", "in", "voor");

  /** "waarop", "waarover": a question about what, whatever person the rest names. */
  private static final Set<String> WHERE_ON = Set.of("waarop", "waarover", "waaraan", "waarmee", "waarnaar");

  /** Words for the town a day is in: "in welke plaats is het?". */
  private static final Set<String> ABLE = Set.of("kan", "kun", "kunt", "kunnen", "mag", "mogen");
  private static final Set<String> ACTIVE = Set.of("doen", "beleven", "meedoen");
  /** "wat begint er als ...?": which sessions start then. */
  private static final Set<String> STARTS = Set.of("begint", "start", "beginnen", "starten");
  /** Taking part: "waar kan hij aan meedoen?" asks in what. */
  private static final Set<String> JOIN = Set.of("meedoen", "deelnemen", "meespelen", "mee");
  private static final Set<String> TOWNS = Set.of("plaats", "stad", "dorp", "woonplaats", "plaatsje", "gemeente");

  /** The asked kind for {@code tokens}; {@code conditions} may gain or lose a condition on the way. */
  static Asked adjust(List<String> tokens, Asked given, List<Condition> conditions) {
    Asked asked = given;
    int these = Math.max(tokens.indexOf("deze"), tokens.indexOf("dit"));
    if (asked == Asked.PEOPLE && these > 0 && tokens.stream().anyMatch(t -> t.startsWith("organise"))
        && these + 1 < tokens.size() && conditions.stream().allMatch(c -> c instanceof Condition.About
        || c instanceof Detail)) {
      // "wie organiseert deze banenmarkt?": this day's organiser, not the people of its session of that name
      conditions.removeIf(c -> c instanceof Condition.About);
      asked = Asked.EVENT;
    }
    boolean existing = tokens.contains("bestaat") || tokens.contains("bestaan");
    if (existing && (QuestionForm.startsWith(tokens, "sinds", "wanneer") || QuestionForm.startsWith(tokens, "hoe",
        "lang") || QuestionForm.startsWith(tokens, "hoelang"))) {
      // "sinds wanneer bestaat Hoepla?", "hoe lang bestaat het leernetwerk al?": its history, which only a text gives
      conditions.add(Detail.text("sinds"));
      return Asked.UNKNOWN;
    }
    if (asked == Asked.DATE && tokens.contains("tot") && QuestionForm.asksClockTime(tokens)) {
      asked = Asked.TIME; // "tot hoelaat is het vandaag?" asks the hour it ends, not the date
    }
    if (asked == Asked.CONTENT && tokens.size() > 2 && tokens.get(0).equals("wat") && tokens.get(2).equals("er")
        && conditions.stream().anyMatch(c -> c instanceof Condition.Relative)) {
      asked = Asked.LIST; // "wat loopt er gelijktijdig met de lezing over AI?": which sessions, not what one is about
    }
    if (asked == Asked.CONTENT && tokens.size() > 3 && tokens.get(0).equals("wat") && tokens.get(2).equals("er")
        && !conditions.isEmpty() && conditions.stream().allMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.ROOM)) {
      asked = Asked.LIST; // "wat gebeurt er bij steiger 2?": what is on there, every session of the room
    }
    if (asked == Asked.PEOPLE && tokens.size() > 4 && tokens.get(0).equals("wie") && tokens.get(1).equals("van")
        && (tokens.get(2).equals("de") || tokens.get(2).equals("het")) && conditions.isEmpty()) {
      // "wie van de politie spreekt er?" when no speaker is from there: the programme does not have one
      conditions.add(new Condition.NotInProgramme(tokens.get(2) + " " + tokens.get(3), true));
    }
    boolean dayOnly = conditions.stream().allMatch(c -> c instanceof Condition.NotInProgramme
        || c instanceof Condition.About about && about.entity().type() == EntityType.EVENT);
    boolean town = tokens.contains("in") && (QuestionForm.followedBy(tokens, "welke", TOWNS)
        || QuestionForm.followedBy(tokens, "welk", TOWNS));
    // "in welke plaats is de muziekschool?", "in welk dorp is de reparatiedag?": the town of the day's venue, whatever
    // session or room a word of it also names ("plaats" of the "Werkplaats")
    boolean venueAsked = town && tokens.indexOf("in") == 0 && conditions.stream().noneMatch(c -> c instanceof
        Condition.About about && about.entity().type() == EntityType.SPEAKER);
    if (venueAsked) {
      conditions.removeIf(c -> c instanceof Condition.About about && about.entity().type() != EntityType.EVENT);
    }
    if (town && (dayOnly || venueAsked)) {
      asked = Asked.ROOM; // "in welke plaats is het?", "in welke stad is het rondetafelgesprek?": where the day is
      conditions.removeIf(c -> c instanceof Condition.NotInProgramme);
      conditions.add(new Detail("plaats"));
    }
    if (tokens.contains("adres") && conditions.stream().anyMatch(c -> c instanceof Condition.NotInProgramme u
        && !u.person() && Buildings.named(u.words()))) {
      // "wat is het adres van het provinciehuis?": a building the programme does not name is where the day is
      asked = Asked.ROOM;
      conditions.removeIf(c -> !(c instanceof Condition.About about && about.entity().type() == EntityType.EVENT));
    }
    if ((asked == Asked.LIST || asked == Asked.PROGRAMME) && tokens.contains("nog") && !tokens.contains("hoe")
        && !tokens.contains("meer")
        && conditions.stream().allMatch(c -> c instanceof Condition.AfterNow)) {
      // "wat komt er nog?", "wat staat er nog op het programma?": everything after now, not only the next block
      asked = Asked.LIST;
      conditions.removeIf(c -> c instanceof Condition.AfterNow);
      conditions.add(new Condition.AfterNow());
      conditions.add(new Detail("alles"));
      if (tokens.contains("loopt") || tokens.contains("lopen")) {
        conditions.add(new Detail("lopend")); // "wat loopt er nog?": what is still on counts too
      }
    }
    if (tokens.stream().anyMatch(t -> t.startsWith("organiseer") || t.equals("organisator")
        || t.equals("organiseren")) && conditions.stream().allMatch(c -> c instanceof Condition.InPeriod
        || c instanceof Condition.About about && about.entity().type() == EntityType.EVENT)) {
      asked = Asked.EVENT; // "wie organiseert deze middag?": the day's organiser
      conditions.removeIf(c -> c instanceof Condition.InPeriod);
    }
    if (tokens.size() >= 3 && tokens.get(0).equals("voor") && tokens.get(1).equals("wie")
        && (tokens.contains("bedoeld") || tokens.contains("bestemd") || tokens.contains("georganiseerd"))
        && conditions.stream().allMatch(c -> c instanceof Condition.InPeriod || c instanceof Detail
        || c instanceof Condition.About about && about.entity().type() == EntityType.EVENT)) {
      asked = Asked.EVENT; // "voor wie is deze middag bedoeld?": who the day is for, which its summary says
      conditions.removeIf(c -> c instanceof Condition.InPeriod || c instanceof Detail);
    }
    if (asked == Asked.YESNO && tokens.contains("tot") && conditions.stream().anyMatch(c -> c instanceof Condition.Until)
        && tokens.stream().anyMatch(t -> t.equals("duurt") || t.equals("duren") || t.equals("loopt")
        || t.equals("open") || t.equals("lopen"))) {
      conditions.add(new Detail("duurt-tot")); // "duurt het webinar tot half 5?": whether it ends then, not before
    }
    if (!tokens.isEmpty() && tokens.get(0).equals("wat")
        && (tokens.contains("meenemen") || tokens.contains("meebrengen"))) {
      asked = Asked.CONTENT; // "wat moet ik meenemen naar tafel A?": what its description says
    }
    if (asked == Asked.EVENT && (tokens.contains("eerste") || tokens.contains("laatste"))
        && tokens.stream().anyMatch(t -> t.equals("onderdeel") || t.equals("programmaonderdeel") || t.equals("sessie"))) {
      asked = Asked.LIST; // "wat is het laatste onderdeel van de middag?": a session of the day, not the day
      conditions.removeIf(c -> c instanceof Condition.About about && about.entity().type() == EntityType.EVENT
          || c instanceof Condition.InPeriod);
    }
    if ((asked == Asked.PERSON || asked == Asked.PEOPLE || asked == Asked.ROOM) && !tokens.isEmpty()
        && tokens.get(0).equals("waar") && (tokens.contains("allemaal") || tokens.contains("overal"))) {
      asked = Asked.LIST; // "waar is Ingrid van Wijk allemaal bij?": the sessions she is in
    }
    if ((asked == Asked.PEOPLE || asked == Asked.UNKNOWN) && (QuestionForm.startsWith(tokens, "hoe", "heet")
        || QuestionForm.startsWith(tokens, "wat", "is") && tokens.contains("naam")) && tokens.size() <= 7
        && tokens.stream().anyMatch(BUILDINGS::contains)
        && conditions.stream().allMatch(c -> c instanceof Detail)) {
      asked = Asked.ROOM; // "hoe heet het gebouw?", "wat is de naam van de locatie?": where the day is
    }
    if (asked == Asked.PEOPLE && QuestionForm.startsWith(tokens, "waar", "staan", "staat", "zitten", "zit")
        && tokens.stream().noneMatch(WHERE_ON_WORDS::contains)) {
      asked = Asked.ROOM; // "waar staan de infokramen?": where, though "staan" sounds like someone on a stage
    }
    if (asked == Asked.LIST && whatKind(tokens) && !conditions.isEmpty() && conditions.stream().allMatch(c
        -> c instanceof Condition.About about && about.entity().type() == EntityType.SESSION)) {
      asked = Asked.CONTENT; // "wat voor lunch is het?", "wat is de pitchronde precies?": what it is
    }
    if (asked == Asked.LIST && asksOfOneSession(tokens, conditions)) {
      asked = Asked.CONTENT; // "over welke stellingen gaat het lagerhuisdebat?": what that one session has
    }
    int te = tokens.indexOf("te");
    if (asked == Asked.LIST && te > 0 && te + 1 < tokens.size() && (tokens.get(te + 1).equals("zien")
        || tokens.get(te + 1).equals("doen") || tokens.get(te + 1).equals("beleven"))
        && conditions.stream().filter(c -> c instanceof Condition.About).count() == 1
        && conditions.stream().anyMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.SESSION)) {
      asked = Asked.CONTENT; // "wat is er te zien op de postermarkt?": what it is about
    }
    if ((asked == Asked.PERSON || asked == Asked.PEOPLE) && tokens.contains("wat") && !tokens.contains("wie")
        && tokens.stream().anyMatch(ChildWords.WORDS::contains)
        && tokens.stream().anyMatch(t -> DateWords.digits(t, 1, 2))
        && conditions.stream().noneMatch(ConditionKinds::namesPerson)) {
      asked = Asked.LIST; // "mijn zoon is 11, wat gaat hij doen?": what there is for a child of that age
    }
    if (asked == Asked.UNKNOWN && tokens.size() > 3 && tokens.get(0).equals("wat") && ABLE.contains(tokens.get(1))
        && ACTIVE.contains(tokens.get(tokens.size() - 1))
        && conditions.stream().noneMatch(c -> c instanceof Condition.About)) {
      asked = Asked.LIST; // "wat kunnen kinderen doen?", "wat kan mijn zoon van 5 hier doen?": which sessions
    }
    if (asked == Asked.TIME && tokens.size() > 2 && tokens.get(0).equals("wat") && (STARTS.contains(tokens.get(1))
        && tokens.get(2).equals("er") || ABLE.contains(tokens.get(1)) && tokens.stream().anyMatch(ACTIVE::contains))) {
      // "wat begint er als de lezing is afgelopen?", "wat kan ik doen tussen de lezing en het panel?": which sessions,
      // not when
      asked = Asked.LIST;
    }
    int waar = tokens.indexOf("waar");
    if ((asked == Asked.ROOM || asked == Asked.UNKNOWN) && (!tokens.isEmpty() && tokens.get(0).equals("waaraan")
        || waar >= 0 && tokens.subList(waar, tokens.size()).contains("aan"))
        && tokens.stream().anyMatch(JOIN::contains)
        && conditions.stream().noneMatch(c -> c instanceof Condition.About)) {
      asked = Asked.LIST; // "mijn zoon is 9, waar kan hij aan meedoen?": which sessions, not where
    }
    if (asked == Asked.LIST && tokens.contains("nog") && !tokens.contains("meer") && conditions.stream()
        .anyMatch(c -> c instanceof Condition.Relative r && r.relation() == Condition.Relation.AFTER)) {
      conditions.add(new Detail("alles")); // "wat staat er na de quiz nog op het programma?": all of the rest
    }
    if ((asked == Asked.LIST || asked == Asked.PEOPLE || asked == Asked.COUNT)
        && tokens.stream().anyMatch(STILL_THERE::contains)
        && conditions.stream().anyMatch(c -> c instanceof Condition.Relative r && r.relation() == Condition.Relation.AFTER)
        && conditions.stream().anyMatch(c -> c instanceof Condition.About about && about.entity().type() == EntityType.PART)) {
      conditions.add(new Detail("lopend")); // "welke tafels zijn er na de lunch nog?": still on after it, too
    }
    if (asked == Asked.PEOPLE && !tokens.isEmpty() && (WHERE_ON.contains(tokens.get(0))
        || tokens.get(0).equals("waar") && WHERE_ON.contains("waar" + tokens.get(tokens.size() - 1)))) {
      // "waarop beoordeelt de jury?", "waar let de jury op?": on what, not who; "waar treden de rappers op?": where
      asked = tokens.contains("treden") || tokens.contains("treedt") ? Asked.ROOM : Asked.CONTENT;
    }
    if (asked == Asked.UNKNOWN && !conditions.isEmpty() && conditions.stream().allMatch(c
        -> c instanceof Condition.Relative r && r.target().isEmpty() || c instanceof Detail)) {
      asked = Asked.LIST; // "en erna?", "en ervoor?": what comes after or before what the conversation was about
    }
    if (asked == Asked.UNKNOWN && tokens.stream().anyMatch(OPENING_HOURS::contains) && conditions.stream()
        .anyMatch(c -> c instanceof Condition.About about && about.entity().type() == EntityType.SESSION)) {
      asked = Asked.TIME; // "tuin ten brink open?", "natuurtuin openingstijden": when it is open
    }
    if (asked == Asked.UNKNOWN && tokens.size() >= 3 && tokens.get(0).equals("iets") && tokens.get(1).equals("voor")
        && (!conditions.isEmpty() || tokens.subList(2, Math.min(tokens.size(), 4)).stream()
        .anyMatch(t -> t.chars().allMatch(Character::isDigit)))) {
      // "iets voor kids?", "iets voor 5 jarige?": what there is for them (an age is a detail, no condition here)
      asked = Asked.LIST;
    }
    if (asked == Asked.UNKNOWN && tokens.stream().anyMatch(CLOCK_NOUNS::contains)) {
      asked = Asked.TIME; // "wedstrijd starttijd", "eindtijd disco?": when it starts or ends
    }
    if ((asked == Asked.UNKNOWN || asked == Asked.LIST) && tokens.stream().anyMatch(HOURS::contains)
        && conditions.stream().noneMatch(c -> c instanceof Condition.About)) {
      // "openingstijden?", "wat zijn de openingstijden": the day's own hours, not a thing the programme lacks
      asked = Asked.TIME;
      conditions.removeIf(c -> c instanceof Condition.NotInProgramme n && HOURS.contains(n.words()));
    }
    if (asked == Asked.HELP && tokens.contains("waar") && conditions.stream().anyMatch(c -> c instanceof Condition.About
        about && (about.entity().type() == EntityType.SESSION || about.entity().type() == EntityType.MENTION))) {
      asked = Asked.ROOM; // "waar kan ik hulp krijgen met onze pitch?": where the session for it is, not this bot's help
    }
    List<String> bare = tokens.stream().filter(t -> !t.equals("en") && !t.equals("dan") && !t.equals("precies"))
        .toList();
    if (asked == Asked.UNKNOWN && conditions.isEmpty() && bare.size() <= 4 && bare.size() >= 2
        && bare.stream().anyMatch(PRONOUNS::contains) && QuestionForm.byQuestionWord(bare).isPresent()) {
      // "+ waar vertrekt die?", "en wanneer begint het?": a question word about what came before
      asked = QuestionForm.byQuestionWord(bare).filter(q -> q != Asked.LIST).orElse(asked);
    }
    if (asked == Asked.UNKNOWN && conditions.isEmpty() && bare.size() <= 2 && !bare.isEmpty()) {
      // "+ waar?", "en hoe laat?", "tot hoe laat?": only a question word, about what came before
      asked = bare.contains("laat") || bare.contains("hoelaat") ? Asked.TIME
          : QuestionForm.byQuestionWord(bare).filter(q -> q != Asked.LIST).orElse(asked);
    }
    return asked;
  }
}
