package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.VenueHours;

/**
 * "tot hoe laat is de garderobe open?", "hoe laat sluit de kassa?" on a day whose texts mention the cloakroom but give
 * no hours for it: that the programme does not say, not the day's own hours as if they were the cloakroom's. Asked of
 * the place itself ("hoe laat gaat de poort open?", "hoe laat gaat het terrein dicht?"), the day's hours stay the
 * answer.
 */
final class FacilityHours {
  /** Words for the venue as a whole, whose hours are the day's. */
  private static final Set<String> VENUE = Set.of("terrein", "poort", "deur", "deuren", "zaal", "zalen", "hek",
      "ingang", "toegang", "locatie", "gebouw", "pand", "hal", "dag", "evenement", "programma", "markt", "beurs",
      "open", "het", "alles", "jullie");
  /** Ends of compounds that take "het": "het parkeerterrein", "het wijkcentrum". */
  private static final List<String> NEUTER = List.of("terrein", "centrum", "huis", "museum", "loket", "gebouw",
      "café", "cafe", "restaurant", "toilet", "station", "kantoor", "secretariaat", "podium", "archief");

  private FacilityHours() {
  }

  static Optional<Written> answer(Answering a) {
    if (a.query().asked() != Asked.TIME || !a.query().all(Condition.About.class).isEmpty()
        || a.query().first(Condition.At.class).isPresent() || a.programme().firstStart().isEmpty()) {
      return Optional.empty();
    }
    List<String> words = a.query().textWords();
    if (words.stream().noneMatch(VenueHours.OPEN_OR_SHUT::contains)) {
      return Optional.empty();
    }
    List<String> things = words.stream().filter(w -> !VenueHours.OPEN_OR_SHUT.contains(w)).toList();
    String event = (a.eventName() + " " + a.programme().event().venue().map(v -> v.name()).orElse(""))
        .toLowerCase(Locale.ROOT);
    if (things.size() != 1 || VENUE.contains(things.get(0)) || things.get(0).length() < 3
        || event.contains(things.get(0))) {
      return Optional.empty();
    }
    String thing = things.get(0);
    String article = NEUTER.stream().anyMatch(thing::endsWith) ? "het " : "de ";
    return Optional.of(Written.text("Wanneer " + article + thing + " open is, staat niet in het programma. "
        + DutchText.dayRuns(a.programme())));
  }
}
