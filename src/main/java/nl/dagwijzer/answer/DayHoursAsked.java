package nl.dagwijzer.answer;

import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;

/**
 * "hoe laat gaat het dicht?", "hoelaat gaat de ijsbaan dicht?" when no sentence gives that time: a question that names
 * nothing of the programme and only asks when something opens or closes asks the day's own hours.
 */
final class DayHoursAsked {
  private static final Set<String> OPEN_OR_SHUT = nl.dagwijzer.nlu.VenueHours.OPEN_OR_SHUT;

  private DayHoursAsked() {
  }

  static boolean asked(Answering a) {
    return a.query().conditions().stream().noneMatch(c -> c instanceof Condition.About)
        && a.query().all(Detail.class).stream().anyMatch(d -> d.text().filter(OPEN_OR_SHUT::contains).isPresent())
        && a.query().all(Detail.class).stream().allMatch(d -> d.text().isEmpty()
        || d.text().filter(OPEN_OR_SHUT::contains).isPresent());
  }
}
