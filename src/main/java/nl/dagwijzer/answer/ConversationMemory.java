package nl.dagwijzer.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Context per conversation (a console session, or a Discord user in a channel), forgotten after a period of
 * silence so a question hours later does not refer to a stale session. Conversations are kept in the order they
 * were last used, so forgetting the stale ones only ever looks at the oldest: each question costs O(1) however
 * many conversations there are. Safe for concurrent conversations.
 */
public final class ConversationMemory {
  /** A bound even when every conversation is fresh, so a flood of new users cannot exhaust memory. */
  static final int MAX_CONVERSATIONS = 100_000;

  private final Clock clock;
  private final Duration forgetAfter;
  private final LinkedHashMap<String, Remembered> contexts = new LinkedHashMap<>();

  public ConversationMemory(Clock clock, Duration forgetAfter) {
    this.clock = clock;
    this.forgetAfter = forgetAfter;
  }

  public synchronized ConversationContext recall(String conversationId) {
    Remembered remembered = contexts.get(conversationId);
    if (remembered == null) {
      return ConversationContext.EMPTY;
    }
    if (stale(remembered, clock.instant())) {
      contexts.remove(conversationId);
      return ConversationContext.EMPTY;
    }
    return remembered.context();
  }

  public synchronized void remember(String conversationId, ConversationContext context) {
    Instant now = clock.instant();
    // Removed first so the map stays in the order of last use, which is the order of going stale.
    contexts.remove(conversationId);
    contexts.put(conversationId, new Remembered(context, now));
    Iterator<Map.Entry<String, Remembered>> oldest = contexts.entrySet().iterator();
    while (oldest.hasNext()) {
      Map.Entry<String, Remembered> entry = oldest.next();
      if (!stale(entry.getValue(), now) && contexts.size() <= MAX_CONVERSATIONS) {
        break;
      }
      oldest.remove();
    }
  }

  synchronized int size() {
    return contexts.size();
  }

  private boolean stale(Remembered remembered, Instant now) {
    return remembered.at().plus(forgetAfter).isBefore(now);
  }

  private record Remembered(ConversationContext context, Instant at) {
  }
}
