package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is er iets voor kleuters?": the list of what there is for them, with the yes the question asks
 * first; "wat is er voor kleuters?" asks no yes. Line breaks " / ".
 */
@DisplayName("A yes before what there is, when the question asks whether there is")
final class ListedYesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune38-boekenbeurs.json | is er iets voor kleuters | Ja, op het programma: / • ‘Kinderhoek’, in "
          + "Kinderhoek, 10:30–16:30 / • ‘Voorleesuurtje’ (Wendy Schouten), in Kinderhoek, 11:00–11:30 / • ‘Hoe "
          + "maak je een kinderboek?’ (Marieke van 't Veld en Hans de Groot), in Zaal Zuid, 11:30–12:15 / • "
          + "‘Tekenen met Hans de Groot’ (Hans de Groot), in Kinderhoek, 13:30–14:30",
      "tune41-muziekschool.json | is er ook iets voor kleuters | Ja, op het programma: / • ‘Informatiestand"
          + " lesgeld en huurinstrumenten’ (Ellen Bakker en Kees van Dam), in Hal, 10:00–16:00 / • ‘Proefles "
          + "viool’ (Femke van 't Hof), in Studio 3, 10:30–11:00 / • ‘Instrumentencarrousel’ (Anouk de Graaf), in"
          + " Studio 5, 10:30–12:00 / • ‘Instrumentencarrousel’ (Anouk de Graaf), in Studio 5, 13:00–14:30 / • "
          + "‘Proefles viool’ (Femke van 't Hof), in Studio 3, 14:00–14:30",
      "tune38-boekenbeurs.json | wat is er voor kleuters | Op het programma: / • ‘Kinderhoek’, in "
          + "Kinderhoek, 10:30–16:30 / • ‘Voorleesuurtje’ (Wendy Schouten), in Kinderhoek, 11:00–11:30 / • ‘Hoe "
          + "maak je een kinderboek?’ (Marieke van 't Veld en Hans de Groot), in Zaal Zuid, 11:30–12:15 / • "
          + "‘Tekenen met Hans de Groot’ (Hans de Groot), in Kinderhoek, 13:30–14:30"})
  @DisplayName("say yes and list what the condition picks")
  void replies(String programme, String question, String expected) {
    // given days with sessions for young children, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
