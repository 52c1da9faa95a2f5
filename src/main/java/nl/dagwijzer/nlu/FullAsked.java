package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "is de ochtendworkshop vol?", "ochtendworkshop vol?": whether a named session is full, a yes or no its own text may
 * answer ("Deze ochtendronde is volgeboekt"). Read as the {@link Detail} {@link #ASKED}.
 */
public final class FullAsked {
  /** The detail that says whether something is full is asked. */
  public static final String ASKED = "vol-gevraagd";
  private static final Set<String> FULL = Set.of("vol", "volgeboekt", "volzet", "uitverkocht");

  private FullAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    boolean named = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.SESSION
        || c.entity().type() == EntityType.PART);
    if (!named || tokens.stream().noneMatch(FULL::contains) || tokens.contains("hoe")) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(ASKED));
    // ("ochtendworkshop vol?": the chat form of the same yes or no)
    boolean yesNo = query.asked() == Asked.YESNO || tokens.size() <= 4 && query.asked() != Asked.TIME;
    return (yesNo ? query.withAsked(Asked.YESNO) : query).withConditions(conditions);
  }
}
