package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** The words of a day's title that say what kind of day it is, so a question can name the day by them. */
final class DayKindWords {
  private DayKindWords() {
  }

  /** Words that name a kind of day on their own ("congres", "webinar"), or at the end of a compound. */
  private static final Set<String> KINDS = Set.of("congres", "webinar", "webinars", "symposium", "conferentie",
      "bijeenkomst", "festival", "evenement", "seminar", "studiedag", "themadag", "training", "cursus",
      "masterclass");
  private static final List<String> KIND_ENDINGS = List.of("dag", "middag", "avond", "ochtend", "congres", "webinar",
      "webinars", "symposium", "conferentie", "bijeenkomst", "festival");

  /**
   * The words of the day's title that say what kind of day it is ("Netwerkmiddag Warmte in de Wijk": "netwerkmiddag"),
   * so "is de netwerkmiddag in Zwolle?" is about the day; never a weekday ("Divosa Vrijdag").
   */
  static List<String> of(List<String> titleTokens) {
    return titleTokens.stream().distinct().filter(word -> !DateWords.isWeekday(word))
        .filter(word -> KINDS.contains(word) || KIND_ENDINGS.stream()
            .anyMatch(end -> word.endsWith(end) && word.length() >= end.length() + 3))
        .toList();
  }
}
