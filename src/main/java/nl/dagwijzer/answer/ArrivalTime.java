package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "hoe laat moet ik er zijn voor de rondleiding?", "hoe laat moet mijn zoon uit groep 3 op school zijn?": the time to
 * be there when a description sets one ("Verzamelen om 08:00 in de eigen klas", "wees er om 07:45"), which is often
 * before the session starts. First the sessions asked about, then the day's first session and the day's description.
 */
final class ArrivalTime {
  private static final Pattern CLOCK = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");
  /** Words a sentence says when to be there with. */
  private static final Pattern THERE = Pattern.compile("(?iu)\\b(verzamel\\p{L}*|wees (er|je|op tijd|aanwezig)"
      + "|aanwezig|meld (je|u) (je|u )?\\p{L}*|melden|zijn om|er om|binnen om)\\b");

  private ArrivalTime() {
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail(Detail.ARRIVAL)) {
      return Optional.empty();
    }
    List<Session> among = new ArrayList<>(a.selection().sessions().stream()
        .sorted(Comparator.comparing(Session::start)).toList());
    a.programme().sessions().stream().min(Comparator.comparing(Session::start)).filter(s -> !among.contains(s))
        .ifPresent(among::add);
    return Descriptions.firstSaying(among, ArrivalTime::says).or(() -> Descriptions.ofDay(a, ArrivalTime::says));
  }

  private static boolean says(String sentence) {
    return THERE.matcher(sentence).find() && CLOCK.matcher(sentence).find();
  }
}
