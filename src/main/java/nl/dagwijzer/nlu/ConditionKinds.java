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

  /**
   * "wat is de laatste pauze?" when one break is called "Koffiepauze": with an order, the word for a kind of session
   * is that kind (the last of the breaks), not the one session whose title has it.
   */
  static void kindOverOne(List<Condition> conditions, List<String> tokens) {
    List<Condition.About> names = conditions.stream().filter(c -> c instanceof Condition.About)
        .map(c -> (Condition.About) c).toList();
    if (names.size() != 1 || names.get(0).entity().type() != EntityType.SESSION) {
      return;
    }
    Entity word = names.get(0).entity();
    int at = tokens.indexOf(word.text());
    // only the word the order is of: "is de borrel het laatste onderdeel?" names the borrel
    if (at < 1 || !tokens.get(at - 1).equals("laatste") && !tokens.get(at - 1).equals("eerste")) {
      return;
    }
    DayPart.ofWord(word.text()).ifPresent(part -> conditions.replaceAll(c -> c == names.get(0)
        ? new Condition.About(new Entity(EntityType.PART, part.id(), word.text())) : c));
  }
}
