package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.AccompanyAsked;
import nl.dagwijzer.programme.Session;

/**
 * "mag mijn kind van 10 alleen het dak op?" when the description says "Kinderen onder 12 jaar alleen onder begeleiding
 * van een volwassene": no for an age the sentence covers, yes for an older child, with the sentence. The question's
 * "alleen" is alone, not only. "moet ik als ouder mee als mijn kind 5 is?" is yes for such an age; "mag ik als ouder
 * blijven?" is no where "kinderen gaan alleen naar binnen, ouders wachten in het Leescafé", yes where "Een ouder mag
 * meedoen".
 */
final class Unaccompanied {
  /**
   * What a sentence says a child needs beside it: an adult, or supervision of no one named; "onder begeleiding van
   * jongerenwerkers" is the staff who look after the children, so a child may stay there alone.
   */
  private static final Pattern WITH_ADULT = Pattern.compile("(?iu)begeleiding(?: van (?:een |hun |je |zijn |haar )?"
      + "(?:\\p{L}+ )?(?:volwassenen?|ouders?|verzorgers?)\\b|(?! van))|onder toezicht|ouder erbij|blijft erbij"
      + "|met (?:een|hun|je|zijn|haar) (?:\\p{L}+ )?(?:ouders?|volwassenen?|begeleiders?)\\b");
  /** A clause that lets a grown-up come along: "Een ouder mag meedoen". */
  private static final Pattern ADULT_MAY = Pattern.compile("(?iu)\\b(?:ouder|begeleider|volwassene)\\b[^;]{0,30}"
      + "\\bmag\\b");
  /** A clause that keeps grown-ups out: "ouders wachten in de kantine". */
  private static final Pattern ADULT_OUT = Pattern.compile("(?iu)kinderen gaan alleen|ouders (?:kunnen |mogen )?"
      + "(?:wachten|kijken)");
  /** "Kinderen van 6 en 7 jaar doen mee met een ouder erbij": two ages, not a range. */
  private static final Pattern TWO_AGES = Pattern.compile("(?iu)\\bvan (\\d{1,2}) (?:en|of) (\\d{1,2}) jaar");
  private static final int NAMED = 3;

  private enum Rule { WITH_ADULT, ADULT_MAY, ADULT_OUT }

  /** The rule a clause sets, and the ages it holds for (all when it names none). */
  private record Found(Rule rule, AgeRanges.Range ages) {
  }

  private Unaccompanied() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<Integer> age = AgeRanges.given(a.query());
    boolean read = a.query().hasDetail(AccompanyAsked.ALONE);
    boolean alone = read || a.query().hasDetail("tekst:alleen");
    boolean must = a.query().hasDetail(AccompanyAsked.MUST);
    boolean along = must || a.query().hasDetail(AccompanyAsked.MAY);
    List<Session> named = a.selection().sessions();
    boolean yesNo = a.query().asked() == nl.dagwijzer.nlu.Asked.YESNO || read || along;
    if (!yesNo || !alone && !along || alone && age.isEmpty()
        || named.stream().map(Session::title).distinct().count() > NAMED) {
      return Optional.empty();
    }
    java.util.function.Predicate<String> rules = sentence -> rule(sentence, along).isPresent();
    Optional<Written> bySession = Descriptions.firstSentence(named, rules)
        .flatMap(found -> reply(rule(found.getValue(), along).orElseThrow(), age, alone, must,
            Descriptions.quoted(found.getKey(), found.getValue())).map(w -> w.turningTo(List.of(found.getKey()))));
    // "mag mijn zoon van 6 alleen het ijs op?" when the day's own text asks an adult beside young children
    return bySession.or(() -> DescriptionIndex.sentences(a.programme().event().summary()).stream()
        .filter(rules).findFirst().flatMap(sentence -> reply(rule(sentence, along).orElseThrow(), age, alone, must,
            "Uit de beschrijving van de dag: " + sentence)));
  }

  private static Optional<Written> reply(Found found, Optional<Integer> age, boolean alone, boolean must,
                                         String quoted) {
    boolean all = found.ages().youngest() == 0 && found.ages().oldest() == Integer.MAX_VALUE;
    if (found.rule() == Rule.WITH_ADULT && age.isEmpty() && !all) {
      return Optional.of(Written.text("Dat hangt van de leeftijd af. " + quoted));
    }
    boolean needed = found.rule() == Rule.WITH_ADULT && age.map(found.ages()::holds).orElse(true);
    boolean yes = alone ? !needed : needed || found.rule() == Rule.ADULT_MAY && !must;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + DutchText.lowerFirst(quoted)));
  }

  /**
   * The rule {@code sentence} sets for a child and an adult, from the clause that says so ("Geschikt vanaf 3 jaar;
   * kinderen onder 6 jaar knutselen samen met een ouder": under 6); of a question whether one comes {@code along},
   * also whether a parent may or may not.
   */
  private static Optional<Found> rule(String sentence, boolean along) {
    for (String clause : sentence.split("[;:]")) {
      if (along && ADULT_OUT.matcher(clause).find()) {
        return Optional.of(new Found(Rule.ADULT_OUT, new AgeRanges.Range(0, Integer.MAX_VALUE)));
      }
      if (along && ADULT_MAY.matcher(clause).find()) {
        return Optional.of(new Found(Rule.ADULT_MAY, new AgeRanges.Range(0, Integer.MAX_VALUE)));
      }
      if (WITH_ADULT.matcher(clause).find()) {
        Matcher two = TWO_AGES.matcher(clause);
        Optional<AgeRanges.Range> ages = two.find() ? Optional.of(new AgeRanges.Range(Integer.parseInt(two.group(1)),
            Integer.parseInt(two.group(2)))) : AgeRanges.in(clause);
        // ("Kinderen onder 12 jaar alleen onder begeleiding": for a question without "mee", only with its ages)
        if (ages.isPresent() || along) {
          return Optional.of(new Found(Rule.WITH_ADULT, ages.orElse(new AgeRanges.Range(0, Integer.MAX_VALUE))));
        }
      }
    }
    return Optional.empty();
  }
}
