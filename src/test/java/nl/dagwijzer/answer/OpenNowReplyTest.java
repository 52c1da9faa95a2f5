package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is X nog open?" and "is X al open?" asked at a moment of the day (whether it is on then, as "nog
 * bezig" and "al begonnen" ask it, not whether it is on the programme), and to a compound typed with its short end
 * apart ("het vertel uur" of the "Verteluur"). Line breaks " / ".
 */
@DisplayName("Open now, and a compound's short end typed apart")
final class OpenNowReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{2}\" at {1} on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune67-legofestival.json | 16:45 | is de verkoopmarkt nog open | Nee, ‘Verkoopmarkt’ (Bas Hoekstra) "
          + "is van 09:30 tot 16:30, in Marktplein.",
      "tune67-legofestival.json | 12:00 | is de verkoopmarkt nog open | Ja, ‘Verkoopmarkt’ (Bas Hoekstra) "
          + "is van 09:30 tot 16:30, in Marktplein. / Uit de beschrijving van ‘Verkoopmarkt’: 24 verkoopstands "
          + "met nieuwe en tweedehands sets, losse stenen en minifiguren.",
      "tune67-legofestival.json | 09:40 | is de duplohoek al open | Nee, ‘Duplo-speelhoek voor peuters’ "
          + "(Ilse Verbeek) is van 10:00 tot 16:00, in Duplohoek.",
      "tune67-legofestival.json | 12:00 | is de verkoopmarkt om 17:00 nog open | Nee, om 17:00 niet: "
          + "‘Verkoopmarkt’ (Bas Hoekstra) is van 09:30 tot 16:30, in Marktplein.",
      "tune67-sintmaarten.json | 11:10 | waar is het vertel uur | ‘Verteluur: de mantel van Sint-Maarten’ "
          + "(Jorien Lankhorst) (45 minuten, ergens tussen 14:30 en 15:30) is in Bibliotheekhoek.",
      "tune58-luchthavendag.json | 11:10 | waar is het vragen uur | ‘Vragenuur: werken op de luchthaven’ "
          + "(Lotte van Dijkhuizen, Sanne Hofstede, Joris Lammerink en Kees Brouwer) (15:15–16:00) is in Hangaar "
          + "2."})
  @DisplayName("say yes or no by the time it is, or name the session")
  void replies(String programme, String clock, String question, String expected) {
    // given a day with a market until 16:30 and a play corner from 10:00, when
    String reply = replyAt(LocalTime.parse(clock), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
