package nl.dagwijzer.nlu;

import java.time.LocalTime;
import java.util.List;

/** Clock times in a question as conditions: at, from or until a time ("vanaf 14:00"), and ranges of two of them. */
final class ClockConditions {
  private ClockConditions() {
  }

  /** "om 14:00", "vanaf 14:00", "later dan 14:00", "tot 14:00": the condition the words before the time make. */
  static Condition time(List<String> tokens, Span span, List<Span> spans, int next) {
    LocalTime time = LocalTime.parse(span.entity().id());
    String before = span.from() > 0 ? tokens.get(span.from() - 1) : "";
    String twoBefore = span.from() > 1 ? tokens.get(span.from() - 2) : "";
    if (CueWords.FROM.contains(before) || before.equals("dan") && twoBefore.equals("later")) {
      return new Condition.From(time);
    }
    if (CueWords.UNTIL.contains(before) || before.equals("dan") && twoBefore.equals("eerder")) {
      return new Condition.Until(time);
    }
    return new Condition.At(time);
  }

  /**
   * "tussen 10:20 en 10:50" and "van 10 tot 11" are one range: two clock times read as "at" and "until", or after
   * "tussen", become {@link Condition.Between}.
   */
  static void mergeRanges(List<Condition> conditions) {
    for (int i = 0; i + 1 < conditions.size(); i++) {
      Condition first = conditions.get(i);
      Condition second = conditions.get(i + 1);
      LocalTime from = first instanceof Condition.At at ? at.time()
          : first instanceof Condition.From f ? f.time() : null;
      LocalTime to = second instanceof Condition.At at ? at.time()
          : second instanceof Condition.Until u ? u.time() : null;
      if (from != null && to != null && from.isBefore(to)) {
        conditions.set(i, new Condition.Between(from, to));
        conditions.remove(i + 1);
      }
    }
  }
}
