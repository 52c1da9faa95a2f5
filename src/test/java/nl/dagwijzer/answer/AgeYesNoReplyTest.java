package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes/no question with a child's age about sessions that each give their ages in the title
 * ("Acrobatiek (4-6 jaar)"): yes with those open to it, no with the ages each is for; and to one a description
 * answers with ages of its own ("Voor de groepen van 7-10 jaar is er een wachtlijst"); on other days, by the sentence
 * of the session named, not of one whose title is "voor kinderen", and first by who below an age may not come, for
 * a child that young. Line breaks " / ".
 */
@DisplayName("Yes/no by the ages the sessions named are for")
final class AgeYesNoReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune48-circusschool.json | kan mijn zoon van 8 naar acrobatiek | Nee, ‘Acrobatiek (4-6 jaar)’ is voor 4 tot en"
          + " met 6 jaar.",
      "tune48-circusschool.json | mag mijn dochter van 12 naar jongleren | Ja, ‘Jongleren (11-16 jaar)’ (Jelle"
          + " Brouwers) is van 13:30 tot 14:15, in Trainingshal.",
      "tune48-circusschool.json | is er trapeze voor kinderen van 5 | Nee, ‘Trapeze (11-16 jaar)’ is voor 11 tot en met"
          + " 16 jaar en ‘Trapeze (7-10 jaar)’ is voor 7 tot en met 10 jaar. / Uit de beschrijving van ‘Trapeze (11-16"
          + " jaar)’: Maximaal 8 kinderen / Uit de beschrijving van ‘Trapeze (7-10 jaar)’: Maximaal 8 kinderen",
      "tune48-circusschool.json | is er een wachtlijst voor 7-10 jaar | Ja, uit de beschrijving van ‘Inschrijfbalie’:"
          + " Voor de groepen van 7-10 jaar is er een wachtlijst van ongeveer 3 maanden",
      "tune48-circusschool.json | is er een wachtlijst voor 11-16 jaar | Nee, uit de beschrijving van"
          + " ‘Inschrijfbalie’: Voor de groepen van 7-10 jaar is er een wachtlijst van ongeveer 3 maanden",
      // "kinderen" is who comes, not the "Stempelhoek voor kinderen"; "onder de 10" is a range the reply survives
      "tune58-drukkerijdag.json | mogen kinderen van 7 mee met de rondleiding | Ja, uit de beschrijving van"
          + " ‘Rondleiding door de Rotatiehal’: Kinderen welkom vanaf 6 jaar.",
      "tune58-glasblazersdag.json | mogen kinderen onder de 10 meedoen met glasparels maken | Nee, uit de beschrijving"
          + " van ‘Workshop glasparels maken aan de brander’: Vanaf 14 jaar.",
      // the age said first, then asked about with "hij"
      "tune43-sterrenwacht.json | mijn zoon is 5, mag hij raket bouwen | Nee, uit de beschrijving van ‘Raket"
          + " bouwen’: Voor kinderen van 6 tot en met 12 jaar.",
      // who below an age may not come decides, not the ages of those who play in it ("8 t/m 11 jaar")
      "tune63-pianoconcours.json | mag mijn dochter van 4 mee naar de finale van categorie a | Nee, uit de"
          + " beschrijving van ‘Finale categorie A’: Kinderen onder de 6 jaar hebben geen toegang tot het"
          + " finaleconcert.",
      // (not for someone older: "kinderen onder de 12 jaar mogen niet meerijden" does not answer one of 19)
      "tune63-kampeerbeurs.json | mag ik een proefrit maken als ik 19 ben | Nee, uit de beschrijving van ‘Proefrit met"
          + " de campervan’: Je hebt een geldig rijbewijs B nodig en moet minimaal 21 jaar zijn; neem je rijbewijs"
          + " mee.",
      "tune63-kampeerbeurs.json | mag mijn zoon van 8 meerijden in de campervan | Nee, uit de beschrijving van"
          + " ‘Proefrit met de campervan’: Maximaal 2 meerijders; kinderen onder de 12 jaar mogen niet meerijden."})
  @DisplayName("answers by the ages in the titles")
  void answers(String programme, String question, String expected) {
    // given the day's programme
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
