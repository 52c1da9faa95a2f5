package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "waar is het congres?", "wat is het adres van de open dag?" when those words name the day itself: a question about
 * the event (where it is held), not about the room of a session. Read as asking {@link Asked#EVENT}, with a
 * {@link Detail} that says its place is what is wanted.
 */
public final class EventPlace {
  /** The detail that says the event's place is asked. */
  public static final String PLACE = "plaats-van-de-dag";

  private EventPlace() {
  }

  static Query read(Query query, List<String> tokens) {
    List<Condition.About> names = query.all(Condition.About.class);
    boolean dayOnly = !names.isEmpty() && names.stream().allMatch(c -> c.entity().type() == EntityType.EVENT);
    // "waar is het allemaal te doen?": where the day is, not a list of everything
    boolean whereItIs = tokens.size() >= 3 && tokens.subList(0, 3).equals(List.of("waar", "is", "het"))
        && names.isEmpty() && query.asked() == Asked.LIST;
    if (whereItIs && query.conditions().stream().allMatch(c -> c instanceof Detail)) {
      return query.withAsked(Asked.EVENT).withConditions(withPlace(query));
    }
    if (query.asked() != Asked.ROOM || !dayOnly || query.conditions().stream().anyMatch(c -> !(c instanceof Detail)
        && !(c instanceof Condition.About))) {
      return query;
    }
    return query.withAsked(Asked.EVENT).withConditions(withPlace(query));
  }

  /**
   * "waar is het gala?", "wat is het adres van het clubhuis?": a place asked when, after any follow-up has added
   * what came before, nothing of the programme is named, so the day's place is meant.
   */
  public static Query ofTheDay(Query query) {
    boolean nothingNamed = query.asked() == Asked.ROOM && query.conditions().stream()
        .allMatch(c -> c instanceof Detail d && d.word().equals("adres"));
    return nothingNamed ? query.withAsked(Asked.EVENT).withConditions(withPlace(query)) : query;
  }

  private static List<Condition> withPlace(Query query) {
    List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PLACE));
    return conditions;
  }
}
