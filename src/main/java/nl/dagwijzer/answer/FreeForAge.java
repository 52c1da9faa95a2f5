package nl.dagwijzer.answer;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Query;

/**
 * "moet mijn kind van 9 entree betalen?" against "Toegang: volwassenen €7,50, kinderen tot 12 jaar gratis.": of a
 * price sentence, the clause for the age asked, which says free or a price.
 */
final class FreeForAge {
  /** The clauses of a price sentence: "volwassenen €7,50", "kinderen tot 12 jaar gratis". */
  private static final Pattern CLAUSES = Pattern.compile("[,;(]|\\)");
  /** "kinderen onder de 4 gratis": an age bound written without "jaar", as price sentences do. */
  private static final Pattern BARE_AGE = Pattern.compile(
      "\\b(onder(?: de)?|tot(?: en met)?|t/m|jonger dan|vanaf) (\\d{1,2})\\b(?! jaar)");

  private FreeForAge() {
  }

  /**
   * "moet mijn kind van 3 betalen?" when only the ticket desk's "onder de 4 jaar gratis" says it: the first sentence
   * of any session with a price for the age asked.
   */
  static Optional<Written> anywhere(Answering a) {
    // (the ages read once, not again for every sentence)
    return AgeRanges.anyAsked(a.query()).flatMap(ages -> Descriptions.firstSaying(a.programme().sessions(),
        sentence -> clause(sentence.toLowerCase(java.util.Locale.ROOT), ages).isPresent()));
  }

  /** Words by which a clause says for whom something is free: "kinderen onder de 4 jaar gratis" (not "leden", who
   * may be all who come). */
  private static final Pattern SOME = Pattern.compile("\\b(kind\\p{L}*|onder|tot|t/m|jonger|medewerkers"
      + "|vrijwilligers|deelnemers|met (een|de|je))\\b");

  /**
   * "is de huifkarrit gratis?" against "Kosten: € 2,50 per persoon; kinderen onder de 4 jaar gratis": free only for
   * some, when it is asked for all; whether the clause {@code free} of {@code text} (lower case) says so while
   * another clause gives an amount.
   */
  static boolean onlySome(String text, String free, Query query) {
    return query.hasDetail(nl.dagwijzer.nlu.FreeForAll.ASKED) && SOME.matcher(free).find()
        && java.util.Arrays.stream(CLAUSES.split(text)).anyMatch(c -> !c.contains("gratis") && c.contains("€"));
  }

  /** The clause of {@code text} (lower case) with a price or "gratis" for the ages {@code query} gives, if any. */
  static Optional<String> clause(String text, Query query) {
    return AgeRanges.anyAsked(query).flatMap(ages -> clause(text, ages));
  }

  private static Optional<String> clause(String text, AgeRanges.Range ages) {
    // "is de rondvaart gratis voor volwassenen?" against "Kaartje € 10; kinderen tot en met 12 jaar gratis": the
    // price for all when the one age given is another
    String forAll = null;
    boolean otherAge = false;
    for (String clause : CLAUSES.split(text)) {
      if (!clause.contains("gratis") && !clause.contains("€")) {
        continue;
      }
      Optional<AgeRanges.Range> range = AgeRanges.in(BARE_AGE.matcher(clause).replaceAll("$1 $2 jaar"));
      if (range.isPresent() && range.get().holds(ages.youngest()) && range.get().holds(ages.oldest())) {
        return Optional.of(clause);
      }
      otherAge |= range.isPresent() && !range.get().overlaps(ages);
      forAll = forAll == null && range.isEmpty() && clause.contains("€") && !SOME.matcher(clause).find() ? clause
          : forAll;
    }
    return otherAge ? Optional.ofNullable(forAll) : Optional.empty();
  }
}
