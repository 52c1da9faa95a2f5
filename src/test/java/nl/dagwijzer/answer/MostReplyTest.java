package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The most and the fewest, workshops given more than once, rooms and spans of time, on a day of three workshop rounds
 * in seven rooms where two workshops are given twice.
 */
@DisplayName("Replies about the most, workshops given twice, the rooms and the time between")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class MostReplyTest {
  private static final Path DAY = Path.of("src/test/resources/programmes/tune5-armoede.json");
  private static final String TWICE = " / • ‘Vroegsignalering van schulden: samen sneller erbij’ (Jeroen Boersma):"
      + " 10:45–11:45 en 14:15–15:15, in Zaal Valkhof / • ‘Praten over geld met jongeren’ (Samira el Amrani):"
      + " 10:45–11:45 en 12:00–13:00, in Zaal Lindenberg";

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "wie spreekt het vaakst | Het vaakst op het programma: Jeroen Boersma (2 keer: ‘Vroegsignalering van schulden:"
          + " samen sneller erbij’ 10:45–11:45 en ‘Vroegsignalering van schulden: samen sneller erbij’ 14:15–15:15),"
          + " Samira el Amrani (2 keer: ‘Praten over geld met jongeren’ 10:45–11:45 en ‘Praten over geld met"
          + " jongeren’ 12:00–13:00) en Koen van der Meulen (2 keer: ‘Energiearmoede: van noodfonds naar structurele"
          + " aanpak’ 10:45–11:45 en ‘Huisuitzettingen voorkomen: wonen en armoede’ 14:15–15:15).",
      "welke workshop heeft de meeste sprekers | De meeste sprekers: ‘Ervaringsdeskundigheid in armoedebeleid’ (2"
          + " sprekers: Anouk de Bruijn en Henk Veldkamp) en ‘Werk dat loont: van uitkering naar baan’ (2 sprekers:"
          + " Ruud ter Steege en Lisanne Smit).",
      "welke zaal wordt het meest gebruikt | Het vaakst gebruikt: Foyer (5 onderdelen).",
      "welke zalen zijn er | Het programma noemt 7 zalen: Foyer, Grote Zaal, Zaal Valkhof, Zaal Lindenberg, Zaal Sint"
          + " Joris, Zaal Mariënburg en Balkonzaal. Inspiratiedag Armoede & Schulden Gelderland 2025 is in De"
          + " Vereeniging, Keizer Karelplein 2d, Nijmegen.",
      "hoeveel tijd zit er tussen de lunch en de borrel | Tussen het einde van de lunch (14:00) en het begin van de"
          + " netwerkborrel (16:45) zit 165 minuten (2 uur en 45 minuten).",
      "hoeveel sprekers zijn er | Op het programma staan 16 sprekers: Esther van 't Hof, Hans Brouwer, Marloes ter"
          + " Horst, Jeroen Boersma, Samira el Amrani, Koen van der Meulen, Anouk de Bruijn, Henk Veldkamp en nog 8"
          + " anderen.",
      "welke workshops worden er twee keer gegeven | 2 keer op het programma:" + TWICE,
      "hoeveel workshops worden twee keer gegeven  | 2 workshops staan 2 keer op het programma:" + TWICE,
      "wordt de workshop over vroegsignalering twee keer gegeven | Ja, 2 keer: ‘Vroegsignalering van schulden:"
          + " samen sneller erbij’ (10:45–11:45) en ‘Vroegsignalering van schulden: samen sneller erbij’"
          + " (14:15–15:15)."})
  @DisplayName("ties are all named; long lists say how many more; a workshop given twice once, with all its times")
  void most(String question, String expected) {
    // given the day
    Assistant assistant = Fixtures.assistantOn(DAY, LocalTime.of(11, 10), understander);
    // when
    Reply reply = assistant.ask("most", question);
    // then
    assertThat(reply.text().replace("\n", " / ")).isEqualTo(expected);
  }
}
