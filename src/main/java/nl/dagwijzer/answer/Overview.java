package nl.dagwijzer.answer;

import java.util.List;

/**
 * A reply that lists slots (the day, the workshops, what is on now). Chat adapters that can show structure render it,
 * one entry per slot, e.g. as an embed with one field each; others use the reply text.
 */
public record Overview(String title, List<Entry> entries) {
  public Overview {
    entries = List.copyOf(entries);
  }

  /** One slot: a heading such as {@code 11:00–12:30 Workshops} and the lines under it. */
  public record Entry(String heading, String body) {
  }
}
