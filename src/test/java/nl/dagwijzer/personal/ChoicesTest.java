package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Personal programme: choosing, replacing in a block, forgetting")
final class ChoicesTest {
  @TempDir
  Path dir;
  private PersonalDay day;

  @BeforeEach
  void setUp() throws Exception {
    day = new PersonalDay(dir);
  }

  @AfterEach
  void tearDown() {
    day.close();
  }

  private Session session(String id) {
    return day.store.current().session(id).orElseThrow();
  }

  private List<String> mine(String user) throws Exception {
    return day.choices.of(user).stream().map(Session::id).toList();
  }

  @Test
  @DisplayName("one chooses between the parallel sessions: the three workshops")
  void choosable() {
    // when
    List<Session> choosable = day.choices.choosable();

    // then
    assertThat(choosable).extracting(Session::id)
        .containsExactly("workshop-amsterdam", "workshop-zoetermeer", "workshop-breda");
  }

  @Test
  @DisplayName("a day without parallel sessions offers every session but the breaks")
  void choosableWithoutParallelSessions() throws Exception {
    // given
    Programme online = new ProgrammeLoader().load(Path.of("src/test/resources/programmes/online.json"));
    Choices choices = new Choices(ProgrammeStore.of(Path.of("x.json"), new ProgrammeLoader(), online),
        day.state.choices(), day.clock);

    // when
    List<Session> choosable = choices.choosable();

    // then
    assertThat(online.slots().stream().noneMatch(Slot::parallel)).isTrue();
    assertThat(choosable).isNotEmpty().allMatch(s -> s.kind() != SessionKind.BREAK)
        .hasSize((int) online.sessions().stream().filter(s -> s.kind() != SessionKind.BREAK)
            .count());
  }

  @Test
  @DisplayName("a second choice in the same block replaces the first and says which; other blocks stay")
  void replacesInTheSameBlock() throws Exception {
    // given
    day.choices.choose("1001", session("workshop-zoetermeer"));
    day.choices.choose("1001", session("lunch"));

    // when
    Choices.Chosen chosen = day.choices.choose("1001", session("workshop-breda"));

    // then
    assertThat(chosen.replaced()).extracting(Session::id).containsExactly("workshop-zoetermeer");
    assertThat(chosen.already()).isFalse();
    assertThat(mine("1001")).containsExactly("workshop-breda", "lunch");
  }

  @Test
  @DisplayName("choosing the same session again changes nothing and says it was chosen already")
  void chosenAlready() throws Exception {
    // given
    day.choices.choose("1001", session("workshop-breda"));

    // when
    Choices.Chosen again = day.choices.choose("1001", session("workshop-breda"));

    // then
    assertThat(again.already()).isTrue();
    assertThat(again.replaced()).isEmpty();
    assertThat(mine("1001")).containsExactly("workshop-breda");
  }

  @Test
  @DisplayName("users do not share choices; forgetting takes one out, and forgetting it again finds nothing")
  void forget() throws Exception {
    // given
    day.choices.choose("1001", session("workshop-breda"));
    day.choices.choose("1002", session("workshop-breda"));

    // when
    var first = day.choices.forget("1001", session("workshop-breda"));
    var second = day.choices.forget("1001", session("workshop-breda"));

    // then
    assertThat(first).map(Session::id).contains("workshop-breda");
    assertThat(second).isEmpty();
    assertThat(mine("1001")).isEmpty();
    assertThat(mine("1002")).containsExactly("workshop-breda");
  }

  @Test
  @DisplayName("choices are kept per day: the next day of a programme without a date starts empty")
  void perDay() throws Exception {
    // given
    day.choices.choose("1001", session("workshop-breda"));

    // when
    day.clock.advance(java.time.Duration.ofDays(1));

    // then
    assertThat(mine("1001")).isEmpty();
    assertThat(day.choices.day()).isEqualTo(PersonalDay.DAY.plusDays(1));
  }
}
