package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "welke spreekuren zijn op de eerste verdieping?": the sessions in rooms a description puts on that floor
 * ("Spreekkamer 1 is op de eerste verdieping") or whose names say it ("Zaal IJssel (eerste verdieping)").
 */
final class FloorFilter {
  /** The property a floor is asked as, with the floor named after it: "verdieping:eerste verdieping". */
  private static final String FLOOR = "verdieping:";
  /** The floors rooms' names write in figures: "Fotostudio, 2e verdieping". */
  private static final java.util.Map<String, Integer> FIGURES = java.util.Map.of("eerste", 1, "tweede", 2, "derde", 3,
      "vierde", 4, "vijfde", 5);

  private FloorFilter() {
  }

  /** Whether the question names a floor: then the word "verdieping" selects by room, not by what texts say. */
  static boolean asked(Query query) {
    return query.all(Detail.class).stream().flatMap(d -> d.property().stream()).anyMatch(p -> p.startsWith(FLOOR));
  }

  static List<Session> apply(List<Session> sessions, Query query, ProgrammeIndex index) {
    Optional<String> floor = query.all(Detail.class).stream().flatMap(d -> d.property().stream())
        .filter(p -> p.startsWith(FLOOR)).map(p -> p.substring(FLOOR.length())).findFirst();
    if (floor.isEmpty() || query.asked() != Asked.LIST && query.asked() != Asked.COUNT || sessions.isEmpty()) {
      return sessions;
    }
    Set<String> rooms = sessions.stream().flatMap(s -> s.room().stream()).collect(Collectors.toSet());
    Set<String> onFloor = index.programme().sessions().stream().flatMap(s -> DescriptionIndex.sentences(s).stream())
        .map(sentence -> sentence.toLowerCase(Locale.ROOT)).filter(sentence -> sentence.contains(floor.get()))
        .flatMap(sentence -> rooms.stream().filter(r -> sentence.startsWith(r.toLowerCase(Locale.ROOT) + " ")
            || sentence.startsWith("de " + r.toLowerCase(Locale.ROOT) + " ")
            || sentence.startsWith("het " + r.toLowerCase(Locale.ROOT) + " ")))
        .collect(Collectors.toSet());
    // "Zaal IJssel (eerste verdieping)": a room whose own name says its floor, in words or in figures ("2e")
    Optional<String> figures = Optional.ofNullable(FIGURES.get(floor.get().split(" ")[0]))
        .map(n -> n + "e " + floor.get().substring(floor.get().indexOf(' ') + 1));
    rooms.stream().filter(r -> r.toLowerCase(Locale.ROOT).contains(floor.get()) || figures.filter(f ->
        r.toLowerCase(Locale.ROOT).contains(f)).isPresent()).forEach(onFloor::add);
    List<Session> there = sessions.stream().filter(s -> s.room().filter(onFloor::contains).isPresent()).toList();
    return there.isEmpty() ? sessions : there;
  }
}
