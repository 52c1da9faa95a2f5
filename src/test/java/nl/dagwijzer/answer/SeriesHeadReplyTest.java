package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the question names a series by the last part of its compound word: "de tafels" of five
 * "Reparatietafel ..." sessions are all of them, not the one whose description says "de tafel"; the numbered word
 * after a class ("Valk race 1", "Laser race 2") names a series too. Line breaks " / ".
 */
@DisplayName("A series named by the last part of its word")
final class SeriesHeadReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune41-repaircafe.json | welke tafels beginnen om 10:00 | Om 10:00: / • ‘Reparatietafel computers en"
          + " telefoons’ (Ilse Verbruggen), in Bovenzaal, 10:00–12:30 / • ‘Reparatietafel fietsen’ (Ricardo Pinas), in"
          + " Buitenterrein, 10:00–13:00 / • ‘Reparatietafel elektronica’ (Henk de Laat en Kees Maas), in Zaal De"
          + " Kapel, 10:00–16:00",
      // where to report is the room of the day's registration, not the day's venue
      "tune55-techniekdag.json | waar moeten we ons melden | De inloop en aanmelden (08:45–09:15) is in Centrale hal.",
      "tune52-eerstehulpdag.json | waar moet ik me melden als ik binnenkom | ‘Aanmeldbalie en infomarkt’ (Anouk"
          + " Smits) (08:45–16:00) is in Hal clubhuis.",
      // a role the named session's title has says which session it is, not who leads it
      "tune55-klusdag.json | in welke zaal is de briefing voor de groepsleiders | ‘Briefing groepsleiders’ (Anneke"
          + " Brouwer) (08:00–08:30) is in Dorpshuis De Wingerd, kleine zaal.",
      "tune13-excursie.json | in welke zaal is de opening | ‘Opening en inleiding: werk en participatie in"
          + " Amersfoort’ (Annelies van 't Hof en Noor Hendriks) (09:15–09:45) is in Raadzaal, stadhuis.",
      // "Valk race 1", "Laser race 1", ...: the numbered word after each class is the series
      "tune47-regatta.json | welke race start als eerste | Op het programma: ‘Valk race 1’ (Hendrik Zijlstra), in"
          + " Baan Noord, 10:00–11:00.",
      "tune47-regatta.json | welke races starten voor 11 uur | Voor 11:00: / • ‘Valk race 1’ (Hendrik Zijlstra), in"
          + " Baan Noord, 10:00–11:00 / • ‘Laser race 1’ (Hendrik Zijlstra), in Baan Noord, 10:10–11:00 / • ‘Optimist"
          + " race 1’ (Jan-Willem ten Cate), in Baan Zuid, 10:15–11:00",
      // "voor de valken" among the races asked: for the Valk class, not before its first race
      "tune47-regatta.json | welke races zijn er voor de valken | Op het programma: / • ‘Valk race 1’ (Hendrik"
          + " Zijlstra), in Baan Noord, 10:00–11:00 / • ‘Valk race 2’ (Hendrik Zijlstra), in Baan Noord, 11:15–12:15 /"
          + " • ‘Valk race 3’ (Hendrik Zijlstra), in Baan Noord, 13:45–14:45",
      "tune47-regatta.json | wat is er voor de valken | Voor ‘Valk race 1’: / • ‘Inschrijving en meetcontrole’ (Ilse"
          + " van 't Hof), in Wedstrijdsecretariaat, 08:30–09:15 / • ‘Schippersbriefing’ (Hendrik Zijlstra en Marloes"
          + " van der Meer), in Clubhuis, 09:15–09:45",
      // two series compared by the first of each
      "tune47-regatta.json | starten de lasers eerder dan de valken | Nee, eerst ‘Valk race 1’ (Hendrik Zijlstra,"
          + " 10:00–11:00), daarna ‘Laser race 1’ (Hendrik Zijlstra, 10:10–11:00).",
      "tune47-regatta.json | wie start eerst, de lasers of de optimisten | Eerst ‘Laser race 1’ (Hendrik Zijlstra,"
          + " 10:10–11:00), daarna ‘Optimist race 1’ (Jan-Willem ten Cate, 10:15–11:00)."})
  @DisplayName("take every session of the series, never a room word")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
