package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "mag ik ...?" and "kan ik ...?" with a verb at the end, about a session the question names: the
 * sentence of its description with the verb decides; without one the programme does not say it, however much the
 * session is on it. Coming to a session ("mag ik naar de keynote?") is still answered by its being there, unless its
 * description says who may come ("Alleen op persoonlijke uitnodiging"). Line breaks
 * " / ".
 */
@DisplayName("Whether one may or can do something at a session")
final class YesNoAbilityReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune10-vrijwilligers.json | kan ik zelf nog een stand huren | Dat staat niet in het programma: over ‘huren’ zegt"
          + " het niets. Op het programma: keuze uit ‘Stand 1: Voedselbank Amersfoort’, in Foyer, ‘Stand 2: Humanitas"
          + " Thuisadministratie’, in Foyer, ‘Stand 3: Taalhuis Amersfoort’, in Foyer, ‘Stand 4: Stichting Present"
          + " Amersfoort’, in Foyer, ‘Stand 5: VluchtelingenWerk Midden-Nederland’, in Foyer, ‘Stand 6: De Zonnebloem"
          + " afdeling Amersfoort’, in Foyer, ‘Stand 7: Buurtgezinnen Eemland’, in Foyer en ‘Stand 8: IVN Eemland’, in"
          + " Foyer, 17:15–18:30.",
      "tune37-voorleesfeest.json | kan ik een boek van lotte kopen | Ja, uit de beschrijving van ‘Signeersessie Lotte"
          + " van der Meulen’: Neem je eigen boek mee of koop er een aan de balie voor €14,99.",
      "tune40-pitchdag.json | mag ik naar het investeerdersontbijt | Nee, niet zomaar: uit de beschrijving van het"
          + " investeerdersontbijt: Alleen op persoonlijke uitnodiging.",
      "tune40-pitchdag.json | mag ik naar de keynote | Ja, ‘Keynote: Wat een investeerder in vijf minuten wil horen’"
          + " (Marieke de Wit) is van 09:45 tot 10:15, in Hoofdzaal."})
  @DisplayName("are decided by the sentence with the verb, not by the session being there")
  void answers(String programme, String question, String expected) {
    // given a programme with the session, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
