package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A question asked in English")
final class EnglishWordsTest {
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "what time is the opening      | hoe laat is de opening",
      "what time does it end         | hoe laat het eindigt",
      "when is the poppenkast        | wanneer is de poppenkast",
      "where is the lunch            | waar is de lunch",
      "next                          | wat is hierna",
      "schedule                      | wat is het programma",
      "is there a clinic             | is er a clinic",
      "how long is the walk          | hoe lang is de wandeling",
      "when is the falconry show     | wanneer is de valkenshow",
      "what is the ticket price      | wat is de kaartje prijs",
      "is er koffie                  | is er koffie",
      "wie spreekt over the new deal | wie spreekt over the new deal",
      "is the end near               | is the end near",
      "whats on now                  | wat is er nu",
      "whats happening now           | wat is er nu",
      "whats next                    | wat is hierna",
      "when does the fair close      | wanneer het sluit",
      "jwst talk when                | wanneer jwst lezing",
      "whats the time of the tug of war | wat is hoe laat is de touwtrekken",
      "who is the mayor              | wie is de burgemeester",
      "when is the soup              | wanneer is de soep",
      "when does the bee talk start  | wanneer de bijen lezing begint",
      "whens the next show           | wanneer is de hierna show",
      "welke zaal is when            | welke zaal is when"})
  @DisplayName("its question words are read in Dutch, a Dutch question or a title as it is")
  void dutch(String question, String expected) {
    // given the words of a question
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = EnglishWords.dutch(tokens);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
