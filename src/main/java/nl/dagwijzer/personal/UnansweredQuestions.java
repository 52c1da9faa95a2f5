package nl.dagwijzer.personal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.StoreException;
import nl.dagwijzer.store.UnansweredLog;

/**
 * The questions the bot could not answer, for organisers who want to learn what to add to the programme: only the
 * normalised text (lower case, no accents or punctuation) and how often, per event day, never who asked; kept
 * {@value #KEEP_DAYS} days. Thread-safe (the log is).
 */
public final class UnansweredQuestions {
  public static final int KEEP_DAYS = 14;
  /** The most different questions kept per day; more are counted only when already there. */
  static final int MAX_PER_DAY = 1_000;
  /** A question is kept to this many characters. */
  static final int MAX_LENGTH = 200;
  private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#)\\d+>");
  private static final Pattern ID = Pattern.compile("\\d{15,}");

  private final UnansweredLog log;
  private final ProgrammeStore store;
  private final Clock clock;
  private final TextNormaliser normaliser = new TextNormaliser();

  public UnansweredQuestions(UnansweredLog log, ProgrammeStore store, Clock clock) {
    this.log = log;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Counts {@code question} once more; a question with no words left after normalising is not kept. Mentions and
   * long numbers (Discord ids) are left out, so no one who asked or was named can be found back.
   */
  public void record(String question) throws StoreException {
    String text = String.join(" ", normaliser.tokens(MENTION.matcher(question).replaceAll(" ")).stream()
        .filter(token -> !ID.matcher(token).matches()).toList());
    if (text.isBlank()) {
      return;
    }
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH).strip();
    }
    log.record(day(), text, clock.instant(), MAX_PER_DAY);
  }

  /** The {@code limit} most asked of the last {@value #KEEP_DAYS} days, most asked first. */
  public List<UnansweredLog.Question> top(int limit) throws StoreException {
    return log.top(day().minusDays(KEEP_DAYS - 1), limit);
  }

  /** Forgets all; returns how many different questions there were. */
  public int clear() throws StoreException {
    return log.clear();
  }

  /** Forgets the questions older than {@value #KEEP_DAYS} days. */
  public void forgetOld() throws StoreException {
    log.forgetBefore(day().minusDays(KEEP_DAYS - 1));
  }

  private LocalDate day() {
    return EventDay.of(store.current(), clock);
  }
}
