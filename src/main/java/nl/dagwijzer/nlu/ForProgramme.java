package nl.dagwijzer.nlu;

import java.util.Set;
import nl.dagwijzer.programme.Programme;

/** A programme with what reading questions about it needs, and the readings of questions asked about it. */
final class ForProgramme {
  /** Questions whose reading is remembered; a reading is a few hundred bytes. */
  private static final int REMEMBERED = 2_000;
  /** Longer questions are read every time: they are rarely asked twice in the same words. */
  private static final int REMEMBERED_LENGTH = 120;

  private final Programme programme;
  private final EntityFinder finder;
  private final ProgrammeSlips slips;
  private final Set<String> words;
  private final Set<String> dayWords;
  private final Set<String> namePairs;
  private final WordCache<Understanding> readings;
  /** The day's series, for which sessions a series named beside others holds. */
  private final SeriesNames series;
  /** The names of the day's rooms in lower case, each once. */
  private final Set<String> rooms;

  /** {@code dayWords}: the words that say which day it is ({@link ProgrammeWords#ofDay}). */
  ForProgramme(Programme programme, EntityFinder finder, ProgrammeSlips slips, Set<String> words,
               Set<String> dayWords, Set<String> namePairs, SeriesNames series,
               java.util.function.BiFunction<String, ForProgramme, Understanding> read) {
    this.programme = programme;
    this.finder = finder;
    this.slips = slips;
    this.words = words;
    this.dayWords = dayWords;
    this.namePairs = namePairs;
    this.readings = new WordCache<>(REMEMBERED, REMEMBERED_LENGTH, question -> read.apply(question, this));
    this.series = series;
    this.rooms = programme.sessions().stream().flatMap(s -> s.room().stream())
        .map(r -> r.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  Set<String> rooms() {
    return rooms;
  }

  SeriesNames series() {
    return series;
  }

  Programme programme() {
    return programme;
  }

  EntityFinder finder() {
    return finder;
  }

  Set<String> words() {
    return words;
  }

  ProgrammeSlips slips() {
    return slips;
  }

  Set<String> dayWords() {
    return dayWords;
  }

  /** {@link ProgrammeWords#namePairs}. */
  Set<String> namePairs() {
    return namePairs;
  }

  WordCache<Understanding> readings() {
    return readings;
  }
}
