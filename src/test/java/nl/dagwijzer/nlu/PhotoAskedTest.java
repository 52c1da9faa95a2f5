package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a question whether one may take photos is read, and when it is a yes or no. */
@DisplayName("Whether one may take photos")
final class PhotoAskedTest {

  @ParameterizedTest(name = "\"{1}\" on {0}: {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "tune57-rechtbankdag | mag ik foto's maken tijdens de nagespeelde strafzaak | strafzaak | YESNO",
      "tune57-rechtbankdag | mag k fotos maken in de rechtszaal | rechtszaal | YESNO",
      "tune57-rechtbankdag | mag ik filmen | '' | YESNO",
      // a day whose texts say nothing about photos: the question keeps what it was read as
      "tune44-benefietgala | mag ik foto's maken tijdens het diner | diner | UNKNOWN",
      // no photos taken: none
      "tune57-rechtbankdag | mogen we met de rechter op de foto | - | UNKNOWN",
      "tune57-rechtbankdag | kan ik foto's kopen | - | UNKNOWN"})
  @DisplayName("reads the place after the photo words")
  void read(String day, String question, String place, Asked asked) throws Exception {
    // given the day and the question's words
    Programme programme = Fixtures.store(Path.of("src/test/resources/programmes/" + day + ".json")).current();
    List<String> tokens = Arrays.asList(question.split(" "));
    // when read
    Query query = PhotoAsked.read(Query.of(Asked.UNKNOWN), tokens, programme);
    // then the place asked about, and what is asked
    assertThat(PhotoAsked.place(query).orElse("-")).isEqualTo(place);
    assertThat(query.asked()).isEqualTo(asked);
  }
}
