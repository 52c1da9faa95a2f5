package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wat ..." questions that name one session by its own words and nothing that narrows it further
 * ("wat is er in de theepauze?", "wat voor soep is er?"): what its texts say, not a list that names the session back.
 * Line breaks " / ".
 */
@DisplayName("What one named session holds")
final class OneSessionContentReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune36-repaircafe.json | wat voor soep is er? | De soep van de dag, 12:00–13:30, in Ontmoetingsruimte. /"
          + " Aan bod komen: / • Vandaag pompoensoep en erwtensoep, allebei vegetarisch, met brood. / • Een kom soep kost"
          + " 2 euro; kinderen eten gratis.",
      "tune34-congres-tracks.json | wat is er in de theepauze | De theepauze, 14:15–14:35, in Foyer. / Aan bod"
          + " komen: / • Met thee, koffie en fruit.",
      "tune30-handhaving.json | wat staat er op het certificaat | ‘Uitreiking certificaten en afsluiting’ (Karin"
          + " Ketelaars en Annemiek van Rooij), 15:30–15:45, in Auditorium: Karin Ketelaars maakt de uitslag van de"
          + " toets bekend en deelt de certificaten 'Zorgwekkend gedrag op straat' uit. Dagvoorzitter Annemiek van"
          + " Rooij sluit de dag af. / Aan bod komen: / • Het certificaat staat op naam en vermeldt de 5"
          + " registratiepunten van Registerplein. / • De registratiepunten worden binnen twee weken door het Zorg- en"
          + " Veiligheidshuis bij Registerplein bijgeschreven. / • Wie de toets herkanst, krijgt het certificaat per"
          + " mail nagestuurd."})
  @DisplayName("gives its texts")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
