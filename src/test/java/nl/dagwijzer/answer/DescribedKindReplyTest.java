package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions about a kind only descriptions name ("Eerste stop van groep A.", "reikt de prijs uit"):
 * "welke stops heeft groep A?", "wat is de laatste stop van groep A?": of the day, the sessions whose own texts use
 * the word, then the group and the order; what a group has next when nothing is on now; "waar was groep B voor het Lindeplein?" before its own
 * visit there. Line breaks " / ".
 */
@DisplayName("Sessions only their descriptions give a kind")
final class DescribedKindReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune21-wijkschouw.json | waar was groep b voor het lindeplein | ‘OBS De Regenboog (groep B)’ (Marloes van"
          + " 't Hof en Jeroen ten Dam) (10:45–11:15) is in Schoolplein OBS De Regenboog, Esweg 40.",
      "tune21-wijkschouw.json | welke stops heeft groep A | Voor groep A: / • ‘Speeltuin De Klimop (groep"
          + " A)’ (Samira El Idrissi), in Speeltuin De Klimop, Klimopstraat, 10:00–10:30 / • ‘Lindeplein (groep"
          + " A)’ (Rob van der Meulen), in Lindeplein, bij de kiosk, 10:45–11:15 / • ‘OBS De Regenboog (groep"
          + " A)’ (Marloes van 't Hof en Jeroen ten Dam), in Schoolplein OBS De Regenboog, Esweg 40, 11:30–12:00"
          + " / • ‘Veldkamppark (groep A)’ (Fatima Ait Lahcen en Bas de Wit), in Veldkamppark, ingang"
          + " Veldkampweg bij de vijver, 12:15–12:45",
      "tune21-wijkschouw.json | wat is de eerste stop van groep B | Voor groep B: ‘Veldkamppark (groep B)’"
          + " (Fatima Ait Lahcen en Bas de Wit), in Veldkamppark, ingang Veldkampweg bij de vijver, 10:00–10:30.",
      "tune21-wijkschouw.json | wat is de laatste stop van groep A | Voor groep A: ‘Veldkamppark (groep"
          + " A)’ (Fatima Ait Lahcen en Bas de Wit), in Veldkamppark, ingang Veldkampweg bij de vijver,"
          + " 12:15–12:45.",
      "tune18-awards.json | welke prijs wordt als laatste uitgereikt | Op het programma: ‘Uitreiking van"
          + " de publieksprijs’ (Ilse van der Veen en Gerrit-Jan Nijhuis), in Theaterzaal, 22:25–22:35. / Uit de"
          + " beschrijving van ‘Uitreiking van de publieksprijs’: Gerrit-Jan Nijhuis van Buurtkamer De Es, vorig"
          + " jaar winnaar van de publieksprijs, reikt de prijs uit."})
  @DisplayName("the sessions whose texts use the word, ordered")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @Test
  @DisplayName("what a group has next when nothing is on now, not also the other group's")
  void groupNext() {
    // given the neighbourhood walk at 12:05, between the third and the last stop
    Assistant assistant = Fixtures.assistantOn(Path.of("src/test/resources/programmes/tune21-wijkschouw.json"),
        LocalTime.of(12, 5), Fixtures.understander());
    // when
    Reply reply = assistant.ask("walker", "ik zit in groep b, waar moet ik nu heen");
    // then
    assertThat(reply.text()).isEqualTo("Nu (12:05) staat er niets op het programma. Om 12:15 voor groep B: ‘Speeltuin"
        + " De Klimop (groep B)’ (Samira El Idrissi), in Speeltuin De Klimop, Klimopstraat.");
  }
}
