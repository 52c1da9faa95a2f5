package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ConversationMemory")
final class ConversationMemoryTest {
  private static final ConversationContext LUNCH = new ConversationContext(
      List.of(new Entity(EntityType.SESSION, "lunch", "lunch")), Optional.empty());

  @Test
  @DisplayName("forgets a conversation after its silence, and stale ones while it remembers new ones")
  void forgetsStaleConversations() {
    // given a memory with 20,000 conversations, all older than the 15 minutes it keeps them
    ManualClock clock = Fixtures.clockAt(LocalDate.of(2026, 11, 27), LocalTime.of(10, 0));
    ConversationMemory memory = new ConversationMemory(clock, Duration.ofMinutes(15));
    for (int i = 0; i < 20_000; i++) {
      memory.remember("user-" + i, LUNCH);
    }
    clock.set(clock.instant().plus(Duration.ofMinutes(16)));
    // when one new conversation is remembered
    memory.remember("new", LUNCH);
    // then only that one is kept, and an old one recalls nothing
    assertThat(memory.size()).isEqualTo(1);
    assertThat(memory.recall("user-1")).isEqualTo(ConversationContext.EMPTY);
    assertThat(memory.recall("new")).isEqualTo(LUNCH);
  }

  @Test
  @DisplayName("keeps at most its bound of fresh conversations, dropping the least recently used")
  void boundedWhenAllAreFresh() {
    // given a memory filled to its bound within a minute
    ManualClock clock = Fixtures.clockAt(LocalDate.of(2026, 11, 27), LocalTime.of(10, 0));
    ConversationMemory memory = new ConversationMemory(clock, Duration.ofMinutes(15));
    for (int i = 0; i < ConversationMemory.MAX_CONVERSATIONS; i++) {
      memory.remember("user-" + i, LUNCH);
    }
    // when the first user speaks again and one more arrives
    memory.remember("user-0", LUNCH);
    memory.remember("one-more", LUNCH);
    // then the bound holds and the least recently used (user-1) is the one forgotten
    assertThat(memory.size()).isEqualTo(ConversationMemory.MAX_CONVERSATIONS);
    assertThat(memory.recall("user-1")).isEqualTo(ConversationContext.EMPTY);
    assertThat(memory.recall("user-0")).isEqualTo(LUNCH);
  }
}
