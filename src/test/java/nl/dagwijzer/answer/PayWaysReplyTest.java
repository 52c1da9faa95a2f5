package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to how one pays: yes or no by the sentence that names the ways ("Alleen contant betalen", "Alleen
 * pinnen, contant geld wordt niet aangenomen"), also of a part no one named; a sentence that names other ways only is
 * a no that says so; and the programme's silence when no sentence names one. The session's own name is no word
 * its sentence must have ("bij de inschrijving" of "Inschrijving en betaling"), "betalen" or "pinnen" naming a session
 * or topic of paying gives way to the place named beside it ("bij de bouleskraam", "in de feesttent").
 */
@DisplayName("Replies on how one pays")
final class PayWaysReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune66-petanque.json | kan ik bij de inschrijving pinnen | Ja, uit de beschrijving van ‘Inschrijving"
          + " en betaling’: Betalen kan contant of met pin.",
      "tune66-petanque.json | kan ik bij de bouleskraam contant betalen | Nee, uit de beschrijving van "
          + "‘Bouleskraam Boules & Zo’: Bij de kraam kun je alleen pinnen.",
      "tune44-benefietgala.json | kan ik contant betalen voor mijn kavel | Nee, dat noemt het programma "
          + "niet; wel dit: uit de beschrijving van ‘Afrekenen en ophalen van kavels’: Betalen kan met pin of "
          + "creditcard, of achteraf op factuur binnen 14 dagen.",
      "tune63-chocolaterie.json | kan ik contant betalen in het cacaocafé | Nee, uit de beschrijving van de"
          + " lunch in het Cacaocafé: In het Cacaocafé betaal je alleen met pin.",
      "tune43-koningsdag.json | kan ik pinnen in de feesttent | Ja, uit de beschrijving van de lunchpauze: "
          + "Betalen kan contant en met pin.",
      "tune37-voorleesfeest.json | kan ik pinnen bij de boekenmarkt | Nee, uit de beschrijving van ‘Boekenmarkt’:"
          + " Alleen contant betalen.",
      "tune37-voorleesfeest.json | boekenmarkt pinnen? | Nee, uit de beschrijving van ‘Boekenmarkt’: Alleen contant"
          + " betalen.",
      "tune13-festival.json | kan ik contant betalen bij de foodtrucks | Nee, uit de beschrijving van de foodtrucks:"
          + " Eten en drinken zijn niet gratis; betalen kan alleen met pin.",
      "tune33-brandweer.json | kan k pinnen bij de lunch | Ja, uit de beschrijving van de lunchstand van de"
          + " personeelsvereniging: Betalen kan alleen met pin.",
      "tune35-museumnacht.json | kan ik contant betalen aan de bar? | Nee, uit de beschrijving van de museumbar:"
          + " Alleen pinnen, contant geld wordt niet aangenomen.",
      "tune35-museumnacht.json | kan ik pinnen aan de bar? | Ja, uit de beschrijving van de museumbar: Alleen"
          + " pinnen, contant geld wordt niet aangenomen.",
      "tune38-boekenbeurs.json | kan ik pinnen bij de tweedehandskraam | Nee, uit de beschrijving van"
          + " ‘Uitgeversmarkt’: Bij de meeste stands kun je pinnen; bij de tweedehandskraam alleen contant.",
      "tune38-boekenbeurs.json | kan ik pinnen bij de stands | Ja, uit de beschrijving van ‘Uitgeversmarkt’: Bij de"
          + " meeste stands kun je pinnen; bij de tweedehandskraam alleen contant.",
      "tune35-museumnacht.json | hoe kun je betalen aan de bar | Uit de beschrijving van de museumbar: Alleen"
          + " pinnen, contant geld wordt niet aangenomen.",
      // no session named: any part's sentence that says how one pays
      "tune44-scoutingdag.json | kan ik pinnen | Nee, uit de beschrijving van de pannenkoekenlunch: Pinnen kan niet;"
          + " betalen kan contant of met Tikkie.",
      // a sentence that names other ways only
      "tune44-benefietgala.json | kan ik contant betalen voor mijn kavel | Nee, dat noemt het programma niet; wel dit:"
          + " uit de beschrijving van ‘Afrekenen en ophalen van kavels’: Betalen kan met pin of creditcard, of achteraf"
          + " op factuur binnen 14 dagen.",
      "tune47-wijnoogst.json | kan ik met creditcard betalen | Nee, dat noemt het programma niet; wel dit: uit de"
          + " beschrijving van ‘Boerenmarkt met streekproducten’: Bij de meeste kramen kun je pinnen; neem voor de"
          + " zekerheid ook wat contant geld mee.",
      "tune44-benefietgala.json | pinnen kan? | Ja, uit de beschrijving van ‘Afrekenen en ophalen van kavels’: Betalen"
          + " kan met pin of creditcard, of achteraf op factuur binnen 14 dagen."})
  @DisplayName("the sentence that names the ways, yes or no for the way asked")
  void answers(String programme, String question, String expected) {
    // given a programme whose descriptions say how one pays, when asked about a way
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @Test
  @DisplayName("'kan ik in de kantine pinnen' where nothing names a way to pay there is not in the programme")
  void notSaid() {
    // given a library day whose only payment sentence is about the book market, when asked about the canteen
    String reply = replyOn("tune37-voorleesfeest.json", "kan ik in de kantine pinnen");
    // then
    assertThat(reply).isEqualTo("Hoe je daar betaalt, staat niet in het programma.");
  }
}
