package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes/no question about a thing a topic is named by, at a session the asker names: the session's
 * own sentence with that thing, in the plural or inflected too ("Honden zijn aangelijnd welkom", "vegetarische
 * gerechten"), beside the yes; a no when that
 * sentence says no, also where the topic does not list the session; the same for a word that named the session by
 * its alias only ("graveren"); and when no sentence has the question's other words, the session's summary beside the
 * yes, so the asker can judge the rest; a session given three times is one session. Line breaks " / ".
 */
@DisplayName("A topic's word in a named session's description")
final class TopicSentenceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-universiteit.json | heeft biomedische wetenschappen een numerus fixus | Ja, op het programma: / •"
          + " ‘Bachelorvoorlichting Biomedische Wetenschappen’ (Jan-Willem de Vos), in Collegezaal A2, 11:15–12:00 / •"
          + " ‘Bachelorvoorlichting Biomedische Wetenschappen’ (Jan-Willem de Vos), in Collegezaal B1, 13:00–13:45 / •"
          + " ‘Bachelorvoorlichting Biomedische Wetenschappen’ (Jan-Willem de Vos), in Collegezaal A1, 14:00–14:45 /"
          + " Uit de beschrijving van ‘Bachelorvoorlichting Biomedische Wetenschappen’: Biomedische Wetenschappen heeft"
          + " een numerus fixus van 150 plekken.",
      "tune42-tuinendag.json | mag de hond mee naar de pluktuin | Ja, ‘Pluktuin De Bloeiende Akker’ (Joost Smulders)"
          + " is van 11:00 tot 17:00, in Veldweg 3. / Uit de beschrijving van ‘Pluktuin De Bloeiende Akker’: Honden"
          + " zijn aangelijnd welkom.",
      "tune42-tuinendag.json | mag de hond mee naar de pastorietuin | Nee, uit de beschrijving van ‘Pastorietuin"
          + " Sint-Victor’: Honden zijn hier niet toegestaan.",
      "tune42-tuinendag.json | mag mijn hond mee in de japanse tuin | Nee, uit de beschrijving van ‘Japanse tuin Van"
          + " 't Hoog’: Honden zijn niet toegestaan.",
      "tune43-teamdag.json | is er bij de barbecue ook iets vegetarisch | Ja, de barbecue is van 17:30 tot 19:30, in"
          + " Terras. / Uit de beschrijving van de barbecue: Barbecue met vlees, vis en vegetarische gerechten; het"
          + " dessert komt uit de kookworkshops.",
      "tune40-hardloopdag.json | kan ik mijn tijd laten graveren | Ja, ‘Medailles en uitslagen’ (Tim Groenewegen) is"
          + " van 09:30 tot 14:30, in Finishstraat IJsselkade. / Uit de beschrijving van ‘Medailles en uitslagen’: Bij"
          + " de graveerkraam laat je je eindtijd in je medaille graveren voor € 3.",
      "tune23-voedselbank.json | moet ik mijn telefoon meenemen voor de toets | Ja, ‘Korte toets hygiëne en"
          + " voedselveiligheid’ (Petra ten Hove) is van 14:30 tot 14:45, in Kantine. / Uit de beschrijving van ‘Korte"
          + " toets hygiëne en voedselveiligheid’: Je maakt een korte toets over de hygiënetraining op je eigen"
          + " telefoon, via een QR-code op het scherm."})
  @DisplayName("quote the sentence and say yes or no by it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
