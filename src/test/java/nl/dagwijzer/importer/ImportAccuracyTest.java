package nl.dagwijzer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imports each programme in {@code src/test/resources/import/} and compares the draft field by field with the
 * programme.json it should give; prints the share of fields right and every miss. The seed text is compared with
 * the repository's own programme.json.
 */
@DisplayName("Import accuracy")
final class ImportAccuracyTest {
  private static final Path FIXTURES = Path.of("src/test/resources/import");
  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      divosa-vrijdag.txt                    | ../../../../programme.json    |            | 0.95
      congres-workshoprondes.txt            | congres-workshoprondes.json   |            | 0.95
      middagbijeenkomst.txt                 | middagbijeenkomst.json        |            | 0.95
      inspiratiedag.html                    | inspiratiedag.json            |            | 0.95
      open-data-dag.frab.json               | open-data-dag.json            |            | 0.95
      regiodag.ics                          | regiodag.json                 |            | 0.95
      heldout-kennissessie.txt              | heldout-kennissessie.json     |            | 0.95
      """)
  @DisplayName("a programme imports close to the programme.json it should give")
  void accuracy(String source, String expected, String date, double minimum) throws Exception {
    // given
    JsonNode wanted = mapper.readTree(FIXTURES.resolve(expected).toFile());
    // when
    Importer.Result result = new Importer().read(FIXTURES.resolve(source), null, date == null ? null
        : LocalDate.parse(date));
    JsonNode draft = mapper.readTree(new DraftWriter().json(result.draft()));
    FieldAccuracy.Score score = FieldAccuracy.compare(wanted, draft);
    // then
    System.out.println(score.summary(source));
    score.misses().forEach(miss -> System.out.println("  miss: " + miss));
    assertThat(score.share()).as(score.summary(source)).isGreaterThanOrEqualTo(minimum);
  }

}
