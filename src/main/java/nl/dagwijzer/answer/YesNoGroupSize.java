package nl.dagwijzer.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "mag een team uit 8 personen bestaan?" when a description says "vorm een team van drie tot vijf personen": yes or
 * no by the range, the minimum or the maximum the first such sentence gives (the day's own summary first), quoted.
 */
final class YesNoGroupSize {
  private static final String NUMBER = "(\\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)";
  private static final String PEOPLE = "(?:personen|mensen|deelnemers|leden|spelers|bezoekers|passagiers|man)";
  private static final Pattern RANGE = Pattern.compile("(?iu)\\b" + NUMBER + "\\s+tot\\s+(?:en\\s+met\\s+)?" + NUMBER
      + "\\s+" + PEOPLE + "\\b");
  private static final Pattern BOUND = Pattern.compile("(?iu)\\b(maximaal|hoogstens|minimaal|minstens|ten minste)\\s+"
      + NUMBER + "\\s+" + PEOPLE + "\\b");
  private YesNoGroupSize() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<Integer> size = a.query().all(Detail.class).stream().flatMap(d -> d.groupSize().stream()).findFirst();
    if (size.isEmpty()) {
      return Optional.empty();
    }
    for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
      Optional<Boolean> fits = fits(sentence, size.get());
      if (fits.isPresent()) {
        return Optional.of(Written.text((fits.get() ? "Ja, " : "Nee, ") + Descriptions.fromDay(sentence)));
      }
    }
    for (Session session : a.programme().sessions()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Optional<Boolean> fits = fits(sentence, size.get());
        if (fits.isPresent()) {
          return Optional.of(Written.text((fits.get() ? "Ja, " : "Nee, ") + Descriptions.from(session, sentence))
              .turningTo(java.util.List.of(session)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code size} is within what the sentence allows; empty when it gives no number of people. */
  private static Optional<Boolean> fits(String sentence, int size) {
    Matcher range = RANGE.matcher(sentence);
    if (range.find()) {
      return Optional.of(size >= value(range.group(1)) && size <= value(range.group(2)));
    }
    Matcher bound = BOUND.matcher(sentence);
    if (bound.find()) {
      boolean most = bound.group(1).toLowerCase(java.util.Locale.ROOT).matches("maximaal|hoogstens");
      return Optional.of(most ? size <= value(bound.group(2)) : size >= value(bound.group(2)));
    }
    return Optional.empty();
  }

  private static int value(String number) {
    return nl.dagwijzer.nlu.Quantities.count(number.toLowerCase(java.util.Locale.ROOT)).orElseThrow();
  }
}
