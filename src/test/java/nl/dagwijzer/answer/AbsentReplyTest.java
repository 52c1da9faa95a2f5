package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A reply whose answer is that the thing asked is not in the programme")
final class AbsentReplyTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Nee, ‘abseilen’ staat niet in het programma.|true",
      "Bear Grylls staat niet op het programma. Vraag ‘wie spreken er?’ voor alle sprekers.|true",
      "Dat weet ik niet: het staat niet in het programma van deze dag.|true",
      "Nee, dat staat niet in het programma: over ‘kanoen’ zegt het niets. Op het programma: ...|true",
      "Ja, ‘Workshop Breda’ duurt 45 minuten en valt tussen 11:00 en 12:30; hoe laat precies staat niet in het"
          + " programma.|false",
      "‘Workshop Breda’ duurt 45 minuten, ergens tussen 11:00 en 12:30; hoe laat precies staat niet in het"
          + " programma.|false",
      "Dat staat niet letterlijk in het programma, maar dit wel: Een bod is bindend.|false",
      "De lunch is van 12:30 tot 13:15. Wat er na de borrel is, staat niet in het programma.|false"})
  @DisplayName("is told by what its first sentence says")
  void firstSentence(String reply, boolean absent) {
    // given a reply
    // when
    boolean says = AbsentReply.says(reply);
    // then
    assertThat(says).isEqualTo(absent);
  }
}
