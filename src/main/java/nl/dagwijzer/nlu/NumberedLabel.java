package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "wie staat er in kraam 8?", "wat is stand 3?": a word of a session's name with a number after it that names
 * nothing itself is the label of one of the lines its details list ("Kraam 8, Energiecoaches ..."), which the answer
 * looks up ({@link Detail#label}).
 */
final class NumberedLabel {
  private NumberedLabel() {
  }

  static void add(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    for (int k = 1; k < tokens.size(); k++) {
      String number = tokens.get(k);
      final int at = k;
      if (!number.matches("\\d{1,2}") || spans.stream().anyMatch(s -> s.from() <= at && at < s.to())) {
        continue;
      }
      boolean afterName = spans.stream().anyMatch(s -> s.to() == at && s.to() - s.from() == 1
          && (s.entity().type() == EntityType.SESSION || s.entity().type() == EntityType.PART));
      if (afterName) {
        conditions.add(Detail.label(tokens.get(k - 1) + " " + number));
      }
    }
  }
}
