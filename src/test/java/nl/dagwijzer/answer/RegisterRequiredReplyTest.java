package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "voor welke onderdelen moet je je aanmelden?": the sessions whose texts say how to register and
 * not that it is not needed (rows from the misses of a later tuning day).
 */
@DisplayName("Which sessions need registering")
final class RegisterRequiredReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "reserveren is verplicht" counts; the panel's "gratis, geen aanmelding nodig" does not
      "tune57-erfgoedspoordag | voor welke onderdelen moet je je van tevoren aanmelden | Met aanmelding: / •"
          + " ‘Conducteur voor een dag’ (Sanne Oudejans), in Station Veenhorst, 10:30–11:30 / • ‘Rondleiding door de"
          + " werkplaats’ (Wouter Brinkhuis), in Werkplaats Veenhorst, 11:00–11:45 / • ‘Rondleiding door de"
          + " werkplaats’ (Wouter Brinkhuis), in Werkplaats Veenhorst, 14:00–14:45 / • ‘Conducteur voor een dag’"
          + " (Sanne Oudejans), in Station Veenhorst, 14:00–15:00 / • ‘Avondrit met diner 'Sporen bij schemer'’ (Dirk"
          + " Wolters en Marloes Timmer), in Station Veenhorst, 18:30–21:30",
      // "de leerkracht meldt de klas vooraf aan"; the talks' "Gratis, zonder aanmelding." leaves them out
      "tune57-rechtbankdag | waarvoor moet je je aanmelden | Met aanmelding: / • ‘Escape room: Het verdwenen dossier’"
          + " (Rutger Valkhof, 45 minuten), in Archief (kelder), 10:00–16:00 / • ‘Schoolquiz: Wie weet het recht?’"
          + " (Sander Wijnbergen), in Zittingszaal 3, 10:30–11:30 / • ‘Kinderrechtbank: Wie at de taart op?’ (Ilse"
          + " Bongaerts), in Zittingszaal 3, 14:00–14:45"})
  @DisplayName("lists them")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
