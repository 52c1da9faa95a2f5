package nl.dagwijzer.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flood limit per user, as a sliding window over the questions that were answered: a question is answered when
 * the user had fewer than {@code max} answered questions in the {@code window} before it. The first question over
 * the limit gets one polite warning; further ones are ignored until the window has room again (the ignored ones do
 * not count, so a user who waits is answered again as soon as their oldest answered question is {@code window} old).
 * Users do not affect each other. Thread-safe.
 *
 * <p>Users are kept in access order, so the ones not seen for a whole window (who have nothing left in it) are at
 * the front and are forgotten there, a few at each check: every user is added and removed once, so a check costs
 * O(1) amortised however many users there are. At most {@link #MAX_USERS} are kept; beyond that the least recently
 * seen is forgotten early (at worst a flooding user gets a fresh window).
 */
public final class FloodGuard {
  /** What to do with a question. */
  public enum Verdict { ANSWER, WARN, IGNORE }

  static final int MAX_USERS = 100_000;

  private final Clock clock;
  private final int max;
  private final Duration window;
  private final LinkedHashMap<String, UserWindow> users = new LinkedHashMap<>(16, 0.75f, true);
  private long examined;

  public FloodGuard(Clock clock, int max, Duration window) {
    this.clock = clock;
    this.max = max;
    this.window = window;
  }

  public synchronized Verdict check(String userId) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    forgetIdle(since);
    UserWindow user = users.computeIfAbsent(userId, id -> new UserWindow());
    user.lastSeen = now;
    while (!user.answered.isEmpty() && !user.answered.peekFirst().isAfter(since)) {
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

  /** Drops users from the front (least recently seen) while they were last seen a whole window ago, or too many. */
  private void forgetIdle(Instant since) {
    Iterator<Map.Entry<String, UserWindow>> it = users.entrySet().iterator();
    while (it.hasNext()) {
      UserWindow oldest = it.next().getValue();
      examined++;
      if (oldest.lastSeen.isAfter(since) && users.size() < MAX_USERS) {
        return;
      }
      it.remove();
    }
  }

  /** How many users are kept now. */
  synchronized int tracked() {
    return users.size();
  }

  /** How many kept users all checks together looked at (for the test that a check does not scan everyone). */
  synchronized long examined() {
    return examined;
  }

  private static final class UserWindow {
    private final Deque<Instant> answered = new ArrayDeque<>();
    private Instant lastSeen;
    private boolean warned;
  }
}
