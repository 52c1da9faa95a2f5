package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "is de ochtendworkshop vol?", "ochtendworkshop vol?": whether a named session is full, a yes or no its own text may
 * answer ("Deze ochtendronde is volgeboekt"). Read as the {@link Detail} {@link #ASKED}.
 */
public final class FullAsked {
  /** The detail that says whether something is full is asked. */
  public static final String ASKED = "vol-gevraagd";
  /** The detail that asks which sessions are full. */
  public static final String LIST = "vol-lijst";
  /** The detail that asks how many places are left. */
  public static final String LEFT_COUNT = "plekken-over";
  /** The detail that asks which sessions still have room. */
  public static final String OPEN_LIST = "plek-lijst";
  private static final Set<String> FULL = Set.of("vol", "volgeboekt", "volzet", "uitverkocht");
  private static final Set<String> WHICH_AFTER = Set.of("bij", "voor", "in", "op");
  private static final Set<String> ARTICLE = Set.of("een", "n", "'n");
  /** "is er om 13:15 nog plek bij X?": whether there is room, which "plek" as a common word does not carry. */
  public static final String ROOM_ASKED = "plek-gevraagd";
  private static final Set<String> ROOM = Set.of("plek", "plekken", "plaats", "plaatsen", "ruimte", "plekje");
  /** "kan ik me nog aanmelden voor ...?": whether registering is still possible, which a full session denies. */
  public static final String STILL_REGISTER = "nog-aanmelden";
  private static final Set<String> REGISTER = Set.of("aanmelden", "inschrijven", "opgeven", "reserveren", "boeken");

  /**
   * "kan ik nog mee met ...?", "kan ik nog een kaartje kopen voor ...?", "zijn er nog tickets?": whether one can still
   * join, which is whether there is room ("kan ik me nog aanmelden?" asks how, unless what is named is full:
   * {@link #STILL_REGISTER}; "kan mijn zoon van 13 nog meedoen?" whether he is old enough).
   */
  private static final Set<String> TICKETS = Set.of("kaarten", "kaartjes", "tickets", "toegangskaarten");
  private static final Set<String> JOIN = Set.of("mee", "meedoen", "kaart", "kaartje",
      "kaarten", "kaartjes", "ticket", "tickets", "binnen", "erbij", "aansluiten", "huren");

  private FullAsked() {
  }

  private static boolean forAges(List<String> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).equals("voor") && tokens.get(k + 1).matches("\\d+(-\\d+)?")) {
        return true;
      }
    }
    return false;
  }

  private static boolean joinsStill(List<String> tokens, int still) {
    for (int k = still + 1; k < Math.min(tokens.size(), still + 4); k++) {
      String t = tokens.get(k);
      if (JOIN.contains(t) || t.startsWith("mee") && t.length() >= 8 && t.endsWith("en")) { // "meerijden"
        return true;
      }
    }
    return false;
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.contains("hoeveel") && tokens.contains("nog") && tokens.stream().anyMatch(ROOM::contains)) {
      // "hoeveel plekken zijn er nog bij de glasparels?": the places left, not how many there are
      List<Condition> conditions = new ArrayList<>(query.conditions());
      conditions.add(new Detail(LEFT_COUNT));
      return query.withConditions(conditions);
    }
    // "bij welke rondes is nog plek?", "voor welke ronde zijn er nog plekken?": those not full
    boolean which = !tokens.isEmpty() && (tokens.get(0).startsWith("welk") || tokens.size() > 1
        && WHICH_AFTER.contains(tokens.get(0)) && tokens.get(1).startsWith("welk"));
    int left = tokens.indexOf("nog");
    // ("welke rondleidingen zijn nog niet vol?" asks the same)
    boolean notFull = java.util.stream.IntStream.range(1, tokens.size())
        .anyMatch(k -> FULL.contains(tokens.get(k)) && tokens.get(k - 1).equals("niet"));
    // ("voor welke voorstellingen zijn er nog kaarten?": tickets left are room left)
    // ("waar is nog plek?": which sessions, not where the day is)
    boolean where = !tokens.isEmpty() && tokens.get(0).equals("waar");
    if ((which || where) && (notFull || left >= 0 && left + 1 < tokens.size() && (ROOM.contains(tokens.get(left + 1))
        || TICKETS.contains(tokens.get(left + 1)) || tokens.get(left + 1).equals("vrij")))) {
      List<Condition> conditions = new ArrayList<>(query.conditions().stream().filter(c -> !(c instanceof Detail d
          && d.text().filter(t -> ROOM.contains(t) || TICKETS.contains(t)).isPresent())).toList());
      conditions.add(new Detail(OPEN_LIST));
      return query.withAsked(Asked.LIST).withConditions(conditions);
    }
    if (tokens.stream().anyMatch(FULL::contains) && !tokens.isEmpty() && (which
        || tokens.get(0).equals("wat") && tokens.contains("allemaal"))) {
      // "welke onderdelen zijn al vol?", "wat is er allemaal al vol of uitverkocht?": the full ones, of all or those
      // named; not only the texts that use its word ("uitverkocht"), nor only what is on now ("wat is er ...?")
      List<Condition> conditions = new ArrayList<>(query.conditions().stream().filter(c -> !(c instanceof Detail d
          && FULL.contains(d.word().substring(d.word().indexOf(':') + 1))) && !(c instanceof Condition.AtNow
          && !tokens.contains("nu"))).toList());
      conditions.add(new Detail(LIST));
      return query.withAsked(Asked.LIST).withConditions(conditions);
    }
    // ("kan ik nog mee met de escape room van 10:30?": a topic's session at a time)
    boolean named = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.SESSION
        || c.entity().type() == EntityType.PART || c.entity().type() == EntityType.TOPIC
        && !query.all(Condition.At.class).isEmpty());
    int still = tokens.indexOf("nog");
    // ("nog een plekje", "nog n plekje": the room after the article)
    int roomWord = still >= 0 && still + 2 < tokens.size() && ARTICLE.contains(tokens.get(still + 1)) ? still + 2
        : still + 1;
    boolean room = still >= 0 && roomWord < tokens.size() && (ROOM.contains(tokens.get(roomWord))
        || query.asked() == Asked.YESNO && joinsStill(tokens, still)
        && (query.all(Detail.class).stream().noneMatch(d -> d.word().startsWith("leeftijd:"))
        || forAges(tokens))); // "de bouwwedstrijd voor 8-11 jaar": the age names what to join
    if (named && !room && still >= 0 && query.asked() == Asked.YESNO && tokens.stream().noneMatch(FULL::contains)
        && tokens.stream().anyMatch(REGISTER::contains) && !tokens.contains("hoe")) {
      // "kan ik me nog aanmelden voor het vertaalatelier?": not when it is full, which its text may say
      List<Condition> conditions = new ArrayList<>(query.conditions());
      conditions.add(new Detail(STILL_REGISTER));
      return query.withConditions(conditions);
    }
    if (!named || tokens.stream().noneMatch(FULL::contains) && !room || tokens.contains("hoe")) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(room ? ROOM_ASKED : ASKED));
    // ("ochtendworkshop vol?": the chat form of the same yes or no)
    boolean yesNo = query.asked() == Asked.YESNO || tokens.size() <= 4 && query.asked() != Asked.TIME;
    return (yesNo ? query.withAsked(Asked.YESNO) : query).withConditions(conditions);
  }
}
