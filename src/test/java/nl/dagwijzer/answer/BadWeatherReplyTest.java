package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions about bad weather: the sentence about it of the day or of a session (what happens "bij
 * slecht weer" before a sentence that only mentions a raincoat), yes when it goes on; that the programme does not say
 * it when no text speaks of the weather; clouds asked about by what a text says of clouds, no when it needs a clear sky
 * ("Alleen bij heldere hemel; bij bewolking is het dak dicht"); rain and storm each by their own clause of a sentence,
 * the day's sentence also for a session named; the session's own sentence when a session is named. Line breaks " / ".
 */
@DisplayName("What happens in bad weather")
final class BadWeatherReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune33-brandweer.json | gaan de demonstraties door als het regent | Ja, uit de beschrijving van de dag: De"
          + " demonstraties gaan bij elk weer door.",
      "tune30-opening.json | gaat het welkom ook door als het regent | Ja, uit de beschrijving van ‘Welkom en"
          + " openingswoorden’: Bij regen vindt het welkom plaats in de centrale hal.",
      "tune26-wandelconferentie.json | wat gebeurt er bij slecht weer | Uit de beschrijving van ‘Halte 1"
          + " Gezondheidscentrum: welzijn op recept’: Bij slecht weer: in zaal Esdoorn van Wijkcentrum De Kroon, op"
          + " dezelfde tijd.",
      "tune27-festival.json | gaat het festival door als het regent | Wat er bij slecht weer gebeurt, staat niet in"
          + " het programma.",
      "tune43-sterrenwacht.json | gaat het telescoopkijken door als het bewolkt is | Nee, uit de beschrijving van"
          + " ‘Telescoopkijken op het dak’: Alleen bij heldere hemel; bij bewolking is het dak dicht en zijn er in de"
          + " Hal live beelden van een robottelescoop op La Palma.",
      "tune43-sterrenwacht.json | gaat de nachtwandeling door als het bewolkt is | Ja, uit de beschrijving van de dag:"
          + " Bij bewolking gaat alles door behalve het telescoopkijken op het dak.",
      // one sentence for rain and storm: judged by the clause of the weather asked, also for a session named
      "tune45-intocht.json | gaat de intocht door als het regent | Ja, uit de beschrijving van de dag: Bij regen gaat"
          + " alles gewoon door; bij storm (code oranje) vervalt de optocht en gaat Sinterklaas met de koets direct"
          + " naar het stadhuis.",
      "tune45-intocht.json | gaat de optocht ook door als het stormt | Nee, uit de beschrijving van de dag: Bij regen"
          + " gaat alles gewoon door; bij storm (code oranje) vervalt de optocht en gaat Sinterklaas met de koets"
          + " direct naar het stadhuis.",
      // a question that sounds out of scope ("regent") still asks it of the session it names
      "tune54-wadlopen.json | gaat de familietocht door als het regent | Ja, uit de beschrijving van"
          + " ‘Familie-wadtocht’: Bij regen gaat de tocht gewoon door; bij onweer vervalt de tocht en krijg je je geld"
          + " terug",
      "tune55-kamermuziekfestival.json | waar is jong talent op de stadsmuur als het regent | Uit de beschrijving van"
          + " ‘Jong talent op de stadsmuur’: Bij regen verhuist dit concert naar de Gasthuiskerk."})
  @DisplayName("give the sentence about it, or that the programme does not say")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
