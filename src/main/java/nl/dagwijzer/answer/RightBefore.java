package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * What runs up to a session ("wat is er vlak voor het diner?"): the sessions that end last before it, with a long
 * one beside a short one ("Teamwerk blok 1"), not a short session that started later ("Hackblok 2" until 17:30, not
 * the consultations of 15:00 to 16:00), and not what runs most of the day beside everything (the children's corner
 * until the closing concert).
 */
final class RightBefore {
  /** Minutes a session that started with the last one may end earlier and still come right before the target. */
  private static final int CLOSE_END = 15;

  private RightBefore() {
  }

  /** Of {@code earlier}, the sessions that end before the target, those right before it. */
  static List<Session> of(List<Session> earlier, Programme programme) {
    ToIntFunction<LocalTime> order = programme::minutes; // past midnight too
    int day = programme.minutes(programme.lastEnd().orElseThrow()) - programme.minutes(programme.firstStart()
        .orElseThrow());
    List<Session> foreground = earlier.stream().filter(s -> 3 * (order.applyAsInt(s.end())
        - order.applyAsInt(s.start())) <= 2 * day).toList();
    List<Session> pool = foreground.isEmpty() ? earlier : foreground;
    LocalTime end = pool.stream().map(Session::end).max(Comparator.comparingInt(order)).orElseThrow();
    // and what started with it and ends a little earlier: "Blindproefwedstrijd" to 17:00 beside the masterclass to
    // 17:15, both from 16:15
    Set<LocalTime> starts = pool.stream().filter(s -> s.end().equals(end)).map(Session::start)
        .collect(Collectors.toSet());
    return pool.stream().filter(s -> s.end().equals(end) || starts.contains(s.start())
        && order.applyAsInt(end) - order.applyAsInt(s.end()) <= CLOSE_END).toList();
  }
}
