package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Session;

/**
 * "welke ballroom rondes zijn er?": of the sessions whose texts use the word, those whose titles have it ("Volwassenen
 * Ballroom – finale"), not the jury's briefing that mentions ballroom in its description.
 */
final class TitleMentions {
  private TitleMentions() {
  }

  /**
   * The sessions a mention selects: by a word of titles ({@link nl.dagwijzer.nlu.Entity} id "titel:ballroom"), those
   * whose titles have it when some do; by any other word ("over brood"), those whose texts use it.
   */
  static List<Session> of(String id, java.util.function.Function<String, List<Session>> mentioning) {
    if (!id.startsWith(nl.dagwijzer.nlu.MentionedWords.TITLE)) {
      return mentioning.apply(id);
    }
    String word = id.substring(nl.dagwijzer.nlu.MentionedWords.TITLE.length());
    List<Session> all = mentioning.apply(word);
    List<Session> titled = all.stream()
        .filter(s -> s.title().toLowerCase(Locale.ROOT).contains(word)).toList();
    return titled.isEmpty() ? all : titled;
  }
}
