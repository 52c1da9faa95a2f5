package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole yes/no replies on who opens or closes the day ("opent de wethouder de dag?": no, and the block that does)
 * and on a role in one part of the day ("is X ook 's avonds tafelhost?": no, and who is then).
 */
@DisplayName("Yes or no on who opens or closes the day and on a role in one part of it")
final class YesNoOpenerReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune31-dialoog.json | opent de wethouder de dag | Nee, de dag opent met ‘Opening door de"
          + " burgemeester’ (Marieke van der Heijden en Youssef El Amrani), 13:00–13:15.",
      "tune31-dialoog.json | opent de burgemeester de dag | Ja, de dag opent met ‘Opening door de"
          + " burgemeester’ (Marieke van der Heijden en Youssef El Amrani), 13:00–13:15.",
      "tune31-jubileum.json | sluit de directeur de middag af | Nee, de dag sluit af met ‘Uitslag van de"
          + " quiz en afsluiting’ (Karim Ait Haddou en Youssef El Amrani), 17:15–17:30.",
      "tune31-dialoog.json | is Mustafa Ait Taleb ook 's avonds tafelhost | Nee, Mustafa Ait Taleb"
          + " (bestuurslid, Moskee Al Houda); tafelhost bij ‘Dialoogtafel Moskee: Geloven en samenleven in je"
          + " straat’; tafelhost in de avond: Ria Hendriks-de Groot, Sanne de Wit, Khadija El Idrissi en Peter"
          + " van 't Hof.",
      "tune31-dialoog.json | is Khadija El Idrissi 's avonds tafelhost | Ja, Khadija El Idrissi"
          + " (jongerenwerker, Stichting Welzijn Culemborg); tafelhost bij ‘Dialoogtafel Moskee: Geloven en"
          + " samenleven in je straat’."
})
  @DisplayName("yes or no, with the block that opens or closes or who has the role then")
  void answers(String programme, String question, String expected) {
    // given the programme, asked at 11:10
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
