package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * A boat, a carriage or a lift that leaves at a steady beat through a long session: "De boot vertrekt elk heel en half
 * uur, de eerste om 10:00 en de laatste om 15:30." The times that beat gives, without those a sentence calls off ("De
 * afvaart van 13:00 vervalt"), as if the description had listed them ({@link InnerTimes}).
 */
final class EveryInterval {
  /** "elk heel en half uur", "om de 20 minuten", "elk kwartier", "ieder uur": the beat, in the groups below. */
  private static final Pattern BEAT = Pattern.compile("\\b(?:(?:elk|elke|ieder|iedere)\\s+(?:(heel en half uur|half"
      + " uur)|(heel uur|uur)|(kwartier)|(drie kwartier)|(\\d{1,3})\\s+minuten)|om (?:de|het) (?:(half uur)|(uur)"
      + "|(\\d{1,3})\\s+minuten))\\b");
  private static final int[] MINUTES = {0, 30, 60, 15, 45, 0, 30, 60, 0};
  private static final Pattern FIRST = Pattern.compile("\\b(?:eerste|vanaf)\\b[^.;:]{0,25}?\\b"
      + "([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");
  private static final Pattern LAST = Pattern.compile("\\blaatste\\b[^.;:]{0,25}?\\b([01]?\\d|2[0-3])[:.]"
      + "([0-5]\\d)\\b");
  /** "De afvaart van 13:00 vervalt", "om 14:00 rijdt de tram niet": a time called off. */
  private static final Pattern CALLED_OFF = Pattern.compile("\\b(vervalt|vervallen|valt uit|vallen uit|gaat niet|"
      + "niet door|geen afvaart|geen rit)\\b");
  /** Fewer times than this is no beat worth working out. */
  private static final int FEWEST = 3;

  private EveryInterval() {
  }

  /** The beat's times, with the sentence that gives it and the ones that call some off. */
  static Optional<InnerTimes.Said> of(Session session) {
    List<String> sentences = DescriptionIndex.sentences(session);
    for (String sentence : sentences) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      Matcher beat = BEAT.matcher(lower);
      if (!beat.find()) {
        continue;
      }
      int minutes = minutes(beat);
      LocalTime first = time(FIRST, lower).orElse(session.start());
      LocalTime last = time(LAST, lower).orElse(session.end().minusMinutes(session.durationMinutes().orElse(1)));
      if (minutes <= 0 || first.isBefore(session.start()) || !last.isBefore(session.end()) || last.isBefore(first)) {
        return Optional.empty();
      }
      List<String> said = new ArrayList<>(List.of(sentence));
      List<LocalTime> off = new ArrayList<>();
      sentences.stream().filter(s -> !s.equals(sentence) && CALLED_OFF.matcher(s.toLowerCase(Locale.ROOT)).find())
          .forEach(s -> {
            said.add(s);
            off.addAll(InnerTimes.clockTimes(s));
          });
      List<LocalTime> times = new ArrayList<>();
      for (LocalTime t = first; !t.isAfter(last) && !t.isBefore(first); t = t.plusMinutes(minutes)) {
        if (!off.contains(t)) {
          times.add(t);
        }
      }
      return times.size() < FEWEST ? Optional.empty()
          : Optional.of(new InnerTimes.Said(session, String.join(" ", said), List.copyOf(times), true));
    }
    return Optional.empty();
  }

  private static int minutes(Matcher beat) {
    for (int g = 1; g <= beat.groupCount(); g++) {
      if (beat.group(g) != null) {
        return MINUTES[g] > 0 ? MINUTES[g] : Integer.parseInt(beat.group(g));
      }
    }
    return 0;
  }

  private static Optional<LocalTime> time(Pattern pattern, String sentence) {
    Matcher matcher = pattern.matcher(sentence);
    return matcher.find() ? Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)))) : Optional.empty();
  }
}
