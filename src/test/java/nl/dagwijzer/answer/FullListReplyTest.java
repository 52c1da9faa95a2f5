package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "welke onderdelen zijn al vol?": the sessions whose texts say they are full or sold out, of the
 * whole day or of those named (rows from the misses of a later tuning day); and to "bij welke rondes is nog plek?",
 * those not full.
 */
@DisplayName("Which sessions are full, which have room")
final class FullListReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "vol is vol, kom op tijd" on the mock trials says how seats go, not that there are none
      "tune57-rechtbankdag | welke onderdelen zijn al vol | Volgeboekt of uitverkocht: / • ‘Escape room: Het"
          + " verdwenen dossier’ (Rutger Valkhof, 45 minuten), in Archief (kelder), 10:00–16:00 / • ‘Rondleiding"
          + " cellencomplex’ (Gerard Smulders), in Cellencomplex (kelder), 10:30–11:00 / • ‘Schoolquiz: Wie weet het"
          + " recht?’ (Sander Wijnbergen), in Zittingszaal 3, 10:30–11:30",
      // not only the texts that use the word "uitverkocht"
      "tune57-erfgoedspoordag | wat is er allemaal al vol of uitverkocht | Volgeboekt of uitverkocht: / •"
          + " ‘Rondleiding door de werkplaats’ (Wouter Brinkhuis), in Werkplaats Veenhorst, 11:00–11:45 / •"
          + " ‘Meerijden op de voetplaat’ (Dirk Wolters en Jorrit Baas), in Station Veenhorst, 13:30–14:15",
      // which still have room: of those named, each not full; with nothing named, the other rounds of a full one
      "tune58-drukkerijdag | bij welke rondes affiche drukken is nog plek | Met nog plek: / • ‘Druk je eigen affiche’"
          + " (Henk Vlasblom), in Handpersatelier, 12:00–13:00 / • ‘Druk je eigen affiche’ (Ineke Schraa), in"
          + " Handpersatelier, 15:00–16:00",
      "tune58-luchthavendag | bij welke busrondes is nog plek | Met nog plek: / • ‘Busrondleiding langs de startbaan’"
          + " (Gerda Smits), in Bushalte B (voor de terminal), 10:30–11:15 / • ‘Busrondleiding langs de startbaan’"
          + " (Gerda Smits), in Bushalte B (voor de terminal), 13:30–14:15 / • ‘Busrondleiding langs de startbaan’"
          + " (Gerda Smits), in Bushalte B (voor de terminal), 15:00–15:45"})
  @DisplayName("lists them")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
