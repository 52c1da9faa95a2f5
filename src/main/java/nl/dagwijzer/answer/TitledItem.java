package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.LabelledItem;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer is de tweede voorronde?", "hoe lang nog tot voorronde 3?" on a day of "Speedbuild-race: voorronde 1" to
 * "... voorronde 3": the numbered item asked is the session whose title has that word and number, named as such,
 * rather than a word every round's text uses. Without such titles the question stays as read (the item may be one a
 * description numbers, {@link LabelledTime}).
 */
final class TitledItem {
  private TitledItem() {
  }

  static Query meant(Query query, ProgrammeIndex index) {
    Optional<LabelledItem.Asked> asked = LabelledItem.asked(query);
    if (asked.isEmpty()) {
      return query;
    }
    String word = asked.get().word();
    List<Session> numbered = new ArrayList<>();
    int highest = 0;
    for (Session session : index.programme().sessions()) {
      List<String> tokens = index.descriptions().tokens(session.title());
      for (int k = 0; k + 1 < tokens.size(); k++) {
        if (tokens.get(k).equals(word) && tokens.get(k + 1).matches("\\d{1,2}")) {
          int number = Integer.parseInt(tokens.get(k + 1));
          highest = Math.max(highest, number);
          if (number == asked.get().number() || asked.get().last()) {
            numbered.add(session);
          }
        }
      }
    }
    int wanted = asked.get().last() ? highest : asked.get().number();
    List<Session> meant = numbered.stream().filter(s -> index.descriptions().tokens(s.title()).contains(
        String.valueOf(wanted))).toList();
    if (meant.isEmpty()) {
      return OrdinalTitles.meant(query, index, asked.get());
    }
    if (meant.stream().map(Session::title).distinct().count() != 1) {
      return OrdinalTitles.narrowed(query, index, meant, true); // "de tweede pouleronde van de doubletten"
    }
    List<Condition> conditions = Stream.concat(query.conditions().stream().filter(c -> !(c instanceof Detail d
        && d.word().equals("tekst:" + word))), meant.stream().map(s -> (Condition) new Condition.About(
        new Entity(EntityType.SESSION, s.id(), word + " " + wanted)))).toList();
    return query.withConditions(conditions);
  }
}
