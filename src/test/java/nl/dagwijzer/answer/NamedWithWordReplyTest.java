package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "hoe lang nog tot de finale van de heren?" on a day of "Finale jongens" and "Finale heren": the one
 * session whose title is the name and the word said after "van de", "bij de" or "voor de", not the next of the whole
 * series (rows from the misses of a tuning day with categories and of earlier days).
 */
@DisplayName("A name with the word that ends one title of it")
final class NamedWithWordReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the series' word, then "van de" and the word that ends one title of it
      "tune68-kaatspartij | hoe lang nog tot de finale van de heren | Nog 290 minuten (4 uur en 50 "
          + "minuten): om 16:00 begint ‘Finale heren’ (Jelle Postma en Ymkje Terpstra).",
      // with the word said before the name ("halve") and a singular for the title's plural
      "tune68-kaatspartij | wnneer begint de halve finale bij de heren | ‘Halve finales heren’ (Jelle "
          + "Postma) is van 14:30 tot 15:15, in veld A.",
      "tune68-kaatspartij | wat is eerder, de finale bij de jongens of de halve finales van de dames |"
          + " Eerst ‘Halve finales dames’ (14:30–15:15), daarna ‘Finale jongens’ (15:15–15:45).",
      // "die van de heren": the same name with the later word
      "tune68-kaatspartij | wat duurt langer, de eerste omloop van de jongens of die van de heren | "
          + "Het langst duurt ‘Eerste omloop heren’. / ‘Eerste omloop heren’ (Jelle Postma) duurt 90 minuten (1,5"
          + " uur), van 09:30 tot 11:00. / ‘Eerste omloop jongens’ duurt 75 minuten (1 uur en 15 minuten), van "
          + "11:15 tot 12:30.",
      // other days where a title ends in the word said after "van de" or "voor de"
      "tune52-danstoernooi | wat komt er na de finale van de senioren | Na ‘Senioren Ballroom – "
          + "finale’, van 15:25 tot 15:40: ‘Prijsuitreiking Senioren’ (Ingrid Weustink).",
      "tune45-intocht | wat is er na het kinderfeest voor de groten | Na ‘Kinderfeest voor 6 t/m 9 "
          + "jaar’, van 16:45 tot 17:15: ‘Prijsuitreiking kleurplaatwedstrijd’ (Esther van Dijk en Sinterklaas).",
      "tune60-timmerdag | wie geeft de veiligheidsinstructie voor de machines | Bij "
          + "‘Veiligheidsinstructie machines’ (10:15–10:45 en 13:00–13:30) spreekt Ruud Kalverdijk "
          + "(werkplaatscoördinator, Stichting Werkplaats De Schaafbank)."})
  @DisplayName("is that session")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
