package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a kind or a name is joined to more words: "een workshop glas fusen" that no session is (no,
 * with the workshops there are), "de finale van de ouderrace" that one member of the finals is, "het adres van de
 * race" that is the day ("Zeepkistenrace Haverdijk"); and registering "nu nog" by the time a description sets, or
 * by the ages it allows, and "op de dag zelf" by the sentence that speaks of it. Asked at the time given. Line
 * breaks " / ".
 */
@DisplayName("A kind or a name joined to more words, and registering by the clock or the age")
final class KindAndNameReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{2}\" on {1} at {0}")
  @CsvSource(delimiter = '|', value = {
      "11:10 | tune58-glasblazersdag.json | is er een workshop glas fusen | Nee, een workshop glas fusen staat niet op"
          + " het programma. Wel: ‘Glasschildertafel voor kinderen’ (10:00–16:00), ‘Blaas je eigen kerstbal’"
          + " (10:30–11:30) en ‘Workshop glasparels maken aan de brander’ (13:30–15:30).",
      "11:10 | tune53-robotwedstrijd.json | is er een workshop 3d-printen | Nee, een workshop 3d printen staat niet op"
          + " het programma. Wel: ‘Codeerworkshop voor broertjes en zusjes’ (10:00–11:00).",
      "11:10 | tune59-zeepkistenrace.json | wanneer is de finale van de ouderrace | ‘Finale ouderrace’ (Hennie"
          + " Zwiers) is van 15:45 tot 16:05, in Parcours Dijkweg.",
      "11:10 | tune59-zeepkistenrace.json | wat is er direct na de finale van de ouderrace | Na ‘Finale ouderrace’:"
          + " ‘Demonstratierit reservekar’ (Berend Lamberink en Hennie Zwiers), in Parcours Dijkweg, 16:05–16:30.",
      "11:10 | tune59-zeepkistenrace.json | wat is het adres van de race | Zeepkistenrace Haverdijk 2026 is in"
          + " Dijkweg en Kerkplein, Haverdijk, Kerkplein 1, 7137 RW Haverdijk.",
      "13:00 | tune22-buurtfeest.json | kan ik me nu nog inschrijven voor het voetbaltoernooi | Nee, uit de"
          + " beschrijving van ‘Buurtvoetbaltoernooi’: Inschrijven kan tot 12:15 bij het sportveld.",
      "11:10 | tune22-buurtfeest.json | kan ik me nu nog inschrijven voor het voetbaltoernooi | Ja, uit de"
          + " beschrijving van ‘Buurtvoetbaltoernooi’: Inschrijven kan tot 12:15 bij het sportveld.",
      "14:00 | tune59-zeepkistenrace.json | kan mijn zoon van 11 zich op de dag nog inschrijven | Nee, uit de"
          + " beschrijving van ‘Inschrijving en startnummers ophalen’: Na-inschrijving op de dag kost 7,50 euro en kan"
          + " alleen in de klassen 6-9 jaar en 14+; de klasse 10-13 jaar is vol.",
      // registering on the day itself: the sentence about it, wherever it is
      "11:10 | tune47-regatta.json | kan ik me op de dag zelf nog inschrijven | Ja, uit de beschrijving van"
          + " ‘Inschrijving en meetcontrole’: Vooraf inschrijven via wsvmeerwind.nl kan tot en met 12 juni; wie ter"
          + " plekke naschrijft betaalt €5 extra.",
      "11:10 | tune55-klusdag.json | kan ik me op de dag zelf nog aanmelden | Ja, uit de beschrijving van de inloop"
          + " met koffie en krentenbollen: Aanmelden op de dag zelf kan hier nog, zolang een klus niet vol is.",
      "11:10 | tune59-zeepkistenrace.json | kan ik op de dag zelf nog inschrijven voor de klasse 6-9 | Ja, uit de"
          + " beschrijving van ‘Inschrijving en startnummers ophalen’: Na-inschrijving op de dag kost 7,50 euro en kan"
          + " alleen in de klassen 6-9 jaar en 14+; de klasse 10-13 jaar is vol."})
  @DisplayName("the session meant, or a no with what there is")
  void answers(String time, String programme, String question, String expected) {
    // given the programme at the time, when
    String reply = replyAt(LocalTime.parse(time), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
