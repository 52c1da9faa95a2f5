package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wanneer is de tweede voorronde?" and "hoe lang nog tot voorronde 3?" on a day whose titles number
 * them ("Speedbuild-race: voorronde 1" to "... voorronde 3"): the one asked, not every round (rows from the misses of
 * a later tuning day).
 */
@DisplayName("A numbered item that titles name")
final class TitledItemReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune57-bouwsteenfestival | wanneer is de tweede voorronde | ‘Speedbuild-race: voorronde 2’ (Mirthe Hagedoorn)"
          + " is van 12:00 tot 12:30, in Racepodium. / Uit de beschrijving van ‘Speedbuild-race: voorronde 2’: Tweede"
          + " voorronde van de Speedbuild-race: 8 bouwers, dezelfde raceauto van 200 stenen; de 2 snelsten gaan door"
          + " naar de finale.",
      "tune57-bouwsteenfestival | hoe lang duurt het nog voor voorronde 3 begint | Nog 140 minuten (2 uur en 20"
          + " minuten): om 13:30 begint ‘Speedbuild-race: voorronde 3’ (Mirthe Hagedoorn). / Uit de beschrijving van"
          + " ‘Speedbuild-race: voorronde 3’: Derde en laatste voorronde van de Speedbuild-race: 8 bouwers, dezelfde"
          + " raceauto van 200 stenen; de 2 snelsten gaan door naar de finale.",
      // words first read as no name of the programme
      "tune57-poeziefestival | wie slammen er in voorronde 2 | Bij ‘Poetryslam: voorronde 2’ (20:20–20:50) spreken"
          + " Kees Bolwerk (slammer, Slamcollectief Kade 9), Amira Zeggaf (slammer, Studentendichtkring Vers)"
          + " en Pim van"
          + " der Schoot (slammer).",
      // the last of them by its number
      "tune57-bouwsteenfestival | wanneer is de laatste voorronde | ‘Speedbuild-race: voorronde 3’ (Mirthe"
          + " Hagedoorn) is van 13:30 tot 14:00, in Racepodium. / Uit de beschrijving van ‘Speedbuild-race: voorronde"
          + " 3’: Derde en laatste voorronde van de Speedbuild-race: 8 bouwers, dezelfde raceauto van 200 stenen; de 2"
          + " snelsten gaan door naar de finale."})
  @DisplayName("is that one")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
