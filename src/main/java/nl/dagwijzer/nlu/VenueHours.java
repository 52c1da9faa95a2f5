package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.programme.Programme;

/**
 * "tot hoe laat is het bezoekerscentrum open?" where the venue, Bezoekerscentrum De Slikrand, is also the organisation
 * of some speakers: the day's own hours ("Het bezoekerscentrum is deze dag open van 07:00 tot 17:30"), not the
 * sessions of that organisation's people.
 */
public final class VenueHours {
  /** Words that ask when something opens or closes, here and for the day's hours in the answer. */
  public static final Set<String> OPEN_OR_SHUT = Set.of("open", "dicht", "sluit", "sluiten", "opengaan", "dichtgaan",
      "gesloten", "geopend", "opent");

  private VenueHours() {
  }

  static Query read(Query query, List<String> tokens, Programme programme) {
    if (query.asked() != Asked.TIME || programme.event().venue().isEmpty()
        || tokens.stream().noneMatch(OPEN_OR_SHUT::contains)) {
      return query;
    }
    String venue = programme.event().venue().get().name().toLowerCase(Locale.ROOT);
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && about.entity().type() == EntityType.ORGANISATION
        && about.entity().id().toLowerCase(Locale.ROOT).equals(venue))).toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }
}
