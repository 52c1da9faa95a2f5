package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik om 11:00 al een pannenkoek eten?" when the description says "Pannenkoeken worden gebakken van 11:30 tot
 * 16:00 uur", "kan ik om 12:30 nog lunchbonnen kopen?" when it says "Lunchbonnen koop je ..., uiterlijk om 12:00": yes
 * or no by the hours a sentence gives for the thing asked about, not by the hours of the session it is in.
 */
final class YesNoDescribedHours {
  private static final String CLOCK = "([01]?\\d|2[0-3])[:.]([0-5]\\d)";
  private static final Pattern RANGE = Pattern.compile("(?iu)\\bvan\\s+" + CLOCK + "\\s+tot\\s+" + CLOCK);
  private static final Pattern FROM = Pattern.compile("(?iu)\\bvanaf\\s+(?:om\\s+)?" + CLOCK);
  private static final Pattern UNTIL = Pattern.compile("(?iu)\\b(?:tot|uiterlijk)\\s+(?:om\\s+)?" + CLOCK);
  /** Words this long or longer are matched by their start: "pannenkoek" in "Pannenkoeken". */
  private static final int STEM = 5;

  private YesNoDescribedHours() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<LocalTime> at = a.query().first(Condition.At.class).map(Condition.At::time);
    // ("begint het spreekuur om 14:00?" asks the session's own start, which the programme's times give)
    boolean edge = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().beginOrEnd());
    if (a.query().asked() != Asked.YESNO || at.isEmpty() || edge) {
      return Optional.empty();
    }
    List<String> words = new java.util.ArrayList<>(a.query().textWords());
    a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION)
        .map(c -> c.entity().text()).filter(t -> !t.contains(" "))
        .forEach(words::add);
    words.removeIf(w -> w.length() < STEM);
    List<Session> pool = a.selection().named() ? a.selection().subject() : a.programme().sessions();
    for (Session session : pool) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (words.stream().noneMatch(w -> java.util.Arrays.stream(lower.split("[^\\p{L}]+"))
            .anyMatch(t -> t.startsWith(w.substring(0, Math.min(w.length(), STEM + 3)))))) {
          continue;
        }
        Optional<Boolean> open = open(sentence, at.get());
        if (open.isPresent()) {
          return Optional.of(Written.text((open.get() ? "Ja, " : "Nee, ") + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
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
