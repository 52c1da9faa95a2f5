package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * The conditions of a question that each session meets or not by itself: the group of attendees it is for, how many
 * people give it, indoors or outdoors, from now on, without a speaker ({@link ConditionFilter}'s details).
 */
final class DetailFilter {
  private DetailFilter() {
  }

  /** The sessions left after {@code d}, or empty when it filters nothing; {@code context} gets it in words. */
  static Optional<List<Session>> apply(Detail d, List<Session> sessions, Query query, Programme programme,
                                       LocalTime now, Phrases context) {
    // "wat is er tegelijk met de rondleiding van groep A?": the group names what it runs with, not what is wanted
    boolean during = query.all(Condition.Relative.class).stream()
        .anyMatch(r -> r.relation() == Condition.Relation.DURING);
    if (d.group().isPresent() && !during && AttendeeGroups.named(programme.sessions(), d.group().get())) {
      context.add("voor " + AttendeeGroups.display(d.group().get()));
      return Optional.of(AttendeeGroups.filter(sessions, d.group().get())); // "wat doet groep B om 10:30?"
    }
    List<Session> forYear = d.group().flatMap(SchoolGrades::year).filter(y -> !during)
        .map(y -> SchoolGrades.of(programme.sessions(), y)).orElse(List.of());
    if (!forYear.isEmpty()) { // "voor groep 7" where the texts say "Voor leraren van groep 5 tot en met 8."
      context.add("voor " + AttendeeGroups.display(d.group().get()));
      return Optional.of(filter(sessions, forYear::contains));
    }
    if (d.people() > 0) {
      boolean atLeast = d.atLeast();
      int people = d.people();
      context.add(atLeast ? (people == 1 ? "met een spreker" : "met " + people + " of meer personen")
          : people == 1 ? "met één persoon" : "met " + people + " personen");
      return Optional.of(filter(sessions, s -> atLeast ? s.speakerIds().size() >= people
          : s.speakerIds().size() == people));
    }
    if (d.word().equals("buiten") || d.word().equals("binnen")) {
      context.add(d.word()); // "wat is er buiten?", "is de dansclinic buiten?"
      return Optional.of(Outdoors.filter(sessions, d.word().equals("buiten")));
    }
    if (d.word().equals("vanaf-nu")) {
      context.rewrite("voor ", "vanaf nu tot ", "vanaf nu");
      return Optional.of(filter(sessions, s -> s.end().isAfter(now))); // "wat kan ik doen tot de lunch?"
    }
    Optional<nl.dagwijzer.nlu.PlacesLimit.Places> places = nl.dagwijzer.nlu.PlacesLimit.of(d);
    if (places.isPresent()) {
      int low = places.get().low();
      int high = places.get().high();
      context.add(high == Integer.MAX_VALUE ? (low <= 1 ? "met een maximum aantal plekken" : "met minstens " + low
          + " plekken") : low == high ? "met " + low + " plekken" : "met hoogstens " + high + " plekken");
      // "welke klussen hebben meer dan 10 plekken?": the number of places a description gives ("Maximaal 12 ...")
      return Optional.of(filter(sessions, s -> Capacity.of(s).stream().anyMatch(places.get()::holds)));
    }
    if (d.word().startsWith(nl.dagwijzer.nlu.AccessAsked.LIST)) {
      context.add("met een " + d.word().substring(nl.dagwijzer.nlu.AccessAsked.LIST.length()) + " te doen");
      return Optional.of(filter(sessions, AccessReply::reachable)); // "welke tuinen kan ik in met een rolstoel?"
    }
    if (d.word().equals(nl.dagwijzer.nlu.FullAsked.LIST) || d.word().equals(nl.dagwijzer.nlu.FullAsked.OPEN_LIST)) {
      boolean open = d.word().equals(nl.dagwijzer.nlu.FullAsked.OPEN_LIST); // "bij welke rondes is nog plek?"
      context.add(open ? "met nog plek" : "volgeboekt of uitverkocht");
      // ("welke workshops om 11:20 hebben nog plek?": of those named, each that is not full)
      boolean named = !query.all(Condition.About.class).isEmpty();
      return Optional.of(open && !named ? FullyBooked.withRoom(sessions, programme.sessions())
          : filter(sessions, s -> FullyBooked.full(s) != open)); // "welke onderdelen zijn al vol?"
    }
    if (d.word().equals(nl.dagwijzer.nlu.RegisterList.LIST)) {
      context.add("met aanmelding");
      return Optional.of(RegisterRequired.of(sessions)); // "voor welke onderdelen moet je je aanmelden?"
    }
    if (d.word().equals("zonder:spreker")) {
      context.add("zonder spreker");
      return Optional.of(filter(sessions, s -> s.speakerIds().isEmpty())); // "welke sessies hebben geen spreker?"
    }
    return Optional.empty();
  }

  private static List<Session> filter(List<Session> sessions, Predicate<Session> keep) {
    return sessions.stream().filter(keep).toList();
  }
}
