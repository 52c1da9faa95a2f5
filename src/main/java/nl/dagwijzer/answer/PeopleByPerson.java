package nl.dagwijzer.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * "wie zijn de keurmeesters?", "wie zijn er van Brinkman Logistiek?" when they have more sessions than a reply lists:
 * each person once, with their sessions, so the six judges of ten judgings all show instead of the first eight
 * judgings; and one person who holds the role asked in several sessions once ("wie is de juf van groep 4?").
 */
final class PeopleByPerson {
  private PeopleByPerson() {
  }

  /**
   * @param speakers who of a session's speakers the question asks for
   * @param named    a speaker as the reply names them in a session ("Marloes de Groot (tafelhost; ...)")
   */
  static Optional<Written> answer(Answering a, List<Session> sessions, Function<Session, List<Speaker>> speakers,
                                  java.util.function.BiFunction<Session, Speaker, String> named) {
    boolean roleAsked = a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.ROLE);
    boolean ofKind = !a.selection().explicitSessions() && (roleAsked || a.query().all(Condition.About.class)
        .stream().anyMatch(c -> c.entity().type() == EntityType.ORGANISATION));
    if (!ofKind && !roleAsked || sessions.size() <= 1) {
      return Optional.empty();
    }
    Map<Speaker, List<Session>> byPerson = new LinkedHashMap<>();
    for (Session session : sessions) {
      for (Speaker speaker : speakers.apply(session)) {
        byPerson.computeIfAbsent(speaker, k -> new java.util.ArrayList<>()).add(session);
      }
    }
    // "wie is de juf van groep 4?": the one teacher of the group's four sessions once, not once per session
    // (only for sessions the asker named: a role asked of the whole day keeps each session's own role)
    boolean onePerson = roleAsked && byPerson.size() == 1 && a.selection().explicitSessions();
    // "welke instructeurs zijn er?": two instructors of eight sessions, each once, when no session gives one of
    // them a role of its own that a line per session would show ("jurylid" at the poetry slam)
    boolean fewPeople = roleAsked && sessions.size() > 2 && byPerson.size() * 2 <= sessions.size()
        && byPerson.entrySet().stream().allMatch(e -> e.getValue().stream()
        .allMatch(s -> s.roleOf(e.getKey().id()).isEmpty()));
    if (byPerson.isEmpty() || byPerson.size() >= sessions.size()
        || !onePerson && !(ofKind && fewPeople) && (!ofKind || sessions.size() <= DutchText.LIST_LIMIT)) {
      return Optional.empty();
    }
    List<String> lines = byPerson.entrySet().stream().map(e -> named.apply(e.getValue().get(0), e.getKey()) + ": "
        + DutchText.join(e.getValue().stream().map(DutchText::spanned).toList())
        + ".").toList();
    return Optional.of(Written.text(String.join("\n", DutchText.limited(lines,
        "noem een naam voor waar die spreekt."))).turningTo(sessions));
  }
}
