package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "bij welke veulenkeuring zijn de meeste veulens ingeschreven?", "bij welke tocht mogen de meeste mensen mee?": the
 * noun after "de meeste" or "de minste", what is counted, which descriptions may give a number of ("18 veulens").
 * Read as {@code meeste:veulens}.
 */
public final class MostCounted {
  private static final String PREFIX = "meeste:";
  /** Words after "meeste" that count no thing: "het meeste geld" is an amount, "de meeste keren" how often. */
  private static final Set<String> NO_THING = Set.of("keer", "keren", "tijd", "geld", "sprekers", "spreker", "van");
  private static final int SHORTEST = 4;

  private MostCounted() {
  }

  static Optional<Detail> of(List<String> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      String word = tokens.get(k);
      boolean most = word.equals("meeste") || word.equals("minste") && tokens.get(k - 1).equals("de");
      String noun = tokens.get(k + 1);
      if (most && noun.length() >= SHORTEST && noun.chars().allMatch(Character::isLetter) && !NO_THING.contains(noun)) {
        return Optional.of(new Detail(PREFIX + noun));
      }
    }
    return Optional.empty();
  }

  /** The noun a query counts for its most or fewest, if it names one. */
  public static Optional<String> noun(Query query) {
    return query.detailAfter(PREFIX);
  }
}
