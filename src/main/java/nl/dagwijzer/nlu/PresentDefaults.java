package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Query.Order;

/**
 * What a question leaves to its intent: "wat is er?" is about now, "wat komt er?" about what follows now (or what
 * follows the thing it names), and /workshops about the workshops.
 */
final class PresentDefaults {
  private PresentDefaults() {
  }

  /** Names that "wat volgt er op ...?" can follow. */
  private static final java.util.Set<EntityType> ANCHORS = java.util.EnumSet.of(EntityType.SESSION, EntityType.PART,
      EntityType.SPEAKER, EntityType.ROLE, EntityType.ROUND, EntityType.TOPIC);

  /** The present a bare "wat is er?" or "wat komt er?" is about, when the question names no other time or thing. */
  static void add(Intent intent, Asked asked, List<Condition> conditions, Optional<Order> order, List<String> tokens,
                  boolean shaped) {
    boolean command = tokens.isEmpty();
    if (intent == Intent.NEXT && asked == Asked.LIST) {
      boolean now = conditions.removeIf(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0);
      // "wat is het volgende bij de hoop?", "... op de catwalk?": the next thing at that place, not what follows it
      boolean atPlace = nextAt(tokens);
      if (atPlace) {
        List<Condition> after = conditions.stream().filter(c -> c instanceof Condition.Relative r
            && r.relation() == Condition.Relation.AFTER).toList();
        conditions.removeAll(after);
        after.forEach(c -> ((Condition.Relative) c).target().forEach(e -> conditions.add(new Condition.About(e))));
      }
      boolean anchored = conditions.stream().anyMatch(c -> c instanceof Condition.Relative
          || c instanceof Condition.At || c instanceof Condition.From || c instanceof Condition.AfterNow);
      List<Entity> named = conditions.stream().filter(c -> c instanceof Condition.About about
          && ANCHORS.contains(about.entity().type())).map(c -> ((Condition.About) c).entity()).toList();
      // "wat is de volgende workshop?" (also typed "volgnde"): the next one of that kind, not what follows them all
      // ("welke ronde komt na ...?" relates it to what it names after "na")
      boolean nextOfKind = !named.isEmpty() && named.stream().allMatch(PresentDefaults::oneOfKind)
          && !tokens.contains("na") && !tokens.contains("op");
      // "ik zit bij de opening, wat is het volgende?": "volgende" alone anchors nothing when a session is named
      // (not "de volgende rondleiding", one of several, nor "de volgende modeshow": the next of them)
      boolean onlyNext = anchored && conditions.stream().noneMatch(c -> c instanceof Condition.Relative
          || c instanceof Condition.At || c instanceof Condition.From) && named.size() == 1
          && named.get(0).type() == EntityType.SESSION && !afterNext(tokens, named.get(0));
      if ((!anchored || onlyNext) && !named.isEmpty() && !now && !nextOfKind && !atPlace) {
        conditions.removeIf(c -> c instanceof Condition.AfterNow);
        // "wat volgt er op de opening?": what comes next after the thing named, not after now.
        conditions.removeIf(c -> c instanceof Condition.About about && named.contains(about.entity()));
        conditions.add(new Condition.Relative(Condition.Relation.AFTER, named));
      } else if (!anchored || now) {
        conditions.add(new Condition.AfterNow());
      }
    } else if (intent == Intent.NOW && asked == Asked.LIST && conditions.isEmpty() && order.isEmpty() && !shaped
        && !tokens.contains("welke") && !onFloor(tokens)) {
      // ("voor welke onderdelen moet je je aanmelden?" asks of the day, not of now; "wat is er op de tweede
      // verdieping?" of a place, as a room's name would)
      conditions.add(new Condition.AtNow(0));
    } else if (intent == Intent.WORKSHOPS && command && conditions.stream().noneMatch(PresentDefaults::isWorkshops)) {
      // /workshops names nothing; a typed question that names no workshop ("welke presentaties?") is not about them
      conditions.add(new Condition.About(new Entity(EntityType.PART, DayPart.WORKSHOPS.id(), "workshops")));
    }
  }

  /** "op de tweede verdieping", "op de begane grond": a floor named as a place. */
  private static boolean onFloor(List<String> tokens) {
    int op = tokens.indexOf("op");
    return op >= 0 && (tokens.contains("verdieping") || tokens.contains("etage") || tokens.contains("begane")
        && tokens.contains("grond"));
  }

  /** "het volgende bij ...", "het volgende op ...": the next thing at a place. */
  private static boolean nextAt(List<String> tokens) {
    int next = tokens.indexOf("volgende");
    return next >= 1 && next + 1 < tokens.size() && tokens.get(next - 1).equals("het")
        && PLACE_WORDS.contains(tokens.get(next + 1)) && !tokens.contains("na"); // ("... na de pitchronde": after)
  }

  private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("bij", "op", "in", "aan");

  /** Whether the session is named right after "volgende": "de volgende modeshow". */
  private static boolean afterNext(List<String> tokens, Entity session) {
    int next = tokens.indexOf("volgende");
    return next >= 0 && next + 1 < tokens.size() && session.text().startsWith(tokens.get(next + 1));
  }

  /** A kind or series named in the singular ("workshop", "ronde"), not a part of the day such as the lunch. */
  private static boolean oneOfKind(Entity entity) {
    boolean kind = entity.type() == EntityType.PART && (entity.id().startsWith("series:")
        || DayPart.ofId(entity.id()).filter(p -> p == DayPart.WORKSHOPS || p == DayPart.LEZING
        || p == DayPart.KEYNOTE || p == DayPart.PANEL).isPresent());
    return kind && !entity.text().contains(" ") && !PluralForm.pluralNoun(entity.text());
  }

  private static boolean isWorkshops(Condition condition) {
    return condition instanceof Condition.About about && about.entity().type() == EntityType.PART
        && about.entity().id().equals(DayPart.WORKSHOPS.id());
  }


  /** "wat is er als hoofdgerecht?", "wat eten we als dessert?": what is served as that part, not what follows it. */
  static boolean servedAs(List<String> tokens, List<Span> spans) {
    // ("wat is er op hetzelfde moment als spoken word?", "tegelijk als X": at the time of X, not served as X)
    boolean sameTime = tokens.contains("tegelijk") || tokens.stream().anyMatch(t -> t.endsWith("zelfde"));
    return QuestionForm.startsWith(tokens, "wat") && !sameTime && spans.stream().anyMatch(span -> span.from() > 0
        && tokens.get(span.from() - 1).equals("als") && span.entity().type() == EntityType.SESSION);
  }
}
