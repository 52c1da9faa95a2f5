package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "zit de lunch bij de prijs in?": yes or no by the sentence that says what the price includes,
 * judged in the clause with the thing (rows from the misses of the later tuning days).
 */
@DisplayName("Whether a thing is included in the price")
final class IncludedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "inclusief" with the thing in a compound ("lunchpakket")
      "tune55-techniekdag | zit de lunch bij de prijs in | Ja, uit de beschrijving van de inloop en aanmelden:"
          + " Deelname kost €5 per kind, inclusief lunchpakket; ouders zijn gratis",
      // the day's own sentence
      "tune44-benefietgala | zitten de drankjes bij de ticketprijs in | Ja, uit de beschrijving van de dag: Een"
          + " ticket kost €175 per persoon, inclusief diner en drankjes.",
      // the clause with the thing says no
      "tune47-ijsbaan | zit de entree ook bij de prijs van de beginnersles | Nee, uit de beschrijving van ‘Schaatsles"
          + " voor beginners’: Kosten €7,50 inclusief huurschaatsen; de entree is niet inbegrepen.",
      "tune47-ijsbaan | zijn huurschaatsen inbegrepen bij de beginnersles | Ja, uit de beschrijving van ‘Schaatsles"
          + " voor beginners’: Kosten €7,50 inclusief huurschaatsen; de entree is niet inbegrepen.",
      // the comma of an amount ends no clause: the "niet" belongs to the lunch
      "tune66-petanque | zit de lunch bij het inschrijfgeld in | Nee, uit de beschrijving van de franse lunch: De"
          + " lunch kost €12,50 per persoon en zit niet bij het inschrijfgeld in."})
  @DisplayName("says yes or no by it")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
