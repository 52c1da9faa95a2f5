package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "waar gaat het geld van de thee naartoe?": what the session's texts say, where the good cause is
 * named, not the place the session is held (rows from tuning days whose question read as "waar" once the intent model
 * learnt "wat duurt langer, de X of de Y?" as a length). Line breaks " / ".
 */
@DisplayName("Where the money of a session goes")
final class ProceedsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune42-tuinendag | waar gaat het geld van de thee naartoe | De thee in de pastorietuin (Gerda "
          + "Verhoeven), 14:00–16:30, in Kerkstraat 1: Thee, koffie en zelfgebakken taart onder de grote "
          + "walnotenboom in de pastorietuin. / Aan bod komen: / • Thee of koffie kost €1,50, een punt taart "
          + "€2,50. / • De opbrengst gaat naar het onderhoud van de kerktuin.",
      "tune40-hardloopdag | waar gaat het geld van de massages naartoe | ‘Massagetent’ (Annelies Kok),"
          + " 10:30–15:00, in Burgwalplein: Sportmasseurs masseren je benen los na de finish. / Aan bod komen: / "
          + "• Een massage van tien minuten kost € 5; de opbrengst gaat naar het Jeugdsportfonds Kampen. / • Je "
          + "kunt niet reserveren: vol is vol."})
  @DisplayName("is what its texts say")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
