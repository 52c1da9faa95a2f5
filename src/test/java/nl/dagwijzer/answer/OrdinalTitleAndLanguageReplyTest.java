package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to one of a set of titles that start with an ordinal ("de eerste manche van de veteranen" of
 * "Eerste manche veteranen") or end in a number ("de tweede pouleronde van de doubletten", and both pools' second
 * round without it), to a word for any day that the sessions' titles have ("welke training", not the day), to a
 * plural word for a topic ("welke manches"), to "voor de 65cc" (for a class, not
 * before it), to the language a session is given in, and to an age asked of the day itself. Line breaks " / ".
 */
@DisplayName("Ordinal titles, a topic's plural, a class code, a session's language and the day's ages")
final class OrdinalTitleAndLanguageReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune66-motorcross.json | wanneer is de eerste manche van de veteranen | ‘Eerste manche veteranen’ is"
          + " van 13:15 tot 13:40, in Hoofdbaan.",
      "tune66-motorcross.json | wanneer is de tweede manche van de mx1 | ‘Tweede manche MX1’ is van 14:20 "
          + "tot 14:50, in Hoofdbaan.",
      "tune66-petanque.json | hoe laat is de tweede pouleronde van de doubletten | ‘Pouleronde 2 "
          + "doubletten’ is van 11:00 tot 12:00, in Veld B. / Uit de beschrijving van ‘Pouleronde 2 doubletten’: "
          + "Tweede partij in de poules van het doubletten-toernooi.",
      "tune66-petanque.json | hoe laat is de tweede pouleronde | ‘Pouleronde 2 tripletten’ is van 11:00 tot"
          + " 12:00, in Veld A. / ‘Pouleronde 2 doubletten’ is van 11:00 tot 12:00, in Veld B.",
      "tune66-motorcross.json | welke training is het eerst | Op het programma: / • ‘Vrije training jeugd "
          + "65cc’ (Bram Oosterveld), in Jeugdbaan, 09:45–10:05 / • ‘Vrije training MX2’, in Hoofdbaan, "
          + "09:45–10:15",
      "tune66-motorcross.json | welke manches zijn er na de lunch | Na de lunchpauze: / • ‘Eerste manche "
          + "veteranen’, in Hoofdbaan, 13:15–13:40 / • ‘Tweede manche jeugd 65cc’, in Jeugdbaan, 13:45–14:05 / • "
          + "‘Tweede manche MX2’, in Hoofdbaan, 13:45–14:15 / • ‘Tweede manche jeugd 85cc’, in Jeugdbaan, "
          + "14:10–14:30 / • ‘Tweede manche MX1’, in Hoofdbaan, 14:20–14:50 / • ‘Tweede manche veteranen’, in "
          + "Hoofdbaan, 14:55–15:20",
      "tune66-motorcross.json | welke onderdelen zijn er voor de 65cc | Op het programma: / • ‘Vrije "
          + "training jeugd 65cc’ (Bram Oosterveld), in Jeugdbaan, 09:45–10:05 / • ‘Eerste manche jeugd 65cc’, in"
          + " Jeugdbaan, 11:15–11:35 / • ‘Tweede manche jeugd 65cc’, in Jeugdbaan, 13:45–14:05",
      "tune66-natuurbegraafplaats.json | is de wandeling van 15:00 in het nederlands | Nee, uit de "
          + "beschrijving van ‘Boswandeling met gids’: Deze ronde wordt in het Engels gegeven.",
      "tune66-natuurbegraafplaats.json | is de wandeling van 15:00 in het engels | Ja, ‘Boswandeling met"
          + " gids’ (Gerrit Hulshof) is van 15:00 tot 16:00, in Startpunt bij de toegangspoort. / Uit de"
          + " beschrijving van ‘Boswandeling met gids’: Deze ronde wordt in het Engels gegeven.",
      // each language a sentence gives, not that of the slides or of the text on a screen
      "tune68-literatuurfestival.json | leest selin aydoğan ook iets in het turks | Ja, op het programma: /"
          + " • ‘Voorlezing Selin Aydoğan: Zout op de tong’ (Selin Aydoğan, 30 minuten), in Spiegelzaal, "
          + "10:30–11:15 / • ‘Voorlezing Selin Aydoğan: Zout op de tong’ (Selin Aydoğan, 30 minuten), in "
          + "Kelderzaal, 13:30–14:15 / Uit de beschrijving van ‘Voorlezing Selin Aydoğan: Zout op de tong’: Ze "
          + "leest in het Nederlands; één verhaal leest ze in het Turks, met de Nederlandse tekst op het scherm.",
      "tune68-lerarencongres.json | wordt de workshop meertaligheid ook in het engels gegeven | Ja, "
          + "‘Meertaligheid als kracht’ (Samira El Idrissi) is van 10:50 tot 11:50, in Zaal 3. / Uit de "
          + "beschrijving van ‘Meertaligheid als kracht’: Deze workshop is tweetalig: Nederlands en Engels.",
      "tune34-congres-tracks.json | is de sessie over het dashboard in het nederlands | Nee, uit de "
          + "beschrijving van ‘Van dossier naar dashboard: data voor het wijkteam’: De sessie is Engelstalig; de "
          + "slides zijn in het Nederlands.",
      "tune66-motorcross.json | is het kampioenengesprek in het engels | Nee, uit de beschrijving van "
          + "‘Praten met de kampioenen’: Het gesprek is in het Nederlands.",
      "tune66-petanque.json | mag een kind van 14 meedoen aan het toernooi | Ja, uit de beschrijving van de"
          + " dag: Iedereen vanaf 12 jaar kan meedoen; een licentie is niet nodig.",
      "tune66-petanque.json | mag mijn zoon van 10 meedoen aan het toernooi | Nee, uit de beschrijving van "
          + "de dag: Iedereen vanaf 12 jaar kan meedoen; een licentie is niet nodig."})
  @DisplayName("name the one session, every match, or say yes or no by the sentence that gives it")
  void replies(String programme, String question, String expected) {
    // given a day of classes in two manches and sentences on language and age, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
