package nl.dagwijzer.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Context per conversation (a console session, or a Discord user in a channel), forgotten after a period of
 * silence so a question hours later does not refer to a stale session. Safe for concurrent conversations.
 */
public final class ConversationMemory {
  private final Clock clock;
  private final Duration forgetAfter;
  private final Map<String, Remembered> contexts = new ConcurrentHashMap<>();

  public ConversationMemory(Clock clock, Duration forgetAfter) {
    this.clock = clock;
    this.forgetAfter = forgetAfter;
  }

  public ConversationContext recall(String conversationId) {
    Remembered remembered = contexts.get(conversationId);
    if (remembered == null) {
      return ConversationContext.EMPTY;
    }
    if (remembered.at().plus(forgetAfter).isBefore(clock.instant())) {
      contexts.remove(conversationId, remembered);
      return ConversationContext.EMPTY;
    }
    return remembered.context();
  }

  public void remember(String conversationId, ConversationContext context) {
    Instant now = clock.instant();
    contexts.put(conversationId, new Remembered(context, now));
    if (contexts.size() > 10_000) {
      contexts.values().removeIf(r -> r.at().plus(forgetAfter).isBefore(now));
    }
  }

  private record Remembered(ConversationContext context, Instant at) {
  }
}
