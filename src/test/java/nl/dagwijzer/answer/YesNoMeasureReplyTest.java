package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes or no about an amount in a unit that a description's minimum or maximum decides ("minimaal
 * 1,30 meter", "maximaal €5 zakgeld"); "1,25 meter" is no age of 1 and no clock time, and "de 10 km" is the run, not
 * a distance.
 */
@DisplayName("A yes or no about an amount against a stated minimum or maximum")
final class YesNoMeasureReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune42-schoolreisje.json | kan mijn zoon van 1,25 meter in de mijnwerker | Nee, uit de beschrijving van ‘Groep"
          + " 7-8: Wilde Westen en achtbanen’: Voor De Mijnwerker moet je minimaal 1,30 meter lang zijn.",
      "tune42-schoolreisje.json | mag ik 10 euro zakgeld meegeven | Nee, uit de beschrijving van de dag: Geef je kind"
          + " een lunchpakket, een drinkfles en maximaal €5 zakgeld mee.",
      "tune42-schoolreisje.json | mag ik 5 euro zakgeld meegeven | Ja, uit de beschrijving van de dag: Geef je kind"
          + " een lunchpakket, een drinkfles en maximaal €5 zakgeld mee.",
      "tune40-hardloopdag.json | mag mijn zoon van 10 de 10 km lopen | Nee, uit de beschrijving van ‘10 km-loop’: De"
          + " minimumleeftijd is 12 jaar."})
  @DisplayName("compare the amount with the limit and quote it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
