package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "kan ik met een rolstoel in de torens komen?", "is de wolzolder bereikbaar met een rolstoel?": whether a place can be
 * reached with a wheelchair, a rollator or a pram, which a description's sentence about that place may say ("De
 * Wolzolder is alleen bereikbaar via een trap"); "is er een lift in de toren?" the same way ("Geen lift; ...").
 * Read as {@code toegang:AID:ja:PLACE,PLACE} ("nee" when it was not
 * read as a yes or no before), the places being the other words of the question, with the sessions and rooms it names.
 */
public final class AccessAsked {
  public static final String PREFIX = "toegang:";
  /** The sessions one can do with the aid named after it: {@code toegang-lijst:rolstoel}. */
  public static final String LIST = "toegang-lijst:";
  /** The words for an aid, each with the one a reply names it by. */
  private static final java.util.Map<String, String> AIDS = java.util.Map.of("rolstoel", "rolstoel", "rolstoelen",
      "rolstoel", "rollator", "rollator", "rollators", "rollator", "scootmobiel", "scootmobiel", "kinderwagen",
      "kinderwagen", "kinderwagens", "kinderwagen", "buggy", "buggy", "rolstoelgebruiker", "rolstoel", "lift", "lift");
  /** "is hal a rolstoeltoegankelijk?": the aid and the access in one word. */
  private static final String ACCESSIBLE = "rolstoeltoegankelijk";
  /** Words of the question that name no place: how it asks, who, and the access itself. */
  private static final Set<String> NO_PLACE = Set.of("kan", "kun", "kunnen", "ik", "je", "jij", "we", "wij", "u",
      "met", "een", "de", "het", "in", "naar", "komen", "is", "zijn", "mijn", "onze", "toegankelijk", "bereikbaar",
      "voor", "op", "bij", "van", "er", "ook", "daar", "binnen", "over", "zitten", "mee", "gaan", "rijden",
      "goed", "wel", "nog", "te", "doen", "die", "dat", "deze", "dit", "ingaan", "toe", "heen", "als", "zit",
      "moeder", "vader", "oma", "opa", "man", "vrouw", "zoon", "dochter", "oke");
  private static final int PLACE = 4;

  private AccessAsked() {
  }

  /** "welke ... met een rolstoel?", not "welke ... niet met een rolstoel?" (what one cannot, NotAllowedAsked). */
  private static boolean listed(List<String> tokens, boolean aid) {
    return (aid || tokens.contains(ACCESSIBLE)) && (tokens.contains("welke") || tokens.contains("welk"))
        && !tokens.contains("niet") && !tokens.contains("geen") && !tokens.contains("hoeveel");
  }

  static Query read(Query query, List<String> tokens, List<Span> spans) {
    String aid = null;
    for (String token : tokens) {
      if (AIDS.containsKey(token) || token.equals(ACCESSIBLE)) {
        aid = AIDS.getOrDefault(token, "rolstoel");
        break;
      }
    }
    // ("welke delen van de route ...?" asks what one session's text says: its parts, not which sessions)
    if (listed(tokens, aid != null) && query.asked() != Asked.CONTENT) {
      // "welke tuinen kan ik in met een rolstoel?", "welke onderdelen zijn rolstoeltoegankelijk?": those one can
      List<Condition> conditions = new ArrayList<>(query.conditions());
      conditions.removeIf(c -> c instanceof Detail d && d.text().isPresent());
      conditions.add(new Detail(LIST + (aid == null ? "rolstoel" : aid)));
      return new Query(Asked.LIST, conditions, query.order(), query.counted(), true);
    }
    // ("kan ik een rolstoel lenen?" asks for one, "waar kan ik met een rolstoel naar binnen?" where: not these)
    if (aid == null || query.asked() != Asked.YESNO && query.asked() != Asked.UNKNOWN
        || !YesNoForm.isYesNo(tokens) && !tokens.contains("toegankelijk") && !tokens.contains("bereikbaar")
        && !tokens.contains("ok") && !tokens.contains("oke") // ("rolstoel japanse tuin ok?")
        || tokens.contains("lenen") || tokens.contains("huren") || tokens.contains("meenemen")) {
      return query;
    }
    List<String> places = new ArrayList<>();
    for (String token : tokens) {
      if (token.length() >= PLACE && !NO_PLACE.contains(token) && !AIDS.containsKey(token)
          && !token.equals(ACCESSIBLE) && token.chars().allMatch(c -> Character.isLetter(c) || c == '-')
          && !places.contains(token)) {
        places.add(token);
      }
    }
    // ("is hal a rolstoeltoegankelijk?": a room's name of short words is one place)
    spans.stream().filter(s -> s.entity().type() == EntityType.ROOM && s.to() - s.from() >= 2)
        .map(s -> String.join(" ", tokens.subList(s.from(), s.to()))).filter(p -> !places.contains(p))
        .forEach(places::add);
    // read as out of scope, the question lost what it names: the session or room it asks about
    List<Condition> conditions = query.has(Condition.About.class) ? new ArrayList<>(query.conditions())
        : LostNames.restored(query.conditions(), spans, e -> false);
    // (whether it was a yes or no before: else a reply that finds no sentence says the programme does not tell)
    conditions.add(new Detail(PREFIX + aid + ":" + (query.asked() == Asked.YESNO ? "ja" : "nee") + ":"
        + String.join(",", places)));
    return new Query(Asked.YESNO, conditions, query.order(), query.counted(), query.plural());
  }
}
