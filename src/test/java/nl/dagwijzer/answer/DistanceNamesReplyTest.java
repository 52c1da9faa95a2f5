package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on days whose titles give distances ("Start 30 km", "Routebriefing 100 km", "Prijsuitreiking 5 km"):
 * "de 30 km" and "de 60km" name the sessions that have that distance, and a second name said with "voor de" picks the
 * one both stand for. Line breaks " / ".
 */
@DisplayName("Distances in titles as names")
final class DistanceNamesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune69-schaatstocht.json | hoelaat start de 30 km | ‘Start 30 km’ is van 09:30 tot 11:30, in "
          + "Startvak aan de Iisdyk.",
      // "60km" typed as one word; both sessions of that distance
      "tune69-schaatstocht.json | hoelaat begint de 60km | ‘Routebriefing 60 km’ (Wiebren Postma) is van "
          + "08:10 tot 08:25, in Dorpshuis De Skalle, grote zaal. / ‘Start 60 km’ is van 08:30 tot 10:00, in "
          + "Startvak aan de Iisdyk.",
      // the briefing the two names share, not what comes before the 100 km
      "tune69-schaatstocht.json | hoe lang duurt de routebriefing voor de 100 km | ‘Routebriefing 100 km’ "
          + "(Wiebren Postma en Baukje de Vries) duurt 15 minuten, van 07:00 tot 07:15.",
      "tune69-schaatstocht.json | wat kost de 30 km als je geen lid bent | Uit de beschrijving van ‘Start "
          + "30 km’: Kosten: €6 voor leden van IJsclub De Hoop, €8 voor niet-leden.",
      "tune40-hardloopdag.json | prijsuitrijking 5km | ‘Prijsuitreiking 5 km’ (Gerrit-Jan van der Veen) is "
          + "van 11:15 tot 11:30, in Podium IJsselkade."})
  @DisplayName("read a distance as the sessions that have it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
