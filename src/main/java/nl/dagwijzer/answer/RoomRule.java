package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;

/**
 * "mag mijn hond mee de kantine in?" where the sessions in the Kantine are quoted with "Honden mogen niet in de
 * kantine; op het terras buiten mag je hond aangelijnd mee": the room named is there, but the clause that has both the
 * word asked and the room's name says no, so the answer is no.
 */
final class RoomRule {
  /** Shorter words of a room's name ("de", "zaal 2") say too little to find its clause by. */
  private static final int SHORTEST = 4;

  private RoomRule() {
  }

  /** Whether {@code sentence} denies the question's words in the one room it names. */
  static boolean denies(Answering a, String sentence) {
    List<String> rooms = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.ROOM).map(c -> c.entity().id()).distinct().toList();
    List<String> words = a.query().textWords();
    if (a.query().asked() != Asked.YESNO || rooms.size() != 1 || words.isEmpty()) {
      return false;
    }
    List<String> asked = new ArrayList<>(words);
    for (String word : rooms.get(0).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() >= SHORTEST) {
        asked.add(word);
      }
    }
    return Clauses.negated(sentence, asked).orElse(false);
  }
}
