package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes or no typed as a thing and what is asked of it, with no verb ("zwemdiploma verplicht?", "hond
 * mee in weiland?"): yes by the sentence that says it; a helmet the texts name only as there ("helmen zijn
 * aanwezig") gets what they do require, not a yes about another thing that is "verplicht".
 */
@DisplayName("A yes or no typed without a verb")
final class TerseYesNoReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-scoutingdag.json | zwemdiploma verplicht? | Ja, uit de beschrijving van ‘Vlotvaren op de vijver’:"
          + " Zwemdiploma A is verplicht.",
      "tune44-scoutingdag.json | helm verplicht? | Dat staat niet letterlijk in het programma, maar dit wel: / Uit de"
          + " beschrijving van ‘Hike met kaart en kompas’: Stevige schoenen zijn verplicht. / Uit de beschrijving van"
          + " ‘Vlotvaren op de vijver’: Zwemdiploma A is verplicht.",
      "tune44-universiteit.json | laptop meenemen? | Nee, uit de beschrijving van ‘Proefcollege Informatica:"
          + " programmeer je eerste robot’: Laptops staan klaar; je hoeft niets mee te nemen.",
      "tune39-security.json | telefoon meenemen? | Ja, uit de beschrijving van ‘Je telefoon veilig’: Neem je"
          + " zakelijke telefoon opgeladen mee.",
      // "X mee ...?" in chat: whether the thing may or must come along
      "tune49-schapenscheerdag.json | hond mee in weiland? | Nee, uit de beschrijving van ‘Schapendrijven met"
          + " bordercollies’: Honden van bezoekers mogen niet mee het weiland in",
      "tune56-podcastfestival.json | laptop mee naar montage?? | Ja, uit de beschrijving van ‘Workshop: Monteren voor"
          + " beginners’: Neem een laptop (Windows of Mac) en een koptelefoon mee; na je aanmelding krijg je een link"
          + " naar de gratis montagesoftware.",
      // the thing first and whether it may be done after it, or a way of registering alone
      "tune45-dansschool.json | filmen mag dat | Nee, uit de beschrijving van ‘Opening middagvoorstelling’:"
          + " Fotograferen en filmen tijdens de voorstelling is niet toegestaan; van de voorstelling wordt een video"
          + " gemaakt die je voor €15 kunt bestellen.",
      "tune47-ijsbaan.json | schaatsen slijpen kan dat | Ja, uit de beschrijving van ‘Schaatsverhuur’: Schaatsen"
          + " slijpen kan voor €8 per paar, klaar binnen een half uur.",
      "tune49-schapenscheerdag.json | kindervilten aanmelden? | Nee, uit de beschrijving van ‘Kindervilten’: Geen"
          + " aanmelding nodig; vol is vol bij 15 kinderen",
      // asked without registering, where the text says how to register: no ("aanmelding" asked, "aanmelden" said)
      "tune50-fotomarathon.json | kan ik zonder aanmelding mee met de fotowandeling | Nee, uit de beschrijving van"
          + " ‘Fotowandeling met gids’: Aanmelden bij de inschrijving.",
      "tune42-gemeenteraad.json | inspreken zonder aanmelding kan dat | Nee, uit de beschrijving van ‘Inspreken"
          + " agendapunt 1: woningbouwplan Kloosterweide’: Aanmelden om in te spreken kan tot 12:00 uur via"
          + " griffie@zuiderwaard.nl."})
  @DisplayName("answer it as the whole question")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
