package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.store.StoreException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ShutdownStepsTest {
  @Test
  @DisplayName("defect 1: a step that fails (the state cannot be written) does not keep the later steps (JDA) from"
      + " running")
  void everyStepRuns() {
    // given
    List<String> ran = new ArrayList<>();
    ShutdownSteps steps = new ShutdownSteps()
        .then("stopping the announcements", () -> ran.add("announcements"))
        .then("writing the state", () -> {
          throw new StoreException("de schijf is vol");
        })
        .then("a scheduler that breaks", () -> {
          throw new IllegalStateException("kapot");
        })
        .then("disconnecting from Discord", () -> ran.add("Discord"))
        .then("closing the state database", () -> ran.add("database"));

    // when
    List<String> failed = steps.run();

    // then
    assertThat(ran).containsExactly("announcements", "Discord", "database");
    assertThat(failed).containsExactly("writing the state", "a scheduler that breaks");
  }

  @Test
  @DisplayName("an interrupted step is reported, the rest still run, and the interrupt is kept")
  void interruptIsKept() {
    // given
    List<String> ran = new ArrayList<>();
    ShutdownSteps steps = new ShutdownSteps()
        .then("waiting", () -> {
          throw new InterruptedException();
        })
        .then("disconnecting from Discord", () -> ran.add("Discord"));

    // when
    List<String> failed = steps.run();

    // then
    assertThat(Thread.interrupted()).isTrue();
    assertThat(ran).containsExactly("Discord");
    assertThat(failed).containsExactly("waiting");
  }
}
