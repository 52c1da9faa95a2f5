package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions about a named session whose other words only its own description has, though
 * they are words of the question language ("id", "stempels", a number): the sentence beside the yes; and a sentence
 * that closes registering ("Inschrijven als deelnemer is gesloten") says no, and so does one whose maximum is less than
 * the number asked ("maximaal drie" for "vier"); "live" is said as "uitgezonden" too. Line breaks " / ".
 */
@DisplayName("Yes/no with the named session's own sentence")
final class LooseWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune37-voorleesfeest.json | heb je 3 stempels nodig voor de loterij | Ja, ‘Boekenloterij en afsluiting’"
          + " (Wendy Visser) is van 15:45 tot 16:00, in Leesplein. / Uit de beschrijving van ‘Boekenloterij en"
          + " afsluiting’: Een volle stempelkaart heeft 3 stempels, die je krijgt bij het voorlezen, de knutseltafel en"
          + " de poppenkast.",
      // ("id" is the "identiteitsbewijs" the text asks to bring: what to bring answers)
      "tune35-museumnacht.json | moet ik mijn id meenemen voor de dj-set? | Ja, uit de beschrijving van ‘DJ-set:"
          + " Nachtwaker in de kelder’: Neem je identiteitsbewijs mee; toegang tot de kelder vanaf 18 jaar.",
      "tune38-boekenbeurs.json | kan ik me nog opgeven als dichter voor de slam | Nee, uit de beschrijving van"
          + " ‘Poetry slam: Westfriese Woordstrijd’: Inschrijven als deelnemer is gesloten; publiek is welkom met een"
          + " entreebewijs.",
      "tune40-pitchdag.json | mag een startup vier speedmeetings boeken | Nee, uit de beschrijving van"
          + " ‘Investeerders-speedmeetings’: Er doen twaalf investeerders mee; elke startup kan maximaal drie gesprekken"
          + " boeken.",
      "tune42-gemeenteraad.json | is de commissie samenleving live te volgen | Nee, uit de beschrijving van"
          + " ‘Commissievergadering Samenleving’: Deze vergadering wordt niet uitgezonden; het verslag staat binnen twee"
          + " weken op raad.zuiderwaard.nl.",
      "tune40-pitchdag.json | mag een startup drie speedmeetings boeken | Ja, uit de beschrijving van"
          + " ‘Investeerders-speedmeetings’: Er doen twaalf investeerders mee; elke startup kan maximaal drie gesprekken"
          + " boeken."})
  @DisplayName("quote the sentence and say no when it closes")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
