package nl.dagwijzer.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.YesNoWords;

/**
 * "mag een startup vier speedmeetings boeken?" answered "Ja" by a sentence that says "elke startup kan maximaal drie
 * gesprekken boeken": the number asked is more than the sentence's maximum (or less than its minimum), so no.
 */
final class StatedLimit {
  private static final Pattern BOUND = Pattern.compile("(?iu)\\b(maximaal|hoogstens|hooguit|niet meer dan|minimaal"
      + "|minstens|ten minste)\\s+(\\d{1,3}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\\b");

  private StatedLimit() {
  }

  /** {@code written} with its "Ja, " turned to "Nee, " when the sentence it quotes bounds the number asked. */
  static Written checked(Answering a, Written written) {
    Optional<Integer> asked = a.query().all(Detail.class).stream().flatMap(d -> YesNoWords.askedNumber(d).stream())
        .findFirst();
    if (asked.isEmpty() || a.query().asked() != Asked.YESNO || !written.text().startsWith("Ja, ")) {
      return written;
    }
    Matcher bound = BOUND.matcher(written.text());
    if (!bound.find()) {
      return written;
    }
    int limit = nl.dagwijzer.nlu.Quantities.count(bound.group(2).toLowerCase(java.util.Locale.ROOT)).orElseThrow();
    boolean most = !bound.group(1).toLowerCase(java.util.Locale.ROOT).matches("minimaal|minstens|ten minste");
    boolean fits = most ? asked.get() <= limit : asked.get() >= limit;
    return fits ? written : new Written("Nee, " + written.text().substring("Ja, ".length()), written.overview(),
        written.turnedTo());
  }
}
