package nl.dagwijzer.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flood limit per user, as a sliding window over the questions that were answered: a question is answered when
 * the user had fewer than {@code max} answered questions in the {@code window} before it. The first question over
 * the limit gets one polite warning; further ones are ignored until the window has room again (the ignored ones do
 * not count, so a user who waits is answered again as soon as their oldest answered question is {@code window} old).
 * Users do not affect each other. Thread-safe.
 */
public final class FloodGuard {
  /** What to do with a question. */
  public enum Verdict { ANSWER, WARN, IGNORE }

  private final Clock clock;
  private final int max;
  private final Duration window;
  private final Map<String, UserWindow> users = new ConcurrentHashMap<>();

  public FloodGuard(Clock clock, int max, Duration window) {
    this.clock = clock;
    this.max = max;
    this.window = window;
  }

  public Verdict check(String userId) {
    Instant now = clock.instant();
    if (users.size() > 10_000) {
      users.entrySet().removeIf(e -> e.getValue().idleSince(now.minus(window)));
    }
    UserWindow user = users.computeIfAbsent(userId, id -> new UserWindow());
    synchronized (user) {
      while (!user.answered.isEmpty() && !user.answered.peekFirst().isAfter(now.minus(window))) {
        user.answered.removeFirst();
      }
      if (user.answered.size() < max) {
        user.answered.addLast(now);
        user.warned = false;
        return Verdict.ANSWER;
      }
      if (!user.warned) {
        user.warned = true;
        return Verdict.WARN;
      }
      return Verdict.IGNORE;
    }
  }

  private static final class UserWindow {
    private final Deque<Instant> answered = new ArrayDeque<>();
    private boolean warned;

    synchronized boolean idleSince(Instant since) {
      return answered.isEmpty() || !answered.peekLast().isAfter(since);
    }
  }
}
