package nl.dagwijzer.answer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Session;

/**
 * Two series named across each other: "de finale van de volwassenen" is the one session in both ("Volwassenen
 * Ballroom – finale"); "de prijsuitreiking van de kids", where no session is in both series ("Prijsuitreiking Kids"
 * is a prize-giving, "Kids Latin – finale" a round), the one whose title has both words.
 */
final class CrossedSeries {
  private CrossedSeries() {
  }

  /** The sessions both name; none when they name nothing in common. */
  static Set<Session> of(Collection<Session> before, List<Session> series, List<String> words) {
    Set<Session> crossed = Sessions.setOf(before);
    crossed.retainAll(series);
    if (crossed.isEmpty() && words.size() >= 2) {
      Stream.concat(before.stream(), series.stream())
          .filter(s -> words.stream().allMatch(s.title().toLowerCase(Locale.ROOT)::contains))
          .forEach(crossed::add);
    }
    return crossed;
  }
}
