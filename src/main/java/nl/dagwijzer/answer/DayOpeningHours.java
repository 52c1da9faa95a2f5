package nl.dagwijzer.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "hoe laat sluit de beurs?" on a day whose text says "De beurs is open van 09:30 tot 16:00; na sluiting houdt de
 * vereniging haar ledenvergadering": the hours the day itself gives for visitors, which may end before the programme.
 */
final class DayOpeningHours {
  private static final Pattern HOURS = Pattern.compile("(?iu)\\b(open|geopend|opent|sluit|gesloten)\\b.*\\b\\d{1,2}[:.]"
      + "\\d{2}\\b");

  private DayOpeningHours() {
  }

  /** The day's sentence that says when it is open, quoted, if its text has one. */
  static Optional<String> of(Answering a) {
    return Descriptions.ofDay(a, sentence -> HOURS.matcher(sentence).find()).map(Written::text);
  }
}
