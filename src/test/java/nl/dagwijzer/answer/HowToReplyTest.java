package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "hoe ... ik ...?" questions that only a description answers ("hoe geef ik dieetwensen door?"): that
 * sentence, as the answer; and what the programme says when no sentence does. Registering in any of its words
 * ("hoe meld ik me aan?", "hoe kan ik me opgeven?") finds the sentence in another ("Aanmelden bij de balie"), and one
 * sentence given to every time of a session counts once. A verb asked as the question says it ("stellen") finds the
 * sentence that has its participle ("gesteld").
 */
@DisplayName("How to do something, from the descriptions")
final class HowToReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune35-museumnacht.json | hoe meld ik me aan voor de zolderrondleiding? | Uit de beschrijving van ‘Rondleiding:"
          + " De verborgen zolder’: Aanmelden bij de balie in de Hal; daar krijg je een genummerd kaartje.",
      "tune30-opening.json | hoe kan ik me opgeven voor een rondleiding | Uit de beschrijving van de inloop met koffie"
          + " en thee: Bij de receptie kunt u zich inschrijven voor een rondleiding. / Uit de beschrijving van"
          + " ‘Rondleiding door het gebouw’: Maximaal 15 personen per rondleiding; inschrijven bij de receptie, vol is"
          + " vol.",
      "tune35-ict-training.json | hoe geef ik dieetwensen door? | Uit de beschrijving van de lunch: Dieetwensen"
          + " geef je door bij je inschrijving op LeerPlein.",
      "tune35-kookstudio.json | hoe krijg ik de recepten van plantaardig koken? | Uit de beschrijving van ‘Workshop"
          + " Plantaardig koken voor de lunchkaart’: De recepten met kostprijsberekening krijg je na afloop per mail.",
      "tune35-kookstudio.json | hoe kom ik aan een parkeerkaart? | Dat weet ik niet: het staat niet in het programma"
          + " van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de afsluitende borrel?’, ‘wie is Wendy Smit?’ of"
          + " ‘welke workshops zijn er?’.",
      "tune11-webinar.json | hoe kan ik tijdens het webinar een vraag stellen | Uit de beschrijving van ‘Vragenronde’:"
          + " De sprekers beantwoorden vragen die u via de Q&A-knop hebt gesteld; de host kiest de vragen en bundelt"
          + " vergelijkbare vragen.",
      // the singular asked, the plural written ("een allergie", "Allergieën")
      "tune35-kookstudio.json | hoe geef ik een allergie door | Uit de beschrijving van de proeverijlunch: Allergieën"
          + " of dieetwensen geef je uiterlijk 10 maart door via het aanmeldformulier.",
      // asking a question of the speakers is what the descriptions say of questions, not a request for help
      "tune6-webinar.json | hoe kan ik een vraag stellen | Uit de beschrijving van ‘Welkom en introductie’: Host"
          + " Sabine de Graaf heet u welkom, legt uit hoe u vragen stelt via de chat en stelt de sprekers voor. / Uit de"
          + " beschrijving van ‘Vragenronde’: De sprekers beantwoorden uw vragen uit de chat."})
  @DisplayName("gives the sentence that says how, or that the programme does not")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
