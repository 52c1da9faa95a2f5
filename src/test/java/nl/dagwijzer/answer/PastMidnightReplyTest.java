package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies at a museum night from 19:00 to 01:00 whose DJ set starts at midnight, asked late in the evening; and
 * at a wedding whose party goes on after midnight, asked about "vanavond". Line breaks " / ".
 */
@DisplayName("What comes next on an evening past midnight")
final class PastMidnightReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" at {0}")
  @CsvSource(delimiter = '|', value = {
      "23:20 | wat komt hierna? | Hierna, van 00:00 tot 01:00: ‘DJ-set: Nachtwaker in de kelder’ (Lotte Vermeulen).",
      "20:00 | wat is er vlak voor de dj-set | Voor ‘DJ-set: Nachtwaker in de kelder’: ‘Rondleiding: Het Gasthuis in"
          + " het donker’ (Mohamed El Amrani), in Hal, 23:00–23:45.",
      "20:00 | wat is er voor de dj-set | Voor ‘DJ-set: Nachtwaker in de kelder’: ‘Rondleiding: Het Gasthuis in het"
          + " donker’ (Mohamed El Amrani), in Hal, 23:00–23:45.",
      "23:20 | hoe lang nog tot de dj-set begint? | Nog 40 minuten: om 00:00 begint ‘DJ-set: Nachtwaker in de"
          + " kelder’ (Lotte Vermeulen).",
      "00:20 | wat is er nu? | Nu (00:20): ‘DJ-set: Nachtwaker in de kelder’ (Lotte Vermeulen), in Kelder,"
          + " 00:00–01:00.",
      "00:20 | hoe lang duurt het nog? | Nog 40 minuten: het programma eindigt om 01:00.",
      "20:00 | wat is er nog na de quiz? | Na ‘De Grote Gasthuisquiz’: ‘DJ-set: Nachtwaker in de kelder’ (Lotte"
          + " Vermeulen), in Kelder, 00:00–01:00.",
      "20:00 | wat is er na middernacht nog te doen? | Vanaf 23:59: ‘DJ-set: Nachtwaker in de kelder’ (Lotte"
          + " Vermeulen), in Kelder, 00:00–01:00.",
      "20:00 | wat is het allerlaatste onderdeel van de avond? | Op het programma: ‘DJ-set: Nachtwaker in de"
          + " kelder’ (Lotte Vermeulen), in Kelder, 00:00–01:00."})
  @DisplayName("goes on after 23:59")
  void answers(String time, String question, String expected) {
    // given the night, when asked at that time
    String reply = replyAt(LocalTime.parse(time), "tune35-museumnacht.json", question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "wie is de dj vanavond | Bij ‘Feest met DJ Wouter ter Horst’ (00:00–01:30) spreekt Wouter ter Horst (dj,"
          + " Draaiwerk Events).",
      "wat is er om kwart over 1 's nachts | Om 01:15: ‘Feest met DJ Wouter ter Horst’ (Wouter ter Horst), in"
          + " Koetshuis, 00:00–01:30.",
      "wat is er om 1 uur | Om 13:00: ‘Huwelijksceremonie’ (Eline de Boer, Daan van 't Zand, Marjolein van der Laan,"
          + " Sophie de Boer en Mark van Dijk), in Trouwzaal, Stadhuis Zeist, 13:00–13:45.",
      "wat is er vanavond in de koetshuis | In de avond: / • de ontvangst avondgasten, in Koetshuis, 20:30–21:00 / •"
          + " ‘Openingsdans’ (Eline de Boer en Daan van 't Zand), in Koetshuis, 21:00–21:15 / • ‘Live muziek door band"
          + " Hoogtij’ (Jeroen Smit), in Koetshuis, 21:15–23:45 / • ‘Feest met DJ Wouter ter Horst’ (Wouter ter"
          + " Horst), in Koetshuis, 00:00–01:30"})
  @DisplayName("the evening of a wedding from 12:30 takes the party after midnight in; 'om 1 uur' is its afternoon,"
      + " 'om kwart over 1 's nachts' its night")
  void eveningTakesTheNight(String question, String expected) {
    // given a day from 12:30 to 02:00, when asked in the afternoon
    String reply = replyAt(LocalTime.of(15, 0), "tune40-bruiloft.json", question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
