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
      "masterclass", "hackathon", "werkplaats", "kennissessie", "lunchwebinar", "inloopmiddag", "opendag", "beurs",
      "vakbeurs", "rondetafel", "werkbezoek", "excursie", "feest");
  /** "Rondetafelgesprek Participatiewet": "het rondetafelgesprek"; "Museumnacht Zutphen": "de museumnacht". */
  private static final List<String> KIND_ENDINGS = List.of("dag", "middag", "avond", "ochtend", "congres", "webinar",
      "webinars", "symposium", "conferentie", "bijeenkomst", "festival", "lunch", "ontbijt", "cafe", "lezing",
      "markt", "beurs", "gesprek", "bezoek", "beraad", "vergadering", "overleg", "feest", "schouw", "nascholing",
      "nacht", "show", "toernooi", "kamp", "fair");

  /**
   * The words of the day's title that say what kind of day it is ("Netwerkmiddag Warmte in de Wijk": "netwerkmiddag"),
   * so "is de netwerkmiddag in Zwolle?" is about the day; never a weekday ("Divosa Vrijdag"). {@code sessionWords}:
   * the words of the sessions' titles.
   */
  static List<String> of(List<String> titleTokens, nl.dagwijzer.programme.Event event, Set<String> sessionWords) {
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    titleTokens.stream().distinct().filter(word -> !DateWords.isWeekday(word))
        .filter(word -> KINDS.contains(word) || KIND_ENDINGS.stream()
            .anyMatch(end -> Compounds.endsIn(word, end)))
        .forEach(words::add);
    // "Seniorenbeurs West Betuwe" is "de beurs", "Buurtfeest Rivierenwijk" "het feest"
    titleTokens.forEach(word -> BY_ITSELF.stream().filter(end -> Compounds.endsIn(word, end)).forEach(words::add));
    // "Trainingsdag Sterk in medezeggenschap" is "de training" too, a "Cursusavond" "de cursus"
    titleTokens.forEach(word -> firstPart(word).filter(KINDS::contains).ifPresent(words::add));
    // People call a day by any such word, whatever its title says: "hoe laat begint de bijeenkomst?"; not one its
    // sessions' titles have ("welke training is het eerst?" of "Vrije training MX1")
    ANY_DAY.stream().filter(word -> !sessionWords.contains(word)).forEach(words::add);
    boolean online = event.venue().filter(v -> v.name().toLowerCase(java.util.Locale.ROOT).contains("online"))
        .isPresent() || titleTokens.stream().anyMatch(t -> t.startsWith("webinar"));
    if (online) {
      words.addAll(List.of("webinar", "webinars", "uitzending")); // "waar kan ik het webinar volgen?"
    }
    return List.copyOf(words);
  }

  /** "trainingsdag": "training", the kind of day before a part of the day (and a linking "s"). */
  private static java.util.Optional<String> firstPart(String word) {
    for (String part : List.of("dag", "middag", "avond", "ochtend")) {
      if (Compounds.endsIn(word, part)) {
        String first = word.substring(0, word.length() - part.length());
        return java.util.Optional.of(first.endsWith("s") && !KINDS.contains(first)
            ? first.substring(0, first.length() - 1) : first);
      }
    }
    return java.util.Optional.empty();
  }

  /** Ends of a title's compound that name the day by themselves; not "middag" or "markt", which name parts of it. */
  private static final List<String> BY_ITSELF = List.of("beurs", "feest", "congres", "festival", "symposium",
      "conferentie", "bijeenkomst", "schouw", "nascholing", "toernooi");

  /** Words for a day of any kind. */
  private static final List<String> ANY_DAY = List.of("bijeenkomst", "evenement", "congres", "symposium",
      "conferentie", "studiedag", "themadag", "kennisdag", "cursus", "training", "trainingsdag");
}
