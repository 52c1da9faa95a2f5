package nl.dagwijzer.nlu;

import java.util.List;

/** What kind of condition a reading has, as {@link QueryReader} asks it when deciding what a question asks. */
final class ConditionKinds {
  private ConditionKinds() {
  }

  static boolean isEvent(Condition c) {
    return c instanceof Condition.About about && about.entity().type() == EntityType.EVENT;
  }

  /** Conditions a plain listing can answer: times, rooms, parts of the day ("nu?", "zaal 2 om 14:00"). */
  static boolean onlyListable(List<Condition> conditions) {
    return conditions.stream().allMatch(c -> c instanceof Condition.At || c instanceof Condition.AtNow
        || c instanceof Condition.AfterNow || c instanceof Condition.Between || c instanceof Condition.InPeriod
        || c instanceof Condition.InRound || c instanceof Condition.About about
        && (about.entity().type() == EntityType.ROOM || about.entity().type() == EntityType.PART));
  }

  static boolean narrows(Condition c) {
    return c instanceof Condition.Relative || c instanceof Condition.At || c instanceof Condition.InPeriod
        || c instanceof Condition.InRound || c instanceof Condition.From || c instanceof Condition.Until
        || c instanceof Condition.Between || c instanceof Condition.AtNow || c instanceof Condition.AfterNow;
  }

  static boolean namesPerson(Condition condition) {
    return condition instanceof Condition.About about && about.entity().type() == EntityType.SPEAKER
        || condition instanceof Condition.NotInProgramme unknown && unknown.person();
  }
}
