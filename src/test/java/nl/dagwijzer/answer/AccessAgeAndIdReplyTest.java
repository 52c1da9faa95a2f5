package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes or no on access and age: the clause of a sentence that names the place asked ("..., het
 * ketelhuis niet", "met uitzondering van de nieuwsredactie"), a traplift, a room of short words; an age a session is
 * "niet geschikt" below; a child "in zijn eentje" where one under an age needs an adult ("kinderen onder de 12 alleen
 * onder begeleiding", without "jaar"); an "id" where the programme says "identiteitsbewijs", also when only the day
 * says it and for an age the rule does not hold for. Line breaks " / ".
 */
@DisplayName("Access by clause, ages barred or accompanied, and an id to bring")
final class AccessAgeAndIdReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune64-gemaaldag.json | is de machinehal toegankelijk voor rolstoelen | Ja, uit de beschrijving"
          + " van de dag: De machinehal is via een hellingbaan toegankelijk voor rolstoelen, het ketelhuis"
          + " niet.",
      "tune64-gemaaldag.json | is het ketelhuis toegankelijk voor rolstoelen | Nee, uit de"
          + " beschrijving van de dag: De machinehal is via een hellingbaan toegankelijk voor rolstoelen,"
          + " het ketelhuis niet.",
      "tune64-gemaaldag.json | kan ik met mijn rolstoel naar de film | Ja, uit de beschrijving van"
          + " ‘Film: Stoom tegen het water’: De filmzolder is bereikbaar met een traplift.",
      "tune64-omroepdag.json | is de nieuwsredactie bereikbaar met een rolstoel | Nee, uit de"
          + " beschrijving van de dag: Het Mediahuis is rolstoeltoegankelijk en heeft een lift naar de"
          + " eerste verdieping, met uitzondering van de nieuwsredactie op de tweede verdieping (alleen per"
          + " trap bereikbaar).",
      "tune64-tattooconventie.json | is hal a rolstoeltoegankelijk | Ja, uit de beschrijving van de"
          + " dag: Hal A en Hal B zijn gelijkvloers en rolstoeltoegankelijk; Zaal De Naald ligt op de eerste"
          + " verdieping en is bereikbaar met de lift.",
      "tune64-gemaaldag.json | mag mijn dochter van 6 mee op de rondleiding | Nee, uit de beschrijving"
          + " van ‘Rondleiding machinehal en ketelhuis’: Via steile trappen en smalle loopbruggen: niet"
          + " geschikt voor kinderen onder 8 jaar en niet toegankelijk voor rolstoelen.",
      "tune64-gemaaldag.json | mag mijn zoon van 10 mee met de rondleiding | Ja, uit de beschrijving"
          + " van ‘Rondleiding machinehal en ketelhuis’: Via steile trappen en smalle loopbruggen: niet"
          + " geschikt voor kinderen onder 8 jaar en niet toegankelijk voor rolstoelen.",
      "tune58-glasblazersdag.json | mag een 15-jarige in zijn eentje een kerstbal blazen | Nee, uit de"
          + " beschrijving van ‘Blaas je eigen kerstbal’: Vanaf 10 jaar; kinderen tot 16 jaar alleen onder"
          + " begeleiding van een volwassene.",
      "tune54-mountainbikedag.json | mag mijn zoon van 10 in zijn eentje de 25 km rijden | Nee, uit de"
          + " beschrijving van ‘25 km Familieroute’: Minimumleeftijd 8 jaar; kinderen onder de 12 alleen"
          + " onder begeleiding van een volwassene.",
      "tune54-mountainbikedag.json | mag mijn zoon van 13 zonder mij de 25 km rijden | Ja, uit de"
          + " beschrijving van ‘25 km Familieroute’: Minimumleeftijd 8 jaar; kinderen onder de 12 alleen"
          + " onder begeleiding van een volwassene.",
      "tune57-rechtbankdag.json | moet ik een id meenemen | Ja, uit de beschrijving van de dag: Neem"
          + " een geldig identiteitsbewijs mee: iedereen van 14 jaar en ouder moet dat bij de ingang laten"
          + " zien (paspoort, identiteitskaart of rijbewijs); kinderen onder de 14 komen binnen onder"
          + " begeleiding van een volwassene.",
      "tune50-havendag.json | moet mijn zoon van 12 ook een id meenemen voor het marineschip | Nee,"
          + " uit de beschrijving van ‘Bezoek aan marineschip Zr.Ms. Makkum’: Neem een geldig"
          + " identiteitsbewijs mee; verplicht vanaf 14 jaar.",
      "tune50-havendag.json | moet ik een id meenemen voor het marineschip | Ja, uit de beschrijving"
          + " van ‘Bezoek aan marineschip Zr.Ms. Makkum’: Neem een geldig identiteitsbewijs mee; verplicht"
          + " vanaf 14 jaar."})
  @DisplayName("answer by the clause, the age and the word the programme uses")
  void replies(String programme, String question, String expected) {
    // given a programme whose texts say where a wheelchair can go, from which age and what to bring, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
