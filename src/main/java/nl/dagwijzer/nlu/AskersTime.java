package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Questions about the asker's own time rather than the programme's: what one misses by coming late or leaving early
 * ("ik kom om 10:00 binnen, wat heb ik gemist?"), and how long one waits for something ("hoe lang duurt het nog
 * voordat de uitreiking begint?").
 */
final class AskersTime {
  private static final Set<String> MISSED = Set.of("gemist", "mis", "missen", "misgelopen");
  private static final Set<String> LEAVING = Set.of("weg", "vertrek", "vertrekken", "weggaan", "eerder", "verlaat",
      "verlaten");

  private AskersTime() {
  }

  private static final Set<String> COMING = Set.of("verwacht", "passen", "aangemeld", "ingeschreven", "aanmelden",
      "inschrijven");
  private static final Set<String> MAY = Set.of("kunnen", "mogen", "kan", "mag", "kun", "kunt");
  private static final Set<String> JOINING = Set.of("mee", "meedoen", "deelnemen", "komen", "bijwonen", "meekijken",
      "meelopen", "meespelen", "meevaren");
  private static final Set<String> FROM = Set.of("van", "namens", "uit", "bij");
  private static final Set<String> ASKERS = Set.of("je", "ik", "we", "wij", "jullie");
  /** "zit je", "zitten we": the asker in the group ("als je de gespreksleider meetelt" is not). */
  private static final Set<String> SITTING = Set.of("zit", "zitten", "sta", "staan");
  private static final Set<String> GROUP_PEOPLE = Set.of("mensen", "personen", "man", "kinderen", "deelnemers");
  private static final Set<String> GROUPS = Set.of("team", "teams", "groep", "groepje", "groepen", "ploeg");
  /** Who may come, as a count asks them: "hoeveel tieners kunnen meedoen aan spoken word?". */
  private static final Set<String> ATTENDEES = Set.of("mensen", "personen", "kinderen", "tieners", "jongeren",
      "volwassenen", "kids");
  private static final Set<String> PLACE = Set.of("plek", "plaats", "ruimte");
  /** "hoeveel mensen kunnen er mee bij de workshop?" is about that session; "van", "namens", "uit" say whose. */
  private static final Set<String> FROM_WHOM = Set.of("van", "namens", "uit");

  /** Whether "hoeveel" asks how many may come or are coming ("hoeveel plekken", "hoeveel mensen verwacht"). */
  static boolean capacity(List<String> tokens) {
    int count = QuestionForm.indexOfCount(tokens);
    String noun = count >= 0 && count + 1 < tokens.size() ? tokens.get(count + 1) : "";
    // "hoeveel kids max bij eenwieler?": the most that may take part
    boolean most = (GROUP_PEOPLE.contains(noun) || noun.equals("kids")) && (tokens.contains("max")
        || tokens.contains("maximaal") || tokens.contains("maximum"));
    return CueWords.CAPACITY.contains(noun) || attendance(tokens, noun) || groupSize(tokens, count, noun) || most;
  }

  /**
   * "met hoeveel man is een touwtrekteam?", "met hoeveel mensen mag je in een quizteam?", "hoeveel man per
   * rondleiding?": how many make up a team or a group, which only a description can say.
   */
  private static boolean groupSize(List<String> tokens, int count, String noun) {
    if (!GROUP_PEOPLE.contains(noun)) {
      return false;
    }
    boolean with = count > 0 && tokens.get(count - 1).equals("met");
    return tokens.contains("per") || with && tokens.stream().anyMatch(GROUPS::contains)
        || with && tokens.stream().anyMatch(MAY::contains) && tokens.stream().anyMatch(ASKERS::contains);
  }

  /**
   * "hoeveel plekken zijn er?", "hoeveel mensen worden er verwacht?": a count of what lies outside the programme,
   * unknown unless a description gives it (so the capacity is marked to be looked for there); "hoeveel plaatsen heeft
   * het ai-lab?" a count of what is named, which its description may give. Adds the mark to {@code conditions}.
   */
  static Asked outside(List<String> tokens, List<Condition> conditions) {
    if (!capacity(tokens)) {
      return Asked.UNKNOWN;
    }
    conditions.add(new Detail("capaciteit"));
    boolean named = conditions.stream().anyMatch(c -> c instanceof Condition.About about
        && (about.entity().type() == EntityType.SESSION || SeriesNames.isSeries(about.entity())));
    return named && !YesNoForm.isYesNo(tokens) ? Asked.COUNT : Asked.UNKNOWN;
  }

  /**
   * "hoeveel mensen komen er van Cardea?": people from an organisation the programme names are its speakers, however
   * much the question sounds like one about attendance.
   */
  static boolean peopleOfOrganisation(List<String> tokens, List<Span> spans) {
    int count = QuestionForm.indexOfCount(tokens);
    return count >= 0 && count + 1 < tokens.size() && CueWords.PEOPLE_NOUNS.contains(tokens.get(count + 1))
        && spans.stream().anyMatch(s -> s.entity().type() == EntityType.ORGANISATION && s.from() > count
        && s.from() > 0 && FROM.contains(tokens.get(s.from() - 1)));
  }

  /** "hoeveel mensen worden er verwacht?", "hoeveel mensen passen er in een kiesblok?": attendees, not speakers. */
  static boolean attendance(List<String> tokens, String noun) {
    // "hoeveel mensen kunnen meedoen?" may come; "hoeveel mensen doen er mee aan het panel?" are on it
    // "hoeveel gasten komen er?" on the day as a whole: its visitors, not a panel's guests ("aan tafel")
    boolean visitors = (noun.equals("gasten") || noun.equals("bezoekers")) && tokens.contains("komen")
        && !tokens.contains("tafel") && !tokens.contains("aan");
    // "met hoeveel mensen zit je in een gespreksgroep?", "hoeveel mensen kunnen er aan een tafel?": the asker among
    // them, or room for them: how many take part, not who speaks
    boolean asker = java.util.stream.IntStream.range(1, tokens.size()).anyMatch(i -> ASKERS.contains(tokens.get(i))
        && SITTING.contains(tokens.get(i - 1)));
    int may = java.util.stream.IntStream.range(0, tokens.size() - 1).filter(i -> MAY.contains(tokens.get(i)))
        .findFirst().orElse(-1);
    // ("voor hoeveel mensen is er plek bij de barbecue?": the places it has)
    boolean room = may >= 0 && tokens.get(may + 1).equals("er") || tokens.stream().anyMatch(PLACE::contains);
    // ("hoeveel kinderen mogen er naar het kinderfeest?": children as the people who may come)
    return ATTENDEES.contains(noun) && (tokens.stream().anyMatch(COMING::contains)
        || tokens.stream().anyMatch(MAY::contains) && tokens.stream().anyMatch(JOINING::contains) || asker || room)
        && java.util.stream.IntStream.range(0, tokens.size()).noneMatch(i -> FROM_WHOM.contains(tokens.get(i))
        && !(i + 1 < tokens.size() && tokens.get(i + 1).matches("\\d+"))) // ("van 6 t/m 9": an age, not whose)
        || visitors && tokens.stream().noneMatch(FROM::contains);
  }

  /**
   * "ik kom pas om vijf uur, wat kan ik dan nog doen?", "ik kom om kwart voor drie aan, wat kan ik nog zien?": a list
   * of everything from then on, not only what is on then.
   */
  static void fromThen(List<String> tokens, List<Condition> conditions) {
    boolean arriving = tokens.contains("kom") && (tokens.contains("aan") || tokens.contains("binnen"));
    if (tokens.contains("nog") && (tokens.contains("pas") || tokens.contains("dan") || arriving)) {
      conditions.replaceAll(c -> c instanceof Condition.At at ? new Condition.From(at.time()) : c);
    }
    // "welke tuinen zijn om 14:30 al dicht?": those that ended by then, not those still open then
    java.util.Optional<String> closed = tokens.stream().filter(CLOSED::contains).findFirst();
    if (tokens.contains("al") && closed.isPresent() && conditions.stream().anyMatch(c -> c instanceof Condition.At)) {
      conditions.replaceAll(c -> c instanceof Condition.At at ? new Condition.Until(at.time()) : c);
      if (conditions.stream().noneMatch(c -> c instanceof Condition.About about
          && about.entity().id().equals(DayPart.EINDE.id()))) {
        conditions.add(new Condition.About(new Entity(EntityType.PART, DayPart.EINDE.id(), closed.get())));
      }
    }
  }

  /** What a session is once it has ended: "al dicht", "al afgelopen". */
  private static final Set<String> CLOSED = Set.of("dicht", "gesloten", "afgelopen", "voorbij", "klaar", "gestopt",
      "geweest");

  /** "hoe lang is het van de lunch tot de borrel?": the time between two named parts, whatever the classifier said. */
  static Asked asked(List<String> tokens, List<Condition> conditions, Asked asked) {
    if (conditions.stream().anyMatch(c -> c instanceof Condition.BeforeNow) && (asked == Asked.UNKNOWN
        || asked == Asked.HELP || asked == Asked.PERSON)) {
      return QuestionForm.startsWith(tokens, "wie") ? Asked.PEOPLE : Asked.LIST;
    }
    boolean howLong = QuestionForm.startsWith(tokens, "hoe", "lang") || QuestionForm.startsWith(tokens, "hoelang")
        || QuestionForm.startsWith(tokens, "hoeveel", "tijd");
    return howLong && (asked == Asked.TIME || asked == Asked.LIST) && conditions.stream().anyMatch(c ->
        c instanceof Condition.Relative r && r.relation() == Condition.Relation.BETWEEN && !r.until().isEmpty())
        ? Asked.DURATION : asked;
  }

  private static final Set<String> PAST = Set.of("was", "waren", "sprak", "spraken", "gehad", "geweest",
      "gesproken", "gedaan", "begon");
  private static final Set<String> NOT_A_SESSION = Set.of("jaar", "week", "maand", "keer", "editie", "bijeenkomst");

  /** "net afgelopen", "zojuist klaar": what ended last. */
  private static final Set<String> JUST_ENDED = Set.of("afgelopen", "klaar", "voorbij", "gestopt",
      "geeindigd");

  /** "het vorige onderdeel", "net", "zojuist" with a verb in the past: what came just before now. */
  private static boolean previous(List<String> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k);
      String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
      if ((word.equals("vorige") || word.equals("vorig")) && !NOT_A_SESSION.contains(next)) {
        return true;
      }
      if ((word.equals("net") || word.equals("zojuist") || word.equals("daarnet") || word.equals("hiervoor"))
          && (tokens.stream().anyMatch(PAST::contains) || JUST_ENDED.contains(next))) {
        return true;
      }
    }
    return false;
  }

  private static boolean timed(Condition c) {
    return c instanceof Condition.At || c instanceof Condition.Until || c instanceof Condition.From
        || c instanceof Condition.Between || c instanceof Condition.Relative || c instanceof Condition.AtNow
        || c instanceof Condition.AfterNow;
  }

  /** Rewrites {@code conditions} in place; {@code all} holds the details as well. */
  static void adjust(List<String> tokens, List<Condition> all, List<Condition> conditions) {
    if (MISSED.stream().anyMatch(tokens::contains)) {
      // arriving at a time misses what began before it; leaving at a time misses what is still to come
      boolean leaving = LEAVING.stream().anyMatch(tokens::contains);
      conditions.replaceAll(c -> c instanceof Condition.At at
          ? leaving ? new Condition.From(at.time()) : new Condition.Until(at.time()) : c);
      if (!leaving && conditions.stream().noneMatch(AskersTime::timed)) {
        conditions.add(new Condition.BeforeNow(true)); // "sorry, ben te laat: wat heb ik gemist?"
      }
    } else if (previous(tokens) && conditions.stream().noneMatch(AskersTime::timed)) {
      // ("wat is er net afgelopen?": what ended last, not the end of the day)
      conditions.removeIf(c -> c instanceof Condition.About about && about.entity().type() == EntityType.PART
          && about.entity().id().equals(DayPart.EINDE.id()));
      conditions.add(new Condition.BeforeNow(false)); // "wat was het vorige onderdeel?", "wie sprak er net?"
    }
    if (all.stream().anyMatch(c -> c instanceof Detail d && d.waiting())) {
      // the wait for what "voordat" names, not what comes before it
      List<Condition> rewritten = new ArrayList<>();
      for (Condition c : conditions) {
        if (c instanceof Condition.Relative r && r.relation() == Condition.Relation.BEFORE && r.until().isEmpty()) {
          r.target().stream().filter(e -> !e.beginOrEnd()).forEach(e -> rewritten.add(new Condition.About(e)));
        } else {
          rewritten.add(c);
        }
      }
      conditions.clear();
      conditions.addAll(rewritten);
    }
  }

  /** Verbs of closing after "tot": "tot de beurs dichtgaat". */
  private static final java.util.Set<String> CLOSING = java.util.Set.of("dichtgaat", "dicht", "sluit", "stopt",
      "ophoudt");

  private static final java.util.Set<String> IN_HOW_LONG = java.util.Set.of("minuten", "minuutjes", "tijd", "uur",
      "kwartier");

  /**
   * "hoe lang duurt het nog (tot de lunch)?", "hoe lang moet ik nog wachten?": time from now, to a start
   * ({@code nog}) or, with "tot het einde", to an end ({@code nog:einde}).
   */
  static java.util.Optional<Condition> waiting(List<String> tokens) {
    // "over hoeveel minuten is de lunch?", "over hoeveel tijd vertrekt de bus?": the time from now to its start
    int over = tokens.indexOf("over");
    if (over >= 0 && over + 2 < tokens.size() && tokens.get(over + 1).equals("hoeveel")
        && IN_HOW_LONG.contains(tokens.get(over + 2))) {
      return java.util.Optional.of(Detail.waiting(false, false));
    }
    // ("hoeveel tijd heb ik nog tot het panel?" asks the same)
    boolean howLong = QuestionForm.startsWith(tokens, "hoe", "lang") || QuestionForm.startsWith(tokens, "hoelang")
        || QuestionForm.startsWith(tokens, "hoeveel", "tijd") || tokens.contains("wachten")
        || QuestionForm.startsWith(tokens, "hoeveel", "minuten", "minuutjes") && tokens.contains("tot");
    // ("hoe lang nog voordat het festival sluit?": as "tot")
    int until = tokens.contains("tot") ? tokens.indexOf("tot")
        : Math.max(tokens.indexOf("voordat"), tokens.indexOf("totdat"));
    // "hoe lang duurt het tot de lunch?" waits as much as "hoe lang duurt het nog tot de lunch?"
    boolean itUntil = until >= 2 && tokens.get(until - 1).equals("het") && tokens.get(until - 2).startsWith("duur")
        || howLong && until >= 1 && until <= 2 && tokens.get(until - 1).startsWith("lang"); // "hoe lang tot de quiz?"
    if (howLong && tokens.contains("wachten") && !tokens.contains("nog") && until < 0 && !tokens.contains("op")) {
      return java.util.Optional.of(new Detail("wachttijd")); // "hoe lang moet ik gemiddeld wachten?": a queue's wait
    }
    // "hoe lang moet ik wachten tot de informatie begint?": waiting for a start, with or without "nog"
    // ("wachten op de volgende rondleiding": the same wait)
    int wait = tokens.indexOf("wachten");
    boolean waitUntil = wait >= 0 && (until >= 0 || wait + 1 < tokens.size() && tokens.get(wait + 1).equals("op")
        || wait > 0 && tokens.get(wait - 1).equals("op"));
    if (!howLong || !tokens.contains("nog") && !itUntil && !waitUntil) {
      return java.util.Optional.empty();
    }
    // ("tot de beurs dichtgaat", "tot het sluit": its end too)
    boolean toEnd = until >= 0 && (tokens.subList(until + 1, tokens.size()).stream().limit(2)
        .anyMatch(w -> w.equals("einde") || w.equals("eind") || w.equals("afloop"))
        || tokens.subList(until + 1, tokens.size()).stream().anyMatch(CLOSING::contains))
        // "hoe lang is de beurs nog open?": until it closes (not "... voor het open podium begint")
        || until < 0 && tokens.get(tokens.size() - 1).equals("open");
    // "hoe lang duurt de presentatie nog?" (no "tot"): how long what is named goes on, if it is on
    int lasts = Math.max(tokens.indexOf("duurt"), tokens.indexOf("duren"));
    boolean lasting = until < 0 && lasts >= 0 && lasts + 1 < tokens.size() && !tokens.get(lasts + 1).equals("het")
        && !tokens.get(lasts + 1).equals("nog");
    return java.util.Optional.of(Detail.waiting(toEnd, lasting));
  }
}
