package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "wie staat er in kraam 8?", "wat is stand 3?": a word of a session's name with a number after it that names
 * nothing itself is the label of one of the lines its details list ("Kraam 8, Energiecoaches ..."), which the answer
 * looks up ({@link Detail#label}); "welk standnummer heeft X?" asks the label of the line with X ({@link
 * Detail#labelOf}).
 */
final class NumberedLabel {
  private NumberedLabel() {
  }

  static void add(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    for (int k = 1; k < tokens.size(); k++) {
      String word = tokens.get(k);
      // "welk standnummer heeft X?", "bij welke kraam staat X?": the label of the line that has X
      boolean numbered = word.endsWith("nummer");
      String noun = numbered ? word.substring(0, word.length() - "nummer".length()) : word;
      // "bij welke stand", one of them, not "welke workshops" or "bij welke onderdelen"
      final int at = k;
      boolean named = spans.stream().anyMatch(sp -> sp.from() == at && (sp.entity().type() == EntityType.SESSION
          || sp.entity().type() == EntityType.PART));
      boolean atWhich = k >= 2 && tokens.get(k - 2).equals("bij") && !word.endsWith("s") && !word.endsWith("en")
          && named;
      if ((tokens.get(k - 1).equals("welk") || tokens.get(k - 1).equals("welke")) && noun.length() >= 4
          && noun.chars().allMatch(Character::isLetter) && (numbered || atWhich)) {
        conditions.add(Detail.labelOf(noun));
        break;
      }
    }
    for (int k = 1; k < tokens.size(); k++) {
      String number = tokens.get(k);
      final int at = k;
      if (!DateWords.digits(number, 1, 2) || spans.stream().anyMatch(s -> s.from() <= at && at < s.to())) {
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
