package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/** The floor a room's own name gives, for "op welke verdieping is ...?" (out of {@link PropertyAnswer}). */
final class RoomFloor {
  static final Pattern FLOOR = Pattern.compile("\\b(begane grond|(eerste|tweede|derde|vierde|\\d+e) "
      + "(verdieping|etage)|souterrain|kelder|zolder)\\b");

  private RoomFloor() {
  }

  /**
   * "op welke verdieping is zaal IJssel?", "is B3 op de begane grond?" when the rooms' own names say their floor
   * ("Zaal IJssel (eerste verdieping)"): the room asked about, or the rooms of the sessions asked about.
   */
  static Optional<Written> of(Answering a) {
    Optional<String> room = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROOM).map(c -> c.entity().id()).findFirst();
    Predicate<String> floored = name -> FLOOR.matcher(name.toLowerCase(Locale.ROOT)).find();
    if (room.isPresent()) {
      return room.filter(floored).map(r -> Written.text("Die zaal heet in het programma ‘" + r + "’."));
    }
    List<Session> sessions = a.selection().named() ? a.selection().sessions() : List.of();
    if (sessions.isEmpty() || sessions.size() > 3 || !sessions.stream().allMatch(s -> s.room().filter(floored)
        .isPresent())) {
      return Optional.empty();
    }
    return Optional.of(Written.text(DutchText.joinedSentence(sessions.stream().map(s -> DutchText.capitalise(
        DutchText.name(s)) + " (" + DutchText.span(s) + ") is in " + s.room().orElseThrow()).toList(), ""))
        .turningTo(sessions));
  }
}
