package nl.dagwijzer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The measure behind the accuracy figures must itself be right, or the figures mean nothing. */
@DisplayName("Field accuracy")
final class FieldAccuracyTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  @DisplayName("a programme compared with itself is 100% right, and every changed field is one miss")
  void countsMisses() throws Exception {
    // given the bundled programme and a copy with a wrong end time, a lost role and an extra speaker
    JsonNode expected = mapper.readTree(Path.of("programme.json").toFile());
    ObjectNode changed = expected.deepCopy();
    ((ObjectNode) changed.path("sessions").get(0)).put("end", "10:10");
    ((ObjectNode) changed.path("speakers").get(1)).remove("role");
    ((com.fasterxml.jackson.databind.node.ArrayNode) changed.path("speakers")).addObject()
        .put("id", "x").put("name", "Iemand Anders");
    // when
    FieldAccuracy.Score same = FieldAccuracy.compare(expected, expected);
    FieldAccuracy.Score score = FieldAccuracy.compare(expected, changed);
    // then
    assertThat(same.share()).isEqualTo(1.0);
    assertThat(score.total()).isEqualTo(same.total() + 1);
    assertThat(score.right()).isEqualTo(same.right() - 2);
    assertThat(score.misses()).containsExactly(
        "speaker Bob de Levita.role: expected 'adviseur', got ''",
        "extra speaker Iemand Anders.name: expected '', got 'Iemand Anders'",
        "session 10:00 'Welkom'.end: expected '10:05', got '10:10'");
  }
}
