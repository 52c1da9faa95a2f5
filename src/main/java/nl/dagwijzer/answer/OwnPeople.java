package nl.dagwijzer.answer;

import java.util.List;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wie kookt er tijdens de avondrit?", "wie speelt er tijdens het juryberaad?": when the session named has people of
 * its own, they are who is asked about (the chef of the dinner ride, the bass player of the interval), not the
 * speakers of a stand that runs beside it all day. A session without people ("tijdens de lunch") keeps the question,
 * as do "tegelijk met Hanneke de Jong" (a person's session: the others then) and "aan tafel 3 tijdens ...".
 */
final class OwnPeople {
  private OwnPeople() {
  }

  static Query meant(Query query, Relations relations) {
    List<Condition.Relative> during = query.all(Condition.Relative.class);
    if (query.asked() != Asked.PEOPLE || during.size() != 1
        || during.get(0).relation() != Condition.Relation.DURING || !during.get(0).until().isEmpty()
        || query.has(Condition.About.class) || during.get(0).target().stream()
        .anyMatch(e -> e.type() != nl.dagwijzer.nlu.EntityType.SESSION
        && e.type() != nl.dagwijzer.nlu.EntityType.PART)) {
      return query;
    }
    List<Session> target = relations.target(during.get(0).target());
    if (target.size() != 1 || target.get(0).speakerIds().isEmpty()) {
      return query;
    }
    List<Condition> conditions = query.conditions().stream().flatMap(c -> c == during.get(0)
        ? during.get(0).target().stream().map(Condition.About::new) : java.util.stream.Stream.of(c)).toList();
    return new Query(query.asked(), conditions, query.order(), query.counted());
  }
}
