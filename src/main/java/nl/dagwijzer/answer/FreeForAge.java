package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "moet mijn kind van 9 entree betalen?" against "Toegang: volwassenen €7,50, kinderen tot 12 jaar gratis.": of a
 * price sentence, the clause for the age asked, which says free or a price.
 */
final class FreeForAge {
  /** The clauses of a price sentence: "volwassenen €7,50", "kinderen tot 12 jaar gratis". */
  private static final Pattern CLAUSES = Pattern.compile("[,;(]|\\)|\\. ");
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
        && java.util.Arrays.stream(CLAUSES.split(text)).anyMatch(c -> !c.contains("gratis") && c.contains("€")
        && !otherThing(c, query));
  }

  /** "appeltaart kost €3,50" beside "koffie en thee zijn gratis": the price of another thing than the one asked. */
  private static final Pattern PRICED_THING = Pattern.compile("^\\s*(?:een |de |het )?(\\p{L}{4,}) kost(?:en)?\\b");
  private static final java.util.Set<String> PRICE_WORDS = java.util.Set.of("toegang", "entree", "deelname",
      "inschrijving", "kaartje", "ticket", "deelnemen", "meedoen", "prijs");

  private static boolean otherThing(String clause, Query query) {
    java.util.regex.Matcher thing = PRICED_THING.matcher(clause);
    if (!thing.find() || PRICE_WORDS.contains(thing.group(1))) {
      return false;
    }
    java.util.Set<String> asked = new java.util.HashSet<>(query.textWords());
    query.all(nl.dagwijzer.nlu.Condition.About.class).forEach(c -> asked.addAll(List.of(c.entity().text().split(" "))));
    return !asked.contains(thing.group(1));
  }

  /**
   * "is de fietstocht gratis voor mijn dochter van 10?" where the first sentence with a price word is "Koffie en
   * krentenbol zijn inbegrepen": of the sentences of {@code among}, the one with a price or "gratis" for the
   * narrowest ages that hold the age asked.
   */
  static Optional<Written> narrowest(Answering a, List<Session> among) {
    Optional<AgeRanges.Range> asked = AgeRanges.anyAsked(a.query());
    String best = null;
    int width = Integer.MAX_VALUE;
    for (Session session : asked.isPresent() ? among : List.<Session>of()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Optional<Held> held = held(sentence.toLowerCase(Locale.ROOT), asked.get());
        if (held.isPresent() && held.get().width() < width) {
          width = held.get().width();
          best = sentence;
        }
      }
    }
    String found = best;
    return found == null ? Optional.empty() : Descriptions.firstSaying(among, found::equals);
  }

  /** A clause with a price or "gratis" for ages that hold the age asked, and how many years those ages span. */
  private record Held(String clause, int width) {
  }

  /**
   * Of the clauses of {@code text} (lower case) with a price or "gratis", the first for the narrowest ages that hold
   * {@code ages}: "t/m 12 jaar €8,50. Kinderen onder de 2 jaar gratis" is the second for a baby.
   */
  private static Optional<Held> held(String text, AgeRanges.Range ages) {
    Held narrowest = null;
    for (String clause : CLAUSES.split(text)) {
      if (!clause.contains("gratis") && !clause.contains("€")) {
        continue;
      }
      Optional<Integer> width = priced(clause).filter(r -> r.holds(ages.youngest()) && r.holds(ages.oldest()))
          .map(r -> r.oldest() - r.youngest());
      if (width.isPresent() && (narrowest == null || width.get() < narrowest.width())) {
        narrowest = new Held(clause, width.get());
      }
    }
    return Optional.ofNullable(narrowest);
  }

  /** The ages a clause of a price sentence is for: "kinderen onder de 4 gratis" is for 0 to 3. */
  private static Optional<AgeRanges.Range> priced(String clause) {
    return AgeRanges.in(BARE_AGE.matcher(clause).replaceAll("$1 $2 jaar"));
  }

  /** The clause of {@code text} (lower case) with a price or "gratis" for the ages {@code query} gives, if any. */
  static Optional<String> clause(String text, Query query) {
    return AgeRanges.anyAsked(query).flatMap(ages -> clause(text, ages));
  }

  private static Optional<String> clause(String text, AgeRanges.Range ages) {
    Optional<Held> held = held(text, ages);
    if (held.isPresent()) {
      return Optional.of(held.get().clause());
    }
    // "is de rondvaart gratis voor volwassenen?" against "Kaartje € 10; kinderen tot en met 12 jaar gratis": the
    // price for all when the one age given is another
    String forAll = null;
    boolean otherAge = false;
    for (String clause : CLAUSES.split(text)) {
      if (!clause.contains("gratis") && !clause.contains("€")) {
        continue;
      }
      Optional<AgeRanges.Range> range = priced(clause);
      otherAge |= range.isPresent() && !range.get().overlaps(ages);
      forAll = forAll == null && range.isEmpty() && clause.contains("€") && !SOME.matcher(clause).find() ? clause
          : forAll;
    }
    return otherAge ? Optional.ofNullable(forAll) : Optional.empty();
  }
}
