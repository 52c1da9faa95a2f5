package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("What comes next after the session an attendee names")
final class NextAfterNamedReplyTest extends WholeReplyTest {
  private static final String FAIR = "tune49-trouwbeurs.json";

  @ParameterizedTest(name = "at {0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the one session named: what follows it (it is on, so "after now" would leave it and nothing else)
      "10:35 | ik zit net bij de opening, wat is het volgende | Na ‘Welkom en officiële opening’, van 11:00 tot"
          + " 12:00: ‘Workshop bruidsmake-up’ (Samira El Idrissi).",
      // one of a series named after "volgende": the next of them
      "12:20 | wat is de volgende modeshow | Hierna: ‘Bruidsmodeshow’ (Lotte Verhagen), in Catwalk in de"
          + " Ridderzaal, 13:30–14:00."})
  @DisplayName("follows the session named, or gives the next of the series")
  void next(String clock, String question, String expected) {
    // given the wedding fair at that time, when asked, then the whole reply
    assertThat(replyAt(LocalTime.parse(clock), FAIR, question)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      // a plural of the word their titles share: every one of them after it, not the next
      "welke live-opnames zijn er na de lunch | Na de lunchpauze: / • ‘Live-opname: Moord in de Polder’ (Marit"
          + " Veldkamp en Koen Heijstek), in Grote Zaal, 14:00–15:15 / • ‘Live-opname: Vraag het Vlieg’ (Isa Lommerse),"
          + " in Kelderpodium, 15:00–15:45 / • ‘Live-opname: Twee Zussen, Eén Mening’ (Daphne Meijerink en Roos"
          + " Meijerink), in Grote Zaal, 19:30–20:45 / • ‘Live-opname: Buurtgeluiden’ (Jelmer Hofstede), in"
          + " Kelderpodium, 20:00–21:00"})
  @DisplayName("gives every one of the sessions a plural names after it")
  void everyNamed(String question, String expected) {
    // given the podcast festival, when asked, then the whole reply
    assertThat(replyOn("tune56-podcastfestival.json", question)).isEqualTo(expected);
  }
}
