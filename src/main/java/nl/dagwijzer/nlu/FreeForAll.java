package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "is de huifkarrit gratis?", "is het symposium gratis voor iedereen?": whether it is free for all who come, which
 * "Kosten: € 2,50 per persoon; kinderen onder de 4 jaar gratis" denies. Read as the {@link Detail} {@link #ASKED}
 * beside the price asked; not when the question says for whom ("voor kinderen", "mag mijn baby gratis mee?", "als
 * lid").
 */
public final class FreeForAll {
  public static final String ASKED = "gratis-voor-iedereen";
  private static final Set<String> FOR_WHOM = Set.of("voor", "als", "met", "leden", "lid", "zangers", "deelnemers",
      "vrijwilligers", "senioren", "studenten", "ouders", "begeleiders", "publiek", "bezoekers", "iedereen");
  private static final Set<String> ALL = Set.of("iedereen", "alle", "allemaal");

  private FreeForAll() {
  }

  static Query read(Query query, List<String> tokens) {
    if (!tokens.contains("gratis") || !query.hasDetail(Detail.property("kosten:gratis").word())) {
      return query;
    }
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k);
      boolean forAll = word.equals("voor") && k + 1 < tokens.size() && ALL.contains(tokens.get(k + 1))
          || ALL.contains(word);
      if (!forAll && (FOR_WHOM.contains(word) || ChildWords.WORDS.contains(word))) {
        return query;
      }
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(ASKED));
    return query.withConditions(conditions);
  }
}
