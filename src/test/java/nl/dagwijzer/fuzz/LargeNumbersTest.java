package nl.dagwijzer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers no day has, in every place a question puts a number (an age, a clock time, a count, a room, a round, a
 * table, a date, a length): every question gets a reply, none throws.
 */
@DisplayName("Questions with numbers far too large or odd")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class LargeNumbersTest {
  private static final List<String> NUMBERS = List.of("123456789012", "99999999999999999999", "0", "007", "-5");
  private static final List<String> TEMPLATES = List.of("mag een kind van {n} mee?",
      "mag mijn dochter van {n} mee naar de kinderhoek?", "is er kinderopvang? ik heb een zoon van {n}",
      "wat is er om {n}?", "wat is er over {n} minuten?", "hoeveel plaatsen zijn er voor {n} mensen?",
      "wat is er in zaal {n}?", "wanneer is ronde {n}?", "wie zit aan tafel {n}?", "wat is er op {n} maart?",
      "duurt de lunch {n} minuten?", "staat de wethouder {n} keer op het programma?",
      "welke workshops duren langer dan {n} minuten?", "is er om {n}:{n} iets?", "wat is er tussen {n} en {n}?",
      "kost het {n} euro?", "mag ik met {n} vrienden komen?", "groep {n}", "stand {n}", "wat is er vanaf {n} uur?",
      "welk lab heeft meer dan {n} plaatsen?", "welk onderdeel heeft de meeste plaatsen?", "hoeveel deelnemers per groep?",
      "hoe lang duurt een gesprek van {n} minuten?", "is het {n} graden?", "wat doet groep {n} om {n} uur?",
      "{n}", "{n} sprekers", "de {n}e workshop", "workshop {n}", "over {n} uur", "{n} keer", "de {n}de ronde",
      "wat is er op dag {n}?", "wat is er op {n}-{n}-{n}?", "komen er {n} mensen?", "welke sessies duren {n} uur?");
  private static final List<String> PROGRAMMES = List.of("programme.json",
      "src/test/resources/programmes/tune35-kookstudio.json", "src/test/resources/programmes/tune35-museumnacht.json",
      "src/test/resources/programmes/tune36-sollicitatiedag.json", "src/test/resources/programmes/tune36-repaircafe.json",
      "src/test/resources/programmes/tune34-inloopspreekuur.json", "src/test/resources/programmes/tune30-handhaving.json");

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  Stream<String> programmes() {
    return PROGRAMMES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programmes")
  @DisplayName("are answered on every day, with no exception")
  void answered(String programme) throws IOException {
    // given the day, asked at different moments
    for (LocalTime time : List.of(LocalTime.of(9, 30), LocalTime.of(23, 50))) {
      Assistant assistant = Fixtures.assistantOn(Path.of(programme), time, understander);
      List<String> questions = new ArrayList<>();
      TEMPLATES.forEach(t -> NUMBERS.forEach(n -> questions.add(t.replace("{n}", n))));
      for (String question : questions) {
        // when
        String reply = assistant.ask("numbers", question).text();
        // then
        assertThat(reply).as(question).isNotBlank();
      }
    }
  }
}
