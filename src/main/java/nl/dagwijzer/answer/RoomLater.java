package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "wat is er nu in hal a?" when nothing runs there at that moment: that the room is empty and what starts there next,
 * not what runs elsewhere.
 */
final class RoomLater {
  private RoomLater() {
  }

  static Optional<Written> answer(Answering a, LocalTime at, String when) {
    List<String> rooms = a.query().all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == EntityType.ROOM).map(nl.dagwijzer.nlu.Entity::id).distinct().toList();
    if (rooms.size() != 1) {
      return Optional.empty();
    }
    String room = rooms.get(0);
    Programme programme = a.programme();
    int minute = programme.minutes(at);
    List<Session> there = programme.sessions().stream().filter(s -> s.room().filter(room::equals).isPresent())
        .toList();
    Optional<LocalTime> next = there.stream().map(Session::start).filter(s -> programme.minutes(s) > minute)
        .min(java.util.Comparator.comparingInt(programme::minutes));
    String empty = when + " is er niets in " + room + ".";
    if (next.isEmpty()) {
      return Optional.of(Written.text(empty + " Daar staat er daarna niets meer op het programma."));
    }
    List<Session> starting = there.stream().filter(s -> s.start().equals(next.get())).toList();
    return Optional.of(Written.text(empty + " Daar begin" + (starting.size() > 1 ? "nen" : "t") + " om "
        + DutchText.time(next.get()) + " " + DutchText.join(starting.stream().map(s -> DutchText.item(programme, s))
        .toList()) + ".").turningTo(starting));
  }
}
