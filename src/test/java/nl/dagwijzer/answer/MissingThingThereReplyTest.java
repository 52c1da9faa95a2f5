package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is er X bij Y?" or "krijg ik X?" where no text of the programme has X: no, and what Y is,
 * instead of a yes for Y alone; a word for the same thing counts ("wc" where a text says "Toiletten"), and an
 * adjective before a named thing asks about that thing ("vegetarische soep"). Line breaks " / ".
 */
@DisplayName("A thing asked after 'is er' that the programme does not have")
final class MissingThingThereReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-teamdag.json | is er een dj op de borrel | Nee, dat staat niet in het programma: over ‘dj’ zegt het"
          + " niets. De borrel is van 16:15 tot 17:30, in Terras.",
      "tune42-tuinendag.json | zijn er wc's bij de pluktuin | Nee, dat staat niet in het programma: over ‘wc’ zegt het"
          + " niets. ‘Pluktuin De Bloeiende Akker’ (Joost Smulders) is van 11:00 tot 17:00, in Veldweg 3.",
      "tune26-wandelconferentie.json | is er een wc bij het sportpark | Ja, ‘Halte 3 Sportpark: de beweegtuin’ (Rachid"
          + " Ait Haddou) is van 12:25 tot 12:50, in Sportpark Holtenbroek. / Uit de beschrijving van ‘Halte 3"
          + " Sportpark: de beweegtuin’: Toiletten zijn beschikbaar in de kantine van het sportpark.",
      "tune41-repaircafe.json | is er vegetarische soep | Ja, de soeplunch (Wim Aarts) is van 12:00 tot 13:30, in"
          + " Foyer. / Uit de beschrijving van de soeplunch: Er is pompoensoep (vegetarisch) en erwtensoep.",
      "tune41-repaircafe.json | krijg ik garantie op de reparatie | Nee, dat staat niet in het programma: over"
          + " ‘garantie’ zegt het niets. ‘Lezing: Het recht op reparatie’ (Anja Smits en Joyce Hermans) is van 14:00"
          + " tot 14:45, in Grote zaal."})
  @DisplayName("say no when the thing is nowhere, and yes from where it is")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
