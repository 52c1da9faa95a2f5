package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "is er na de keynote tijd voor vragen?": not whatever comes after the keynote, but whether the keynote leaves room
 * for questions; its description may say so, or a question round may follow it.
 */
final class QuestionsAfter {
  private QuestionsAfter() {
  }

  static boolean asked(List<String> tokens) {
    int questions = Math.max(tokens.indexOf("vragen"), tokens.indexOf("vragenronde"));
    return questions > 0 && tokens.get(questions - 1).equals("voor") && tokens.contains("na");
  }

  /** The relation's target becomes the session asked about. */
  static void reshape(List<Condition> conditions) {
    List<Condition> reshaped = new java.util.ArrayList<>();
    boolean related = false;
    for (Condition condition : conditions) {
      if (condition instanceof Condition.Relative relative && relative.relation() == Condition.Relation.AFTER) {
        relative.target().stream().map(Condition.About::new).forEach(reshaped::add);
        related = true;
      } else if (!(condition instanceof Condition.About about && about.entity().id().equals(DayPart.VRAGEN.id()))) {
        reshaped.add(condition);
      }
    }
    if (related) {
      reshaped.add(new Detail(Detail.QUESTIONS_AFTER));
      conditions.clear();
      conditions.addAll(reshaped);
    }
  }
}
