package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a question that sounds out of scope still asks of the programme: "wanneer is de volgende wijkavond?" (this day
 * only), "dresscode?" on a day whose texts say "kledingvoorschrift" (what to wear, which a description may say), a
 * price, the weather, a measure, a phone number, how many come.
 */
final class KeptBeyondScope {
  private static final Set<String> KEPT = Set.of("andere-dag", "vorige-dag", WearAsked.DETAIL,
      WearAsked.CODE);

  private KeptBeyondScope() {
  }

  /** The details read that such a question keeps, then {@code extras} that were read. */
  @SafeVarargs
  static List<Condition> of(List<Condition> read, Optional<Detail>... extras) {
    List<Condition> kept = new ArrayList<>(read.stream()
        .filter(c -> c instanceof Detail d && (KEPT.contains(d.word()) || d.word().startsWith(NotAllowedAsked.PREFIX)
            || d.word().startsWith("leeftijd:"))) // "moet mijn kind van 9 entree betalen?": a price for that age
        .toList());
    for (Optional<Detail> extra : extras) {
      extra.ifPresent(kept::add);
    }
    return kept;
  }

  /**
   * "hoeveel bezoekers worden er verwacht?" may be in a description; "met hoeveel mensen kun je mee met de
   * wandeling?", "is er een dresscode voor het diner?" and "gaat de familietocht door als het regent?" ask it of
   * what is named, whose description may say it.
   */
  static void addNamed(List<String> tokens, List<Span> spans, List<Condition> read, List<Condition> kept) {
    boolean capacity = AskersTime.capacity(tokens);
    if (capacity) {
      kept.add(new Detail("capaciteit"));
      read.stream().filter(c -> c instanceof Condition.About about && named(about.entity())).forEach(kept::add);
    } else if (kept.stream().anyMatch(c -> c instanceof Detail d && (d.word().startsWith(WearAsked.DETAIL)
        || d.word().startsWith(Detail.BAD_WEATHER)))) {
      spans.stream().map(Span::entity).filter(KeptBeyondScope::named).distinct()
          .forEach(entity -> kept.add(new Condition.About(entity)));
    }
  }

  private static boolean named(Entity entity) {
    return entity.type() == EntityType.SESSION || SeriesNames.isSeries(entity);
  }
}
