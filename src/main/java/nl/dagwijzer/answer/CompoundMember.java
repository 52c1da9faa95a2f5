package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "het verslikkingsstation" on a day of "Station 1: Reanimatie", "Station 3: Verslikking", ...: a compound that ends
 * in a series' word and begins with a word of one member's title is that member, not the whole series.
 */
final class CompoundMember {
  /** The shortest first part that can pick a member: "ehbo" names one, "de" would name any. */
  private static final int SHORTEST = 4;

  private CompoundMember() {
  }

  /** The members whose titles have the compound's first part; the whole series when none or all have it. */
  static List<Session> narrowed(Entity entity, List<Session> series) {
    String word = entity.id().substring(SeriesNames.ID_PREFIX.length());
    String typed = entity.text().toLowerCase(Locale.ROOT);
    int at = typed.lastIndexOf(word);
    if (at < SHORTEST || typed.contains(" ")) {
      return series;
    }
    String first = typed.substring(0, at);
    first = first.endsWith("s") || first.endsWith("-") ? first.substring(0, first.length() - 1) : first;
    if (first.length() < SHORTEST) {
      return series;
    }
    String part = first;
    // (a title that opens with another word, "Opening webinar 3: Jongeren", opens a part: the part is meant)
    boolean titled = series.stream().allMatch(s -> s.title().toLowerCase(Locale.ROOT).startsWith(word));
    List<Session> members = titled
        ? series.stream().filter(s -> s.title().toLowerCase(Locale.ROOT).contains(part)).toList() : List.of();
    return members.isEmpty() || members.size() == series.size() ? series : members;
  }
}
