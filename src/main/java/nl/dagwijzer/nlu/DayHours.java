package nl.dagwijzer.nlu;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.programme.Programme;

/**
 * "wat is er om half 8?" on a day from 09:00 to 22:30 is 19:30, and "om 7 uur" on a morning from 06:00 to 10:00 is
 * 07:00: an hour said without a clock ("half 8", "8 uur", "om 7") that falls outside the day is the other half of it
 * when that one is inside.
 */
final class DayHours {
  private static final int HALF_DAY = 12;

  private DayHours() {
  }

  static List<Span> shift(List<String> tokens, List<Span> spans, Programme programme) {
    if (programme.firstStart().isEmpty() || spans.stream().noneMatch(s -> s.entity().type() == EntityType.TIME)) {
      return spans;
    }
    List<Span> shifted = new ArrayList<>(spans.size());
    for (Span span : spans) {
      shifted.add(span.entity().type() == EntityType.TIME ? other(tokens, span, programme) : span);
    }
    return shifted;
  }

  private static Span other(List<String> tokens, Span span, Programme programme) {
    boolean clock = tokens.subList(span.from(), Math.min(span.to(), tokens.size())).stream()
        .anyMatch(t -> t.contains(":"));
    LocalTime time = LocalTime.parse(span.entity().id());
    if (clock || time.getMinute() % 15 != 0 || time.getHour() == 0 || time.getHour() == HALF_DAY) {
      return span;
    }
    LocalTime other = time.plusHours(HALF_DAY);
    if (within(time, programme) || !within(other, programme)) {
      return span;
    }
    return new Span(span.from(), span.to(), new Entity(EntityType.TIME, other.toString(), span.entity().text()));
  }

  private static boolean within(LocalTime time, Programme programme) {
    int at = programme.minutes(time);
    return at >= programme.minutes(programme.firstStart().orElseThrow())
        && at <= programme.minutes(programme.lastEnd().orElseThrow());
  }
}
