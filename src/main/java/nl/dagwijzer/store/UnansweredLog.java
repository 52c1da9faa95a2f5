package nl.dagwijzer.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The questions the bot could not answer, per day: normalised text, how often, when last; never who asked.
 */
public interface UnansweredLog {
  /** A question and how often it was asked since a day. */
  record Question(String text, int count, Instant lastAsked) {
  }

  /**
   * Counts one more asking of {@code text} on {@code day}. A text new on a day that already has {@code maxPerDay}
   * texts is not kept (false), so a flood of different questions cannot fill the disk.
   */
  boolean record(LocalDate day, String text, Instant at, int maxPerDay) throws StoreException;

  /** The {@code limit} most asked since {@code day} (counts of the days added up), most asked first. */
  List<Question> top(LocalDate since, int limit) throws StoreException;

  /** Forgets every question; returns how many different texts there were. */
  int clear() throws StoreException;

  /** Forgets the questions of days before {@code day}. */
  void forgetBefore(LocalDate day) throws StoreException;
}
