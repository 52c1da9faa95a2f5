package nl.dagwijzer.nlu;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds clock times in normalised tokens: {@code 10:25}, {@code 10 uur}, {@code om 11}, {@code half 12} (11:30),
 * {@code kwart over 10}, {@code kwart voor 11}, also with the hour in words ({@code om elf uur}, {@code half twaalf}).
 * A bare hour from 1 to 7 is read as afternoon, since event days rarely start before eight in the morning. Tokens
 * that look like a clock time but are none ({@code 25:99}, {@code om 31 uur}) are reported separately, so a question
 * about them is never answered as if it asked about now.
 */
public final class TimeExpressions {
  private static final Map<String, Integer> HOUR_WORDS = Map.ofEntries(Map.entry("een", 1), Map.entry("twee", 2),
      Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
      Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11),
      Map.entry("twaalf", 12));

  private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("van", "tot", "tussen", "vanaf", "rond",
      "tegen");

  /** "na vijven", "voor zessen": the hour as people say it of the afternoon. */
  private static final Map<String, Integer> O_CLOCK = Map.of("vieren", 16, "vijven", 17, "zessen", 18, "zevenen", 19,
      "achten", 20, "negenen", 21, "tienen", 10, "elven", 11, "twaalven", 12, "drieen", 15);
  /** "om 8en", "na 4en": the same hours typed with digits. */
  private static final Map<String, Integer> O_CLOCK_DIGITS = Map.of("3en", 15, "4en", 16, "5en", 17, "6en", 18,
      "7en", 19, "8en", 20, "9en", 21, "10en", 10, "11en", 11, "12en", 12);
  private static final Map<String, Integer> MINUTE_WORDS = Map.of("vijf", 5, "tien", 10, "twintig", 20, "5", 5,
      "10", 10, "20", 20);

  /** A time found at tokens {@code [from, to)}. */
  public record Found(int from, int to, LocalTime time) {
  }

  /** Words at tokens {@code [from, to)} that look like a clock time but are not one. */
  public record Unreadable(int from, int to, String text) {
  }

  public List<Found> find(List<String> tokens) {
    return find(tokens, new boolean[tokens.size()]);
  }

  /** Times in the tokens not already {@code taken} by another expression. */
  public List<Found> find(List<String> tokens, boolean[] taken) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Found> match = taken[i] ? Optional.empty() : matchAt(tokens, i);
      if (match.isPresent() && free(taken, match.get().from(), match.get().to())) {
        found.add(match.get());
        i = match.get().to();
      } else {
        i++;
      }
    }
    return beforeNoon(tokens, found);
  }

  /** Words that put a bare hour before noon: "om kwart over 1 's nachts", "om 7 uur 's ochtends". */
  private static final java.util.Set<String> EARLY = java.util.Set.of("nachts", "snachts", "vannacht", "ochtends",
      "sochtends", "morgens", "smorgens", "vanochtend", "vanmorgen");

  /** A bare hour read as afternoon ({@link #hour}) is the night's or morning's when the question says so. */
  private static List<Found> beforeNoon(List<String> tokens, List<Found> found) {
    if (found.isEmpty() || tokens.stream().noneMatch(EARLY::contains)) {
      return found;
    }
    List<Found> early = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean bare = tokens.subList(f.from(), f.to()).stream().noneMatch(t -> t.contains(":")
          || t.chars().allMatch(Character::isDigit) && t.length() <= 2 && Integer.parseInt(t) >= 13);
      int h = f.time().getHour();
      early.add(bare && h >= 13 && h <= 19 ? new Found(f.from(), f.to(), f.time().minusHours(12)) : f);
    }
    return early;
  }

  /** Words after a number that make it an amount, not a clock time: "jongeren tot 27 jaar", "tot 50 procent". */
  private static final java.util.Set<String> AMOUNT_UNITS = java.util.Set.of("jaar", "jaren", "jarigen", "procent",
      "euro", "minuten", "min", "mensen", "personen", "deelnemers", "keer", "kilometer", "km", "meter");

  public List<Unreadable> unreadable(List<String> tokens, boolean[] taken) {
    List<Unreadable> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) {
        continue;
      }
      String token = tokens.get(i);
      if (token.contains(":") && clock(token).isEmpty()) {
        found.add(new Unreadable(i, i + 1, token));
      } else if ((token.equals("om") || token.equals("tot") || token.equals("vanaf")) && i + 1 < tokens.size()
          && !taken[i + 1] && isNumber(tokens.get(i + 1)) && hour(tokens.get(i + 1)).isEmpty()
          && (i + 2 >= tokens.size() || !AMOUNT_UNITS.contains(tokens.get(i + 2)))) {
        int to = i + 2 < tokens.size() && tokens.get(i + 2).equals("uur") ? i + 3 : i + 2;
        found.add(new Unreadable(i + 1, to, String.join(" ", tokens.subList(i + 1, to))));
      }
    }
    return found;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private Optional<Found> matchAt(List<String> tokens, int i) {
    String token = tokens.get(i);
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    String afterNext = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
    if (token.contains(":")) {
      return clock(token).map(t -> new Found(i, i + 1, t));
    }
    if (token.equals("middernacht")) {
      return Optional.of(new Found(i, i + 1, LocalTime.MAX.withSecond(0).withNano(0))); // the day's last minute
    }
    if (token.equals("half")) {
      return hour(next).map(h -> new Found(i, i + 2, LocalTime.of((h + 23) % 24, 30)));
    }
    if (token.equals("kwart") && (next.equals("over") || next.equals("voor"))) {
      boolean over = next.equals("over");
      return hour(afterNext).map(h -> new Found(i, i + 3,
          over ? LocalTime.of(h, 15) : LocalTime.of((h + 23) % 24, 45)));
    }
    Optional<Found> minutes = minutesPast(tokens, i);
    if (minutes.isPresent()) {
      return minutes;
    }
    if (token.endsWith("u") && token.length() <= 3 && hour(token.substring(0, token.length() - 1)).isPresent()
        && token.chars().limit(token.length() - 1).allMatch(Character::isDigit)) {
      return hour(token.substring(0, token.length() - 1)).map(h -> new Found(i, i + 1, LocalTime.of(h, 0)));
    }
    Integer oClock = O_CLOCK.getOrDefault(token, O_CLOCK_DIGITS.get(token));
    if (oClock != null) {
      return Optional.of(new Found(i, i + 1, LocalTime.of(oClock, 0)));
    }
    if (token.equals("uur") && next.equals("of") && hour(afterNext).isPresent()) {
      // "een uur of elf": around eleven
      return hour(afterNext).map(h -> new Found(i, i + 3, LocalTime.of(h, 0)));
    }
    boolean rangeEnd = token.equals("en") && i >= 2 && tokens.get(i - 2).equals("tussen");
    if ((RANGE_WORDS.contains(token) || rangeEnd) && hour(next).isPresent() && !next.equals("een") && !afterNext.equals("uur")
        && !afterNext.equals("minuten") && !afterNext.equals("keer")) {
      // "van 11 tot 12", "tussen 2 en 3": a bare hour in a range is a clock time
      return hour(next).map(h -> new Found(i + 1, i + 2, LocalTime.of(h, 0)));
    }
    if (token.equals("om")) {
      Optional<Found> past = i + 1 < tokens.size() ? minutesPast(tokens, i + 1) : Optional.empty();
      if (past.isPresent()) {
        return past; // "om 10 voor 4"
      }
      Optional<Integer> h = hour(next);
      // "om een" without "uur" is "around a ...", not one o'clock.
      if (h.isPresent() && (!next.equals("een") || afterNext.equals("uur"))) {
        int to = afterNext.equals("uur") ? i + 3 : i + 2;
        return Optional.of(new Found(i + 1, to, LocalTime.of(h.get(), 0)));
      }
      return Optional.empty();
    }
    if (next.equals("uur") && !afterNext.equals("of")) {
      return hour(token).map(h -> new Found(i, i + 2, LocalTime.of(h, 0)));
    }
    return Optional.empty();
  }

  /** "10 over 10" (10:10), "10 voor 4" (15:50), "tien voor half 4" (15:20), "vijf over half 11" (10:35). */
  private Optional<Found> minutesPast(List<String> tokens, int i) {
    Integer minutes = MINUTE_WORDS.get(tokens.get(i));
    if (minutes == null || i + 2 >= tokens.size()) {
      return Optional.empty();
    }
    String direction = tokens.get(i + 1);
    if (!direction.equals("over") && !direction.equals("voor")) {
      return Optional.empty();
    }
    boolean half = tokens.get(i + 2).equals("half");
    int hourAt = half ? i + 3 : i + 2;
    if (hourAt >= tokens.size()) {
      return Optional.empty();
    }
    Optional<Integer> hour = hour(tokens.get(hourAt));
    if (hour.isEmpty()) {
      return Optional.empty();
    }
    LocalTime base = half ? LocalTime.of((hour.get() + 23) % 24, 30) : LocalTime.of(hour.get(), 0);
    LocalTime time = direction.equals("over") ? base.plusMinutes(minutes) : base.minusMinutes(minutes);
    return Optional.of(new Found(i, hourAt + 1, time));
  }

  private static Optional<LocalTime> clock(String token) {
    String[] parts = token.split(":");
    int h = Integer.parseInt(parts[0]);
    int m = Integer.parseInt(parts[1]);
    return h < 24 && m < 60 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
  }

  private static boolean isNumber(String token) {
    return !token.isEmpty() && token.length() <= 4 && token.chars().allMatch(Character::isDigit);
  }

  private static Optional<Integer> hour(String token) {
    Integer word = HOUR_WORDS.get(token);
    if (word != null) {
      return Optional.of(word <= 7 ? word + 12 : word);
    }
    if (token.isEmpty() || token.length() > 2 || !token.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int h = Integer.parseInt(token);
    if (h < 1 || h > 23) {
      return Optional.empty();
    }
    return Optional.of(h <= 7 ? h + 12 : h);
  }
}
