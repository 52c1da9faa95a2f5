package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions that name nothing but a topic the programme explains: "is er een dresscode?" is yes with
 * what the programme says about it, as is "is een helm verplicht?" beside a topic "Helmplicht", "kado tips?" that
 * explanation; not the list of sessions the topic belongs to.
 * Line breaks " / ".
 */
@DisplayName("Questions about a topic alone")
final class TopicOnlyReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune40-bruiloft.json | is er een dresscode | Ja, dresscode: Zomers chic; neem platte schoenen of"
          + " hakbeschermers mee, want een deel van de dag is op het gras. / Daarover gaat: ‘Huwelijksceremonie’ (Eline"
          + " de Boer, Daan van 't Zand, Marjolein van der Laan, Sophie de Boer en Mark van Dijk), 13:00–13:45, de"
          + " receptie (Eline de Boer en Daan van 't Zand), 14:30–16:30 en ‘Fotoshoot in de rozentuin’ (Lisa"
          + " Hoogendoorn), 15:15–16:15.",
      "tune40-bruiloft.json | kado tips? | Cadeau: We sparen voor onze huwelijksreis naar Japan; een bijdrage in de"
          + " enveloppendoos is welkom, bloemen liever niet. / Daarover gaat: de receptie (Eline de Boer en Daan van 't"
          + " Zand), 14:30–16:30.",
      "tune37-jeugdtoernooi.json | is er een fair play prijs | Ja, fair-playprijs: Prijs voor het team dat zich"
          + " het sportiefst gedraagt, gekozen door de scheidsrechters. / Daarover gaat: ‘Prijsuitreiking’ (Hans ten"
          + " Velde, Gerrit van 't Hek en Ingrid van Dijk), 16:30–17:00.",
      // whether it is a rule: the topic's explanation says so
      "tune59-zeepkistenrace.json | is een helm verplicht | Ja, helmplicht: Iedere rijder, ook in de ouderrace en de"
          + " demonstratierit, draagt een dichte helm met kinriem; zonder helm geen start. Bij de inschrijftent zijn"
          + " 10 helmen te leen. / Daarover gaat: ‘Technische keuring van de karren’ (Ans Bruggink), 08:30–10:00,"
          + " ‘Rijdersbriefing’ (Wessel ter Borg), 10:15–10:30, ‘Tijdrit’ (Hennie Zwiers en Wessel ter Borg),"
          + " 10:30–11:30, ‘Voorrondes ouderrace’ (Hennie Zwiers), 13:45–14:15 en ‘Demonstratierit reservekar’"
          + " (Berend Lamberink en Hennie Zwiers), 16:05–16:30.",
      "tune59-zeepkistenrace.json | geldt er een helmplicht | Ja, helmplicht: Iedere rijder, ook in de ouderrace en"
          + " de demonstratierit, draagt een dichte helm met kinriem; zonder helm geen start. Bij de inschrijftent"
          + " zijn 10 helmen te leen. / Daarover gaat: ‘Technische keuring van de karren’ (Ans Bruggink),"
          + " 08:30–10:00, ‘Rijdersbriefing’ (Wessel ter Borg), 10:15–10:30, ‘Tijdrit’ (Hennie Zwiers en Wessel ter"
          + " Borg), 10:30–11:30, ‘Voorrondes ouderrace’ (Hennie Zwiers), 13:45–14:15 en ‘Demonstratierit"
          + " reservekar’ (Berend Lamberink en Hennie Zwiers), 16:05–16:30."})
  @DisplayName("give what the programme says about the topic")
  void explained(String programme, String question, String expected) {
    // given a programme whose topic has an explanation, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
