package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "mag ik foto's maken in de tentoonstelling?": yes or no by the sentence that allows or forbids
 * photos there, found by the session or room the place names, else by a rule that names the place (rows from the
 * misses of the later tuning days).
 */
@DisplayName("Whether one may take photos somewhere")
final class PhotoRuleReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune48-stripfestival | mag je foto's maken in de tentoonstelling | Ja, uit de beschrijving van ‘Tentoonstelling"
          + " Amersfoort in beeldverhalen’: Fotograferen zonder flits is toegestaan",
      // a compound place by its last part: "zilvertentoonstelling" for the exhibition of silver
      "tune56-kerkendag | mag ik foto's maken bij de zilvertentoonstelling | Ja, uit de beschrijving van"
          + " ‘Tentoonstelling 'Zilver uit de schatkamer'’: Fotograferen zonder flits is toegestaan.",
      // "rechtszaal" by its noun: the sessions in the court rooms ("Zittingszaal 1")
      "tune57-rechtbankdag | mag k fotos maken in de rechtszaal | Nee, uit de beschrijving van ‘Nagespeelde strafzaak:"
          + " De gestolen bakfiets’: Fotograferen en filmen in de zittingszaal is niet toegestaan.",
      "tune57-rechtbankdag | mag ik in de toga-fotohoek wel foto's maken | Ja, uit de beschrijving van"
          + " ‘Toga-fotohoek’: Hier mag je wel fotograferen, met je eigen telefoon.",
      // a place no session or room is named by, that one session's rule names
      "tune63-chocolaterie | mag ik foto's maken in de productiehal | Nee, uit de beschrijving van ‘Rondleiding"
          + " door de fabriek’: Fotograferen in de productiehal is niet toegestaan."})
  @DisplayName("says yes or no by it")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
