package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "mag mijn kind van 10 alleen het dak op?" when the description says "Kinderen onder 12 jaar alleen onder begeleiding
 * van een volwassene": no for an age the sentence covers, yes for an older child, with the sentence. The question's
 * "alleen" is alone, not only.
 */
final class Unaccompanied {
  /**
   * What a sentence says a child needs beside it: an adult, or supervision of no one named; "onder begeleiding van
   * jongerenwerkers" is the staff who look after the children, so a child may stay there alone.
   */
  private static final Pattern WITH_ADULT = Pattern.compile("(?iu)begeleiding(?: van (?:een |hun |je |zijn |haar )?"
      + "(?:\\p{L}+ )?(?:volwassenen?|ouders?|verzorgers?)\\b|(?! van))|onder toezicht"
      + "|met (?:een|hun|je|zijn|haar) (?:\\p{L}+ )?(?:ouders?|volwassenen?|begeleiders?)\\b");
  private static final int NAMED = 3;

  private Unaccompanied() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<Integer> age = AgeRanges.given(a.query());
    List<Session> named = a.selection().sessions();
    if (a.query().asked() != nl.dagwijzer.nlu.Asked.YESNO || age.isEmpty() || !a.query().hasDetail("tekst:alleen")
        || named.stream().map(Session::title).distinct().count() > NAMED) {
      return Optional.empty();
    }
    Optional<Written> bySession = Descriptions.firstSentence(named, sentence -> withAdult(sentence).isPresent())
        .map(found -> Written.text(yesOrNo(found.getValue(), age.get())
            + DutchText.lowerFirst(Descriptions.quoted(found.getKey(), found.getValue())))
            .turningTo(List.of(found.getKey())));
    // "mag mijn zoon van 6 alleen het ijs op?" when the day's own text asks an adult beside young children
    return bySession.or(() -> DescriptionIndex.sentences(a.programme().event().summary()).stream()
        .filter(sentence -> withAdult(sentence).isPresent()).findFirst()
        .map(sentence -> Written.text(yesOrNo(sentence, age.get()) + "uit de beschrijving van de dag: " + sentence)));
  }

  private static String yesOrNo(String sentence, int age) {
    return withAdult(sentence).orElseThrow().holds(age) ? "Nee, " : "Ja, ";
  }

  /**
   * The ages for which {@code sentence} asks an adult beside a child, from the clause that says so ("Geschikt vanaf 3
   * jaar; kinderen onder 6 jaar knutselen samen met een ouder": under 6), if it does.
   */
  private static Optional<AgeRanges.Range> withAdult(String sentence) {
    return java.util.Arrays.stream(sentence.split("[;:]")).filter(clause -> WITH_ADULT.matcher(clause).find())
        .findFirst().flatMap(AgeRanges::in);
  }
}
