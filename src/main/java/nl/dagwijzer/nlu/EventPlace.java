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

  private static final java.util.Set<String> BUILDING = java.util.Set.of("gebouw", "pand", "locatie");

  static Query read(Query query, List<String> tokens) {
    List<Condition.About> names = query.all(Condition.About.class);
    boolean dayOnly = !names.isEmpty() && names.stream().allMatch(c -> c.entity().type() == EntityType.EVENT);
    // "waar is het allemaal te doen?": where the day is, not a list of everything
    boolean whereItIs = tokens.size() >= 3 && tokens.subList(0, 3).equals(List.of("waar", "is", "het"))
        && names.isEmpty() && query.asked() == Asked.LIST;
    if (whereItIs && query.conditions().stream().allMatch(c -> c instanceof Detail)) {
      return query.withAsked(Asked.EVENT).withConditions(withPlace(query));
    }
    // "hoe heet het gebouw waar de open dag is?", "in welk gebouw is het?": the day's venue
    boolean building = tokens.stream().anyMatch(BUILDING::contains) && (tokens.contains("heet")
        || tokens.contains("welk")) && names.stream().allMatch(c -> c.entity().type() == EntityType.EVENT);
    if (building && query.conditions().stream().allMatch(c -> c instanceof Detail || c instanceof Condition.About)) {
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
    return ofTheDay(query, "");
  }

  /**
   * {@link #ofTheDay(Query)}, where a word of the day's title {@code title} counts as naming nothing else either:
   * "wat is het adres van de race?", "waar wordt de race gehouden?" on the "Zeepkistenrace Haverdijk".
   */
  public static Query ofTheDay(Query query, String title) {
    if (query.asked() != Asked.ROOM) {
      return query; // (the title split only for a place asked, not on every question)
    }
    List<String> titleWords = List.of(title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"));
    boolean nothingNamed = query.conditions().stream()
        .allMatch(c -> c instanceof Detail d && (d.word().equals("adres") || d.text().filter(w -> w.length() >= 4
        && titleWords.stream().anyMatch(t -> t.endsWith(w))).isPresent()));
    return nothingNamed ? query.withAsked(Asked.EVENT).withConditions(withPlace(query)) : query;
  }

  /**
   * "waar is de schapenscheerdag?" when that word also reads as something else ("schapenscheerder"), "waar ligt het
   * kasteel?" when the venue is "Kasteel Aldenwaerde": where the day is, on a programme that gives a venue.
   */
  static Query named(Query query, List<String> tokens, List<Span> spans, nl.dagwijzer.programme.Programme programme) {
    if (query.asked() != Asked.ROOM || programme.event().venue().isEmpty() || tokens.size() < 3
        || !tokens.get(0).equals("waar")) {
      return query;
    }
    List<Span> day = spans.stream().filter(s -> s.entity().type() == EntityType.EVENT).toList();
    boolean sameWords = !day.isEmpty() && spans.stream().allMatch(s -> day.stream()
        .anyMatch(d -> d.from() == s.from() && d.to() == s.to()));
    List<String> venue = venueWords(programme);
    // ("waar ligt de kasteelkeuken?" names a room: only the head word of the venue's own name)
    boolean lies = tokens.get(1).equals("ligt") && tokens.size() == 4 && venue.get(0).equals(tokens.get(3));
    if (!sameWords && !lies) {
      return query;
    }
    List<Condition> kept = new java.util.ArrayList<>(query.conditions().stream().filter(c -> c instanceof Detail
        || c instanceof Condition.About about && about.entity().type() == EntityType.EVENT).toList());
    kept.add(new Detail(PLACE));
    return query.withAsked(Asked.EVENT).withConditions(kept);
  }

  /**
   * "wat is het adres van de kringloop?" on a day held at "Kringloop Het Wisselhuis": the day's address, whatever
   * else that word names (the organisation, a session about it).
   */
  static Query address(Query query, List<String> tokens, nl.dagwijzer.programme.Programme programme) {
    if (query.asked() != Asked.ROOM || !tokens.contains("adres") || programme.event().venue().isEmpty()) {
      return query;
    }
    List<String> venue = venueWords(programme);
    List<Condition.About> names = query.all(Condition.About.class);
    boolean ofVenue = !names.isEmpty() && names.stream().allMatch(c -> java.util.Arrays.stream(c.entity().text()
        .split(" ")).allMatch(w -> venue.stream().anyMatch(v -> v.equals(w) || w.length() >= 5 && v.endsWith(w))));
    if (!ofVenue && !roomsNoAddress(names, programme) || query.conditions().stream()
        .anyMatch(c -> !(c instanceof Detail) && !(c instanceof Condition.About))) {
      return query;
    }
    List<Condition> kept = new java.util.ArrayList<>(query.all(Detail.class));
    kept.add(new Detail(PLACE));
    return query.withAsked(Asked.EVENT).withConditions(kept);
  }

  /**
   * "wat is het adres van de promotie?", "waar is het feest precies, adres?" when what those words name is in a room
   * of the venue ("Aula", "Feesttent"): the venue's address, which no room gives.
   */
  private static boolean roomsNoAddress(List<Condition.About> names, nl.dagwijzer.programme.Programme programme) {
    if (names.isEmpty() || programme.event().venue().orElseThrow().address().isBlank()
        || names.stream().anyMatch(c -> c.entity().type() != EntityType.SESSION)) {
      return false;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    names.forEach(c -> ids.add(c.entity().id()));
    return programme.sessions().stream().filter(s -> ids.contains(s.id()))
        .allMatch(s -> s.room().filter(r -> r.chars().anyMatch(Character::isDigit)).isEmpty());
  }

  /** The words of the venue's name in lower case, for a programme that gives a venue. */
  private static List<String> venueWords(nl.dagwijzer.programme.Programme programme) {
    return List.of(programme.event().venue().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
        .split("[^\\p{L}]+"));
  }

  private static List<Condition> withPlace(Query query) {
    List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PLACE));
    return conditions;
  }
}
