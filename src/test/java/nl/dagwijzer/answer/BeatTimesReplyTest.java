package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies about a boat that leaves at a steady beat through a long session ("De boot vertrekt elk heel en half
 * uur, de eerste om 10:00 en de laatste om 15:30. De afvaart van 13:00 vervalt ..."): the next one, how often, whether
 * at a time; the one called off is not among them. Asked at the time given. Line breaks " / ".
 */
@DisplayName("Times a steady beat gives inside a long session")
final class BeatTimesReplyTest extends WholeReplyTest {
  private static final String SAID = " / Uit de beschrijving: De boot vertrekt elk heel en half uur, de eerste om 10:00"
      + " en de laatste om 15:30. De afvaart van 13:00 vervalt vanwege de tewaterlating.";
  private static final String BOAT = "‘Havenrondvaart’ (10:00–16:00, in Steiger 3 aan de Oostkade).";

  @ParameterizedTest(name = "\"{1}\" at {0}")
  @CsvSource(delimiter = '|', value = {
      "11:10 | wanneer gaat de volgende rondvaartboot       | Om 11:30, bij " + BOAT + SAID,
      "12:40 | wanneer gaat de volgende rondvaartboot       | Om 13:30, bij " + BOAT + SAID,
      "11:10 | hoeveel keer vaart de rondvaartboot vandaag uit | 11 keer, bij " + BOAT + SAID,
      "11:10 | vaart er om 13:00 een rondvaartboot          | Nee, om 13:00 niet; het eerstvolgende om 13:30, bij "
          + BOAT + SAID,
      "11:10 | vaart er om 14:30 een rondvaartboot          | Ja, om 14:30, bij " + BOAT + SAID})
  @DisplayName("the times of the beat, without the one called off")
  void answers(String time, String question, String expected) {
    // given the shipyard's open day, when asked at the time
    String reply = replyAt(LocalTime.parse(time), "tune59-scheepswerfdag.json", question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" at {0}")
  @CsvSource(delimiter = '|', value = {
      "11:10 | wanneer gaat de volgende tractorrit | Om 11:30, bij ‘Tractorrit door de boomgaard’ (10:30–12:30, in"
          + " Trekkerhalte bij de schuur). / Uit de beschrijving: Ritten in de ochtend: 10:30, 11:00, 11:30 en 12:00.",
      "15:00 | wanneer gaat de volgende tractorrit | Om 15:30, bij ‘Tractorrit door de boomgaard’ (13:30–16:00, in"
          + " Trekkerhalte bij de schuur). / Uit de beschrijving: Ritten in de middag: 13:30, 14:00, 14:30, 15:00 en"
          + " 15:30. De rit van 15:30 is de laatste van de dag."})
  @DisplayName("the next of the times listed in a ride given in the morning and the afternoon")
  void listedInTwo(String time, String question, String expected) {
    // given the fruit farm's day, its tractor ride twice with the departures listed in each, when asked at the time
    String reply = replyAt(LocalTime.parse(time), "tune56-fruitplukdag.json", question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
