package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;

/**
 * "wat is er tijdens de masterclass in de grote zaal?" where the masterclass is in another room: the room is where
 * to look during it, not the masterclass's own room ("tegelijk met de workshop in Studio 1" still names that
 * workshop's room when it is there).
 */
final class RoomBesideTarget {
  private RoomBesideTarget() {
  }

  static Query normalise(Query query, Programme programme) {
    List<Condition> conditions = new ArrayList<>();
    boolean moved = false;
    for (Condition condition : query.conditions()) {
      if (condition instanceof Condition.Relative r && r.relation() == Condition.Relation.DURING
          && r.until().isEmpty() && elsewhere(r.target(), programme)) {
        List<Entity> rooms = r.target().stream().filter(e -> e.type() == EntityType.ROOM).toList();
        conditions.add(new Condition.Relative(r.relation(), r.target().stream()
            .filter(e -> e.type() != EntityType.ROOM).toList(), r.until()));
        rooms.forEach(room -> conditions.add(new Condition.About(room)));
        moved = true;
      } else {
        conditions.add(condition);
      }
    }
    return moved ? query.withConditions(conditions) : query;
  }

  /** Sessions named beside a room that none of them is in. */
  private static boolean elsewhere(List<Entity> target, Programme programme) {
    List<String> rooms = target.stream().filter(e -> e.type() == EntityType.ROOM).map(Entity::id).toList();
    List<Entity> sessions = target.stream().filter(e -> e.type() == EntityType.SESSION).toList();
    return rooms.size() == 1 && !sessions.isEmpty() && target.size() == rooms.size() + sessions.size()
        && sessions.stream().allMatch(e -> programme.session(e.id()).flatMap(s -> s.room())
        .filter(room -> room.equalsIgnoreCase(rooms.get(0))).isEmpty());
  }
}
