package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * "opent de wethouder de dag?", "sluit Karin de middag af?": yes when the person (or one with that role) speaks in the
 * block that opens or closes the day, else who does.
 */
final class YesNoOpener {
  private YesNoOpener() {
  }

  static Optional<Written> answer(Answering a) {
    List<Condition.About> names = a.query().all(Condition.About.class);
    boolean opens = names.stream().anyMatch(c -> c.entity().type() == EntityType.PART
        && c.entity().id().equals("begin") && c.entity().text().startsWith("open"));
    boolean closes = names.stream().anyMatch(c -> c.entity().type() == EntityType.PART
        && c.entity().id().equals("einde") && c.entity().text().equals("af"));
    boolean people = names.stream().anyMatch(c -> c.entity().type() == EntityType.SPEAKER
        || c.entity().type() == EntityType.ROLE);
    if (opens == closes || !people || names.stream().anyMatch(c -> c.entity().type() == EntityType.SESSION)
        || a.query().has(Condition.At.class) || a.selection().speakers().isEmpty()) {
      return Optional.empty();
    }
    Optional<List<Session>> edge = Openers.withSpeaker(a.programme(), opens);
    if (edge.isEmpty()) {
      return Optional.empty();
    }
    Set<String> asked = a.selection().speakers().stream().map(Speaker::id).collect(Collectors.toSet());
    List<Session> sessions = edge.get().stream().filter(s -> !s.speakerIds().isEmpty()).toList();
    boolean yes = sessions.stream().anyMatch(s -> s.speakerIds().stream().anyMatch(asked::contains));
    String items = DutchText.join(sessions.stream().map(s -> DutchText.item(a.programme(), s) + ", "
        + DutchText.span(s)).toList());
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + "de dag " + (opens ? "opent" : "sluit af")
        + " met " + items + ".").turningTo(sessions));
  }
}
