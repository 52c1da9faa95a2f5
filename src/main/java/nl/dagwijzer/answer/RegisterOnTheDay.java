package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.OnTheDayAsked;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik me op de dag zelf nog inschrijven?": the sentence that speaks of registering on the day ("wie ter plekke
 * naschrijft betaalt €5 extra", "inschrijven op de dag zelf kan alleen als er nog plek is en kost € 50"), of the
 * sessions named or else of any session or the day: yes, unless its clause says it cannot; no, with that sentence,
 * for an age the session does not take.
 */
final class RegisterOnTheDay {
  private static final Pattern ON_THE_DAY = Pattern.compile("(?iu)\\b(op de dag( zelf)?|ter plekke|aan de deur"
      + "|na-?inschrijv\\p{L}*|naschrijv\\p{L}*|naschrijft)\\b");
  private static final Pattern REGISTERING = Pattern.compile("(?iu)\\b(\\p{L}*inschrijv\\p{L}*|aanmeld\\p{L}*"
      + "|aangemeld|opgeven|naschrijf\\p{L}*)\\b");
  /** "vooraf aanmelden is niet nodig", "hoeft niet": registering beforehand is not needed. */
  private static final Pattern NOT_NEEDED = Pattern.compile("(?iu)\\b(niet nodig|hoeft niet|hoef je niet"
      + "|niet verplicht|geen aanmelding)\\b");
  /** "Vooraf aanmelden via de festivalwebsite, uiterlijk 14 oktober": registering beforehand, so not on the day. */
  private static final Pattern BEFOREHAND = Pattern.compile("(?iu)\\b(vooraf|van tevoren|uiterlijk)\\b");
  private static final Pattern CLAUSES = Pattern.compile("[;:]|,\\s+(?=(maar|en|want|dus|zolang|mits|tenzij)\\b)");
  private static final Pattern CANNOT = Pattern.compile("(?iu)\\b(niet|geen)\\b");

  private RegisterOnTheDay() {
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail(OnTheDayAsked.ASKED)) {
      return Optional.empty();
    }
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    java.util.function.Predicate<String> says = s -> REGISTERING.matcher(s).find() && ON_THE_DAY.matcher(s).find();
    Optional<java.util.Map.Entry<Session, String>> found = Descriptions.firstSentence(named, says);
    Optional<java.util.Map.Entry<Session, String>> beforehand = found.isPresent() ? Optional.empty()
        : Descriptions.firstSentence(named, s -> REGISTERING.matcher(s).find() && BEFOREHAND.matcher(s).find());
    if (beforehand.isPresent()) {
      // ("Vooraf aanmelden is niet nodig": then one may just come, a yes)
      Session session = beforehand.get().getKey();
      String said = beforehand.get().getValue();
      return Optional.of(Written.text((NOT_NEEDED.matcher(said).find() ? "Ja, " : "Nee, ")
          + Descriptions.from(session, said)).turningTo(List.of(session)));
    }
    found = found.or(() -> Descriptions.firstSentence(a.programme().sessions(), says));
    if (found.isPresent()) {
      Session session = found.get().getKey();
      String sentence = found.get().getValue();
      Optional<String> tooOld = AgeRanges.given(a.query()).flatMap(age -> AgeRanges.outside(session, age));
      boolean no = tooOld.isPresent() || CANNOT.matcher(clause(sentence)).find();
      return Optional.of(Written.text((no ? "Nee, " : "Ja, ") + Descriptions.from(session, tooOld.orElse(sentence)))
          .turningTo(List.of(session)));
    }
    return Descriptions.ofDay(a, says).map(w -> Written.text((CANNOT.matcher(clause(w.text())).find() ? "Nee, "
        : "Ja, ") + DutchText.lowerFirst(w.text())));
  }

  /** The clause of {@code sentence} that speaks of the day itself. */
  private static String clause(String sentence) {
    for (String clause : CLAUSES.split(sentence)) {
      Matcher day = ON_THE_DAY.matcher(clause);
      if (day.find()) {
        return clause.toLowerCase(Locale.ROOT);
      }
    }
    return sentence.toLowerCase(Locale.ROOT);
  }
}
