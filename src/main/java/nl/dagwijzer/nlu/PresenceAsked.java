package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "moet ik bij de trekking zijn om te winnen?", "moet je er zelf bij zijn?": whether one has to be there, which a
 * description says in its own word ("Je hoeft niet aanwezig te zijn om te winnen"). Read as a yes/no question on the
 * description's word {@link #WORD} beside what else it names.
 */
final class PresenceAsked {
  private static final String WORD = "aanwezig";
  private static final Set<String> MUST = Set.of("moet", "moeten", "hoef", "hoeft", "hoeven");

  private PresenceAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.isEmpty() || !MUST.contains(tokens.get(0)) || query.textWords().contains(WORD) || !there(tokens)) {
      return query;
    }
    // (what one wins is not asked: whether to be there for it)
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.removeIf(c -> c instanceof Detail d && d.word().equals("te-winnen"));
    conditions.add(Detail.text(WORD));
    return query.withAsked(Asked.YESNO).withConditions(conditions);
  }

  /** "bij de trekking zijn", "erbij zijn", "er zelf bij zijn": "bij" and later "zijn", with no verb of its own. */
  private static boolean there(List<String> tokens) {
    int with = tokens.indexOf("bij");
    int erbij = tokens.indexOf("erbij");
    int at = with >= 0 ? with : erbij;
    int being = tokens.indexOf("zijn");
    return at > 0 && being > at && being - at <= 4;
  }
}
