package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the words of the programme's descriptions add to a reading: the words themselves, which a quoted sentence must
 * have; a yes or no when the question is one ("is de voedselbank er ook?"); and the property asked for ("wat kost
 * optie A?").
 */
final class DescribedWords {
  private DescribedWords() {
  }

  static Query added(Query query, List<String> tokens, List<Entity> entities, List<Condition> described,
      boolean yesNoOnText) {
    Query read = query;
    if (yesNoOnText && read.asked() != Asked.COUNT) {
      read = read.withAsked(Asked.YESNO);
    }
    Optional<String> property = PropertyWords.of(tokens);
    if (described.isEmpty() && property.isEmpty()) {
      return read;
    }
    List<Condition> all = new ArrayList<>(read.conditions());
    all.addAll(described);
    property.ifPresent(kind -> all.addAll(PropertyWords.conditions(kind, entities, all)));
    return read.withConditions(all);
  }
}
