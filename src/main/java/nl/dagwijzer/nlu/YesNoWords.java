package nl.dagwijzer.nlu;

import java.util.Optional;

/**
 * What a yes/no question adds beside what it names, for the answer to hold a description's sentence against: its
 * other words ("is er ook koffie voor de ouders?"), the things it names that no text has ("mijn auto") and the number
 * it asks ("mag ik 3 dingen meenemen?"). Kept as {@link Detail}s.
 */
public final class YesNoWords {
  /** A word beside the name asked about ({@link LooseWords}): "los:koffie". */
  private static final String LOOSE = "los:";
  /** A thing no text of the programme has ({@link UnsaidThings}): "ongenoemd:auto". */
  private static final String UNSAID = "ongenoemd:";
  /** How many of something is asked to have or do ({@link GroupSize#things}): "gevraagd-aantal:3". */
  private static final String ASKED_NUMBER = "gevraagd-aantal:";

  private YesNoWords() {
  }

  static Detail loose(String word) {
    return new Detail(LOOSE + word);
  }

  static Detail unsaid(String word) {
    return new Detail(UNSAID + word);
  }

  static Detail askedNumber(int number) {
    return new Detail(ASKED_NUMBER + number);
  }

  /** {@link #loose}: "koffie". */
  public static Optional<String> loose(Detail detail) {
    return after(detail, LOOSE);
  }

  /** {@link #unsaid}: "auto". */
  public static Optional<String> unsaid(Detail detail) {
    return after(detail, UNSAID);
  }

  /** "kan een kind van 1,25 meter in de Mijnwerker?": the amount and the unit asked ({@link MeasureAsked}). */
  static final String MEASURE = "maat-gevraagd:";

  /** {@link #MEASURE}: the amount and the unit ("1.25", "meter"). */
  public static Optional<String[]> measure(Detail detail) {
    return after(detail, MEASURE).map(m -> m.split(":", 2));
  }

  /** {@link #askedNumber}: 3. */
  public static Optional<Integer> askedNumber(Detail detail) {
    return after(detail, ASKED_NUMBER).map(Integer::parseInt);
  }

  private static Optional<String> after(Detail detail, String prefix) {
    return detail.word().startsWith(prefix) ? Optional.of(detail.word().substring(prefix.length()))
        : Optional.empty();
  }
}
