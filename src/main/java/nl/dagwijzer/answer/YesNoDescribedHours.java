package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik om 12:30 nog lunchbonnen kopen?" when it says "Lunchbonnen koop je ..., uiterlijk om 12:00": yes
 * or no by the hours a sentence gives for the thing asked about, not by the hours of the session it is in. Of the
 * sentences with hours, the one with most of the question's words counts; the day's own description is one too.
 */
final class YesNoDescribedHours {
  private static final String CLOCK = "([01]?\\d|2[0-3])[:.]([0-5]\\d)";
  private static final Pattern RANGE = Pattern.compile("(?iu)\\b(?:van|tussen)\\s+" + CLOCK + "\\s+(?:tot|en)\\s+"
      + CLOCK);
  private static final Pattern FROM = Pattern.compile("(?iu)\\bvanaf\\s+(?:om\\s+)?" + CLOCK);
  /** "tot 15:00", "uiterlijk om 12:00", "De keuken sluit om 23:00", "Het laatste speurboekje wordt om 15:00 ...". */
  private static final Pattern UNTIL = Pattern.compile("(?iu)\\b(?:tot|uiterlijk|sluit|sluiten|laatste\\b[^.;]*?)"
      + "\\s+(?:om\\s+)?" + CLOCK);
  /** A word is matched by its start, at most this long: "pannenkoek" in "Pannenkoeken", "tas" in "tassen". */
  private static final int STEM = 8;
  private static final int SHORTEST = 3;

  private YesNoDescribedHours() {
  }

  /** A sentence with hours, of a session or (none) of the day, and how much of the question's words it has. */
  private record Said(Session session, String sentence, boolean open, long words) {
  }

  static Optional<Written> answer(Answering a) {
    Optional<LocalTime> at = a.query().first(Condition.At.class).map(Condition.At::time);
    // ("begint het spreekuur om 14:00?" asks the session's own start, which the programme's times give)
    boolean edge = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().beginOrEnd());
    // ("is er om 17:00 nog een rondleiding?" asks whether one is on then)
    if (a.query().asked() != Asked.YESNO || at.isEmpty() || edge || a.query().hasDetail("er-is")) {
      return Optional.empty();
    }
    List<String> nouns = nouns(a);
    List<String> names = names(a);
    List<String> verbs = verbs(a);
    if (nouns.isEmpty()) {
      return Optional.empty();
    }
    // the sentences with one of the words, found through the description index (no scan of every text on every
    // question); of the sessions named first, then the others in programme order ("kan ik mijn tas om 16:00 nog
    // ophalen?" where "ophalen" named the start numbers and the cloakroom says "Haal je tas uiterlijk om 15:30 op")
    java.util.Set<Session> named = new java.util.HashSet<>(a.selection().named() ? a.selection().subject()
        : List.of());
    java.util.Set<DescriptionIndex.Sentence> found = new java.util.HashSet<>();
    nouns.forEach(noun -> found.addAll(a.index().descriptions().startingLike(noun)));
    List<DescriptionIndex.Sentence> ordered = found.stream().sorted(java.util.Comparator
        .comparing((DescriptionIndex.Sentence x) -> !named.contains(x.session()))
        .thenComparingInt(DescriptionIndex.Sentence::order)).toList();
    Optional<Said> best = Optional.empty();
    for (DescriptionIndex.Sentence sentence : ordered) {
      best = better(best, said(sentence.session(), sentence.text(), List.of(nouns, names, verbs), at.get()));
    }
    for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
      best = better(best, said(null, sentence, List.of(nouns, names, verbs), at.get()));
    }
    return best.map(s -> Written.text((s.open() ? "Ja, " : "Nee, ") + (s.session() == null
        ? Descriptions.fromDay(s.sentence()) : Descriptions.from(s.session(), s.sentence())))
        .turningTo(s.session() == null ? List.of() : List.of(s.session())));
  }

  /** Words that say what is done, not what it is done with: they only tell sentences of one thing apart. */
  private static final java.util.Set<String> STATES = java.util.Set.of("open", "geopend", "dicht", "gesloten");

  /** The words of the thing asked about that only the descriptions have. */
  private static List<String> nouns(Answering a) {
    List<String> words = new ArrayList<>(a.query().textWords());
    words.removeAll(STATES);
    return stems(words);
  }

  /** The words that named a session ("pannenkoek" of "Koffiehoek ... met pannenkoeken"). */
  private static List<String> names(Answering a) {
    return stems(a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.SESSION)
        .map(c -> c.entity().text()).filter(t -> !t.contains(" ")).toList());
  }

  /** The verb asked ("kan:ophalen") and the state ("open"). */
  private static List<String> verbs(Answering a) {
    List<String> words = new ArrayList<>(a.query().textWords());
    words.retainAll(STATES);
    a.query().all(nl.dagwijzer.nlu.Detail.class).forEach(d -> d.ability().ifPresent(words::add));
    return stems(words);
  }

  private static List<String> stems(List<String> words) {
    return words.stream().filter(w -> w.length() >= SHORTEST).distinct()
        .map(w -> w.substring(0, Math.min(w.length(), STEM))).toList();
  }

  /**
   * The sentence with its hours and its weight: a word only the descriptions have counts most, then a word of a
   * session's name, then the verb; without a word of the first kind it is none.
   */
  private static Optional<Said> said(Session session, String sentence, List<List<String>> words, LocalTime time) {
    List<String> tokens = List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    long[] found = words.stream().mapToLong(w -> w.stream().filter(stem -> tokens.stream()
        .anyMatch(t -> t.startsWith(stem))).count()).toArray();
    if (found[0] == 0) {
      return Optional.empty(); // (a session's own name asks its own times; "open" alone is any sentence with hours)
    }
    return open(sentence, time).map(open -> new Said(session, sentence, open, 4 * found[0] + 2 * found[1]
        + found[2]));
  }

  private static Optional<Said> better(Optional<Said> best, Optional<Said> candidate) {
    return candidate.isPresent() && (best.isEmpty() || candidate.get().words() > best.get().words()) ? candidate
        : best;
  }

  /** Whether {@code time} falls in the hours {@code sentence} gives, if it gives any. */
  private static Optional<Boolean> open(String sentence, LocalTime time) {
    Matcher range = RANGE.matcher(sentence);
    if (range.find()) {
      return Optional.of(!time.isBefore(clock(range, 1)) && !time.isAfter(clock(range, 3)));
    }
    Matcher from = FROM.matcher(sentence);
    if (from.find()) {
      return Optional.of(!time.isBefore(clock(from, 1)));
    }
    Matcher until = UNTIL.matcher(sentence);
    return until.find() ? Optional.of(!time.isAfter(clock(until, 1))) : Optional.empty();
  }

  private static LocalTime clock(Matcher matcher, int group) {
    return LocalTime.of(Integer.parseInt(matcher.group(group)), Integer.parseInt(matcher.group(group + 1)));
  }
}
