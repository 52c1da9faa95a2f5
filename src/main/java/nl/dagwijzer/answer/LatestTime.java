package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.LatestAsked;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "tot hoe laat kun je aan boord van het marineschip?" when its description says "Laatste toegang om 16:00" and the
 * visit runs until 16:30: the time the description sets, in its own words.
 */
final class LatestTime {
  private static final String CLOCK = "([01]?\\d|2[0-3])[:.][0-5]\\d\\b";
  private static final Pattern CLOCK_TIME = Pattern.compile(CLOCK);
  /** "Laatste verhuur om 22:00", "uiterlijk om 13:30", "uiterlijk tot 15:00", "tot uiterlijk 12:30". */
  private static final Pattern LATEST = Pattern.compile("(?iu)\\b(laatste\\s+\\p{L}+(\\s+\\p{L}+)?\\s+om"
      + "|uiterlijk(\\s+om|\\s+tot)?|tot\\s+uiterlijk|sluit\\s+om|kan\\s+tot)\\s+" + CLOCK); // "... sluit om 15:25"

  /**
   * "hoe laat gaat de laatste trekkertocht?" of one session that departs every half hour: "de eerste rit om 10:30, de
   * laatste om 15:30".
   */
  private static final Pattern LAST = Pattern.compile("(?iu)\\blaatste\\s+(\\p{L}+\\s+)?om\\s+" + CLOCK);
  private static final Pattern FIRST = Pattern.compile("(?iu)\\beerste\\s+(\\p{L}+\\s+)?om\\s+" + CLOCK);

  private LatestTime() {
  }

  /** The time a sentence sets as the latest ("Laatste verhuur om 22:00"), if it sets one. */
  static Optional<java.time.LocalTime> in(String sentence) {
    java.util.regex.Matcher latest = LATEST.matcher(sentence);
    if (!latest.find()) {
      return Optional.empty();
    }
    java.util.regex.Matcher time = CLOCK_TIME.matcher(latest.group());
    return time.find() ? Optional.of(java.time.LocalTime.parse(pad(time.group().replace('.', ':'))))
        : Optional.empty();
  }

  private static String pad(String clock) {
    return clock.length() == 4 ? "0" + clock : clock;
  }

  static Optional<Written> answer(Answering a) {
    Optional<Query.Order> order = a.query().order();
    boolean latest = a.query().hasDetail(LatestAsked.DETAIL);
    List<Session> sessions = latest ? a.selection().sessions() : a.selection().subject();
    boolean edge = sessions.size() == 1 && order.filter(o -> o == Query.Order.LAST || o == Query.Order.FIRST)
        .isPresent();
    if (!latest && !edge || sessions.isEmpty() || sessions.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    Pattern said = latest ? LATEST : order.get() == Query.Order.LAST ? LAST : FIRST;
    return Descriptions.firstSaying(sessions, sentence -> said.matcher(sentence).find());
  }
}
