package nl.dagwijzer.nlu;

import java.util.List;
import java.util.function.Predicate;

/**
 * "de wethouder", "een burgemeester", "welke wethouder komt er?": an office the texts only mention in passing ("het
 * college van burgemeester en wethouders") is no one's on the programme either; only a name, a title or a role holds
 * it, so the office asked for is someone the programme does not have.
 */
final class AbsentOffices {
  private AbsentOffices() {
  }

  /** Adds such an office as a person the programme lacks; {@code nameWord}: a word of the programme's names. */
  static void mark(List<String> tokens, boolean[] taken, List<Span> spans, Predicate<String> nameWord) {
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i);
      String before = tokens.get(i - 1);
      if (!taken[i] && !taken[i - 1] && CueWords.OFFICES.contains(word) && !nameWord.test(word)
          && (before.equals("de") || before.equals("een") || before.equals("welke"))) {
        // "welke wethouder komt er?" is about "de wethouder" too
        spans.add(new Span(i - 1, i + 1, new Entity(EntityType.UNKNOWN, "person:de " + word,
            before.equals("welke") ? "de " + word : before + " " + word)));
        taken[i - 1] = true;
        taken[i] = true;
      }
    }
  }
}
