package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading an item a description numbers inside a session: "golf 2", "de tweede startgolf", "de laatste golf". */
@DisplayName("An item asked by its word and number")
final class LabelledItemTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  @ParameterizedTest(name = "\"{0}\" asks {1}")
  @CsvSource(delimiter = '|', value = {
      "hoe laat is golf 2 van de 60 km               | golf:2",
      "hoe laat gaat de tweede startgolf van de 60 km | startgolf:2",
      "wanneer vertrekt de laatste startgolf         | startgolf:-1",
      "hoe lang is de route van 60 km                | none",
      "hoe laat begint de tweede ronde               | none"})
  void reads(String question, String expected) {
    // given the question's words
    List<String> tokens = normaliser.tokens(question);
    // when
    Optional<Detail> item = LabelledItem.of(tokens);
    // then ("ronde" is a word for a round of the day, read elsewhere; "60 km" is a distance)
    assertThat(item.map(d -> d.word().substring("item:".length())).orElse("none")).isEqualTo(expected);
  }
}
