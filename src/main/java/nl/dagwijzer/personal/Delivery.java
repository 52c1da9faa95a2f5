package nl.dagwijzer.personal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import nl.dagwijzer.announce.Backoff;
import nl.dagwijzer.announce.StoreWrites;
import nl.dagwijzer.store.PersonalMessages;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each personal message once and records what became of it. A message is recorded as sent only after the
 * platform accepted it (a crash in between sends it again after the restart, under the same once-key, which shows
 * once); one that can never be delivered (closed DMs) is recorded as failed at once and not tried again; other
 * failures are tried again with backoff until the message's moment has passed, then recorded as failed. Recorded
 * messages of a day are loaded once, so a restart or reload never repeats one. Thread-safe.
 */
final class Delivery {
  static final String TOO_LATE = "kon niet op tijd worden bezorgd";
  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  private final Clock clock;
  private final DirectMessages messages;
  private final PersonalMessages log;
  private final StoreWrites writes;
  private final Set<PersonalMessages.Key> recorded = new HashSet<>();
  /** Recorded before this start: what they were to settle may not have been written (a crash in between). */
  private final Set<PersonalMessages.Key> unsettled = new HashSet<>();
  private final Set<PersonalMessages.Key> sending = new HashSet<>();
  private final Set<LocalDate> loaded = new HashSet<>();
  private final Map<PersonalMessages.Key, Retry> failing = new HashMap<>();

  /** A message that failed for a reason that may pass: when to try again, and when to give up (fixed at first). */
  private record Retry(Backoff backoff, Instant giveUpAt, StoreWrites.Write settled) {
  }

  Delivery(Clock clock, DirectMessages messages, PersonalMessages log, StoreWrites writes) {
    this.clock = clock;
    this.messages = messages;
    this.log = log;
    this.writes = writes;
  }

  /** Reads what was recorded on {@code day}, once per day. */
  synchronized void load(LocalDate day) throws StoreException {
    if (loaded.add(day)) {
      try {
        log.on(day).forEach(entry -> {
          recorded.add(entry.key());
          unsettled.add(entry.key());
        });
      } catch (StoreException e) {
        loaded.remove(day);
        throw e;
      }
    }
  }

  /** True when {@code key} was neither recorded nor is being sent, and any backoff after a failure is over. */
  synchronized boolean open(PersonalMessages.Key key) {
    Retry retry = failing.get(key);
    return !recorded.contains(key) && !sending.contains(key)
        && (retry == null || retry.backoff().due(clock.instant()));
  }

  /**
   * Sends {@code text} for {@code key} unless it is not {@link #open}; failures that may pass are tried again
   * until {@code giveUpAt} (as given at the first try). {@code settled} is written once the message is recorded as
   * sent or failed (and retried with it when that fails); for a message recorded before, at once.
   */
  void send(PersonalMessages.Key key, String text, Instant giveUpAt, StoreWrites.Write settled) {
    Instant until;
    synchronized (this) {
      if (unsettled.remove(key)) {
        writes.write("finish the personal " + key.kind() + " for user " + key.userId(), settled);
        return;
      }
      if (!open(key)) {
        return;
      }
      sending.add(key);
      Retry retry = failing.get(key);
      until = retry == null ? giveUpAt : retry.giveUpAt();
    }
    CompletionStage<Void> sent;
    try {
      sent = messages.send(key.userId(), text, onceKey(key));
    } catch (RuntimeException e) {
      failed(key, e, until, settled);
      return;
    }
    sent.whenComplete((ok, error) -> {
      if (error == null) {
        record(key, true, Optional.empty(), settled);
      } else {
        failed(key, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error,
            until, settled);
      }
    });
  }

  private void failed(PersonalMessages.Key key, Throwable error, Instant giveUpAt, StoreWrites.Write settled) {
    if (error instanceof DirectMessages.Undeliverable) {
      LOG.info("Personal {} for user {} cannot be delivered: {}", key.kind(), key.userId(), error.getMessage());
      record(key, false, Optional.of(error.getMessage()), settled);
      return;
    }
    Instant now = clock.instant();
    if (!now.isBefore(giveUpAt)) {
      LOG.warn("Personal {} for user {} given up: {}", key.kind(), key.userId(), error.getMessage());
      record(key, false, Optional.of(TOO_LATE), settled);
      return;
    }
    synchronized (this) {
      sending.remove(key);
      Retry before = failing.get(key);
      Backoff next = Backoff.after(before == null ? null : before.backoff(), now);
      failing.put(key, new Retry(next, giveUpAt, settled));
      LOG.warn("Personal {} for user {} not sent (attempt {}); trying again in {} s: {}", key.kind(), key.userId(),
          next.failures(), next.delay().toSeconds(), error.getMessage());
    }
  }

  private void record(PersonalMessages.Key key, boolean delivered, Optional<String> reason,
                      StoreWrites.Write settled) {
    synchronized (this) {
      sending.remove(key);
      recorded.add(key);
      failing.remove(key);
    }
    Instant at = clock.instant();
    writes.write("record the personal " + key.kind() + " for user " + key.userId(), () -> {
      log.record(key, delivered, reason, at);
      settled.run();
    });
  }

  /**
   * Gives up the failed messages whose moment has passed (a reminder whose session began) and records them as not
   * delivered, so none is tried forever and the user is shown it.
   */
  void expire() {
    Instant now = clock.instant();
    Map<PersonalMessages.Key, Retry> expired = new HashMap<>();
    synchronized (this) {
      failing.forEach((key, retry) -> {
        if (!now.isBefore(retry.giveUpAt()) && !sending.contains(key)) {
          expired.put(key, retry);
        }
      });
    }
    expired.forEach((key, retry) -> {
      LOG.warn("Personal {} for user {} given up after {} attempts", key.kind(), key.userId(),
          retry.backoff().failures());
      record(key, false, Optional.of(TOO_LATE), retry.settled());
    });
  }

  /** One last try of the records that could not be written; returns what is still not written. */
  List<String> flush() {
    return writes.flush();
  }

  void retryDue() {
    writes.retryDue();
  }

  /** {@code d} and 11 hex digits of a hash of the key: the same message, the same key, within Discord's 25. */
  static String onceKey(PersonalMessages.Key key) {
    String all = key.userId() + "|" + key.day() + "|" + key.kind() + "|" + key.sessionId() + "|" + key.start();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return "d" + HexFormat.of().formatHex(hash).substring(0, 11);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
