package nl.dagwijzer.nlu;

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

  static Query read(Query query) {
    boolean dayOnly = !query.all(Condition.About.class).isEmpty() && query.all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == EntityType.EVENT);
    if (query.asked() != Asked.ROOM || !dayOnly || query.conditions().stream().anyMatch(c -> !(c instanceof Detail)
        && !(c instanceof Condition.About))) {
      return query;
    }
    java.util.List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PLACE));
    return query.withAsked(Asked.EVENT).withConditions(conditions);
  }
}
