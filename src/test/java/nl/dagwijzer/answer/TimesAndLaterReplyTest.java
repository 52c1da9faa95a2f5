package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "hoeveel keer is er een rondleiding door de werkplaats?" (a count the classifier placed out of
 * scope) and "hoeveel onderdelen beginnen om 16:00 of later?" (a stretch, not one moment), from the misses of a later
 * tuning day.
 */
@DisplayName("How often, and from a time on")
final class TimesAndLaterReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune57-erfgoedspoordag | hoeveel keer is er een rondleiding door de werkplaats | ‘Rondleiding door de"
          + " werkplaats’ staat 2 keer op het programma: ‘Rondleiding door de werkplaats’ (11:00–11:45) en"
          + " ‘Rondleiding door de werkplaats’ (14:00–14:45).",
      // counted as "onderdelen", not by the verb "beginnen"
      "tune57-erfgoedspoordag | hoeveel onderdelen beginnen om 16:00 of later | Er zijn vanaf 16:00 3 onderdelen: /"
          + " • ‘Paneldiscussie: Hoe houden we de Veenlijn op stoom?’ (Ilse van Dommelen, Hendrika Molenkamp, Gerrit"
          + " Zandbergen en Jorrit Baas), 16:00–16:45 / • ‘Dieselrit Kleidijk – Veenhorst’ (Anton Heikamp),"
          + " 16:00–17:00 / • ‘Avondrit met diner 'Sporen bij schemer'’ (Dirk Wolters en Marloes Timmer),"
          + " 18:30–21:30",
      "tune57-erfgoedspoordag | wat begint er om 16:00 of later | Vanaf 16:00: / • ‘Paneldiscussie: Hoe houden we"
          + " de Veenlijn op stoom?’ (Ilse van Dommelen, Hendrika Molenkamp, Gerrit Zandbergen en Jorrit Baas), in"
          + " Station Kleidijk, 16:00–16:45 / • ‘Dieselrit Kleidijk – Veenhorst’ (Anton Heikamp), in Station Kleidijk,"
          + " 16:00–17:00 / • ‘Avondrit met diner 'Sporen bij schemer'’ (Dirk Wolters en Marloes Timmer), in Station"
          + " Veenhorst, 18:30–21:30"})
  @DisplayName("answers them")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
