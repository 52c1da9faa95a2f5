package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.testing.ManualClock;
import nl.dagwijzer.discord.FloodGuard.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class FloodGuardTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC);
  private final FloodGuard guard = new FloodGuard(clock, 5, Duration.ofSeconds(30));

  @Test
  @DisplayName("five questions in 30 s are answered, the sixth warned once, the rest ignored")
  void warnsOnceThenIgnores() {
    // when
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      verdicts.add(guard.check("anna"));
      clock.advance(Duration.ofSeconds(2));
    }

    // then
    assertThat(verdicts).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.ANSWER, Verdict.ANSWER,
        Verdict.ANSWER, Verdict.WARN, Verdict.IGNORE, Verdict.IGNORE);
  }

  @Test
  @DisplayName("the window slides: 30 s after the oldest answered question there is room again")
  void slides() {
    // given
    for (int i = 0; i < 6; i++) {
      guard.check("anna");
    }

    // when
    clock.advance(Duration.ofSeconds(29));
    Verdict stillFull = guard.check("anna");
    clock.advance(Duration.ofSeconds(1));
    Verdict room = guard.check("anna");

    // then
    assertThat(stillFull).isEqualTo(Verdict.IGNORE);
    assertThat(room).isEqualTo(Verdict.ANSWER);
  }

  @Test
  @DisplayName("one user's flood does not affect another user")
  void perUser() {
    // given
    for (int i = 0; i < 7; i++) {
      guard.check("anna");
    }

    // when
    Verdict other = guard.check("bram");

    // then
    assertThat(other).isEqualTo(Verdict.ANSWER);
  }

  @Test
  @DisplayName("defect 9: with 20,000 users in the window a check looks at a constant number of users, not all")
  void checksDoNotScanEveryone() {
    // given 20,000 users who all asked within the window
    for (int i = 0; i < 20_000; i++) {
      guard.check("user-" + i);
    }
    long before = guard.examined();

    // when 20,000 more questions come, one a millisecond, while everyone stays in the window
    for (int i = 0; i < 20_000; i++) {
      clock.advance(Duration.ofMillis(1));
      guard.check("user-" + (i % 100));
    }

    // then each check looked at about one user (the oldest), where a scan would have looked at 20,000
    assertThat(guard.examined() - before).isLessThanOrEqualTo(2 * 20_000L);
    assertThat(guard.tracked()).isEqualTo(20_000);
  }

  @Test
  @DisplayName("users who asked nothing for a whole window are forgotten, a few at each check")
  void forgetsIdleUsers() {
    // given
    for (int i = 0; i < 1_000; i++) {
      guard.check("user-" + i);
    }

    // when
    clock.advance(Duration.ofSeconds(30));
    Verdict verdict = guard.check("anna");

    // then
    assertThat(verdict).isEqualTo(Verdict.ANSWER);
    assertThat(guard.tracked()).isEqualTo(1);
  }
}
