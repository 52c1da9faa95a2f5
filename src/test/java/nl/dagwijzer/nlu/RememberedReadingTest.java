package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Readings remembered per programme")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class RememberedReadingTest {
  private Understander understander;
  private Programme divosa;
  private Programme other;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
    divosa = Fixtures.store(Fixtures.PROGRAMME).current();
    other = Fixtures.store(Fixtures.OTHER_PROGRAMME).current();
  }

  @Test
  @DisplayName("the same question about the same programme is read once")
  void sameQuestionReadOnce() {
    // given a question read once
    Understanding first = understander.understand("wanneer is de lunch?", divosa);
    // when it is asked again
    Understanding again = understander.understand("wanneer is de lunch?", divosa);
    // then the reading is the one remembered, and it is the reading of that question
    assertThat(again).isSameAs(first);
    assertThat(again.question()).isEqualTo("wanneer is de lunch?");
    assertThat(again.query().asked()).isEqualTo(Asked.TIME);
  }

  @Test
  @DisplayName("another programme (a reload) reads the question anew, on the new programme")
  void anotherProgrammeReadsAnew() {
    // given a question about a speaker of the Divosa day, read on that day
    Understanding onDivosa = understander.understand("wanneer spreekt Maartje Bos?", divosa);
    // when the programme changes
    Understanding onOther = understander.understand("wanneer spreekt Maartje Bos?", other);
    // then the question is read on the new programme, where she is no speaker
    assertThat(onOther).isNotSameAs(onDivosa);
    assertThat(onDivosa.entities()).extracting(Entity::type).contains(EntityType.SPEAKER);
    assertThat(onOther.entities()).extracting(Entity::type).doesNotContain(EntityType.SPEAKER);
  }

  @Test
  @DisplayName("a long question is read every time: it is not kept")
  void longQuestionNotKept() {
    // given a question longer than what is remembered
    String longQuestion = "wanneer is de lunch " + "en ".repeat(60) + "de pauze?";
    // when it is asked twice
    Understanding first = understander.understand(longQuestion, divosa);
    Understanding again = understander.understand(longQuestion, divosa);
    // then it is read twice, the same way
    assertThat(again).isNotSameAs(first).isEqualTo(first);
  }
}
