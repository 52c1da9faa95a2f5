package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * "wie spreekt het vaakst?", "wie geeft de meeste workshops?" (people by how many sessions they have), "welke workshop
 * heeft de meeste sprekers?" (sessions by how many speakers), "welke zaal wordt het meest gebruikt?" (rooms by how
 * many sessions), and the fewest. Ties are all named.
 */
final class MostWriter {
  private final Answering a;

  MostWriter(Answering a) {
    this.a = a;
  }

  Optional<Written> answer() {
    Optional<Query.Order> order = a.query().order().filter(o -> o == Query.Order.MOST || o == Query.Order.FEWEST);
    if (order.isEmpty() || a.sessions().isEmpty()) {
      return Optional.empty();
    }
    boolean most = order.get() == Query.Order.MOST;
    List<Session> pool = a.sessions();
    boolean rooms = a.query().hasDetail("zaal");
    if (rooms) {
      Map<String, List<Session>> byRoom = new LinkedHashMap<>();
      pool.forEach(s -> s.room().ifPresent(r -> byRoom.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(s)));
      return Optional.of(ranked(byRoom, most, room -> room, "onderdelen", "Het " + (most ? "vaakst" : "minst vaak")
          + " gebruikt: "));
    }
    if (a.query().asked() == Asked.PEOPLE || a.query().asked() == Asked.PERSON) {
      Map<Speaker, List<Session>> bySpeaker = new LinkedHashMap<>();
      pool.forEach(s -> a.speakersOf(s).forEach(p -> bySpeaker.computeIfAbsent(p, k -> new java.util.ArrayList<>())
          .add(s)));
      return Optional.of(ranked(bySpeaker, most, Speaker::name, "keer", "Het " + (most ? "vaakst" : "minst vaak")
          + " op het programma: "));
    }
    Optional<String> people = a.query().textWords().stream()
        .filter(Capacity::countsPeople).findFirst();
    if (people.isPresent()) {
      return places(pool, most, people.get(), Capacity::of); // "welk lab heeft de meeste plaatsen?": as described
    }
    Optional<String> noun = nl.dagwijzer.nlu.MostCounted.noun(a.query());
    if (noun.isPresent()) {
      // "de meeste mensen" against "Maximaal 80 deelnemers"; "de meeste veulens" against "18 veulens ingeschreven"
      Optional<Written> counted = Capacity.countsPeople(noun.get()) ? places(pool, most, noun.get(), Capacity::of)
          : places(pool, most, noun.get(), DescribedNumber.of(noun.get()));
      if (counted.isPresent()) {
        return counted;
      }
    }
    Map<Session, List<Speaker>> bySession = new LinkedHashMap<>();
    pool.stream().filter(s -> !s.speakerIds().isEmpty()).forEach(s -> bySession.put(s, a.speakersOf(s)));
    // "welke break-out heeft de meeste begeleiders?": when the series are rooms, the room says which break-out
    boolean series = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .anyMatch(c -> nl.dagwijzer.nlu.SeriesNames.isSeries(c.entity()));
    return Optional.of(ranked(bySession, most, s -> DutchText.name(s)
        + (series ? s.room().map(r -> " in " + r).orElse("") : ""),
        "sprekers", "De " + (most ? "meeste" : "minste") + " sprekers: "));
  }

  /** "De meeste plaatsen: ‘Lab: Phishing’ (24 plaatsen)", a session given twice once, when two or more give one. */
  private Optional<Written> places(List<Session> pool, boolean most, String noun,
      Function<Session, java.util.OptionalInt> number) {
    Map<String, Integer> byTitle = new LinkedHashMap<>();
    pool.forEach(s -> number.apply(s).ifPresent(n -> byTitle.putIfAbsent(DutchText.name(s), n)));
    if (byTitle.size() < 2) {
      return Optional.empty();
    }
    int extreme = byTitle.values().stream().mapToInt(Integer::intValue).reduce(most ? Integer::max : Integer::min)
        .orElseThrow();
    List<String> winners = byTitle.entrySet().stream().filter(e -> e.getValue() == extreme)
        .map(e -> e.getKey() + " (" + extreme + " " + noun + ")").toList();
    return Optional.of(Written.text("Volgens de beschrijvingen de " + (most ? "meeste" : "minste") + " " + noun + ": "
        + join(winners) + "."));
  }

  /** "Het vaakst op het programma: Koen van der Meulen (2 keer: ‘A’ en ‘B’)." */
  private <K, V> Written ranked(Map<K, List<V>> counted, boolean most, Function<K, String> name, String unit,
                                String head) {
    if (counted.isEmpty()) {
      return Written.text("Daarvoor staat niets in het programma om te tellen.");
    }
    int extreme = counted.values().stream().mapToInt(List::size).reduce(most ? Integer::max : Integer::min)
        .orElseThrow();
    List<String> winners = counted.entrySet().stream().filter(e -> e.getValue().size() == extreme)
        .map(e -> name.apply(e.getKey()) + " (" + extreme + " " + (extreme == 1 ? singular(unit) : unit)
            + detail(e.getValue()) + ")").toList();
    List<String> shown = winners.size() > 8 ? winners.subList(0, 8) : winners;
    return Written.text(head + join(shown) + (winners.size() > 8 ? " en nog " + (winners.size() - 8) + " meer"
        : "") + ".");
  }

  /** ": ‘A’ en ‘B’" for sessions; nothing for speakers, who are already named by the count's subject. */
  private String detail(List<?> items) {
    if (items.isEmpty() || !(items.get(0) instanceof Session)) {
      return items.isEmpty() || items.size() > 5 ? "" : ": " + join(items.stream().map(i -> ((Speaker) i).name())
          .toList());
    }
    return items.size() > 3 ? "" : ": " + join(items.stream().map(i -> DutchText.name((Session) i) + " "
        + DutchText.span((Session) i)).toList());
  }

  private static String singular(String unit) {
    return switch (unit) {
      case "onderdelen" -> "onderdeel";
      case "sprekers" -> "spreker";
      default -> unit;
    };
  }
}
