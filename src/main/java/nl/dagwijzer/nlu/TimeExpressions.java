package nl.dagwijzer.nlu;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds clock times in normalised tokens: {@code 10:25}, {@code 10 uur}, {@code om 11}, {@code half 12} (11:30),
 * {@code kwart over 10}, {@code kwart voor 11}. A bare hour from 1 to 7 is read as afternoon, since event days
 * rarely start before eight in the morning.
 */
public final class TimeExpressions {

  /** A time found at tokens {@code [from, to)}. */
  public record Found(int from, int to, LocalTime time) {
  }

  public List<Found> find(List<String> tokens) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Found> match = matchAt(tokens, i);
      if (match.isPresent()) {
        found.add(match.get());
        i = match.get().to();
      } else {
        i++;
      }
    }
    return found;
  }

  private Optional<Found> matchAt(List<String> tokens, int i) {
    String token = tokens.get(i);
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    String afterNext = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
    if (token.contains(":")) {
      return clock(token).map(t -> new Found(i, i + 1, t));
    }
    if (token.equals("half")) {
      return hour(next).map(h -> new Found(i, i + 2, LocalTime.of((h + 23) % 24, 30)));
    }
    if (token.equals("kwart") && (next.equals("over") || next.equals("voor"))) {
      boolean over = next.equals("over");
      return hour(afterNext).map(h -> new Found(i, i + 3,
          over ? LocalTime.of(h, 15) : LocalTime.of((h + 23) % 24, 45)));
    }
    if (token.equals("om")) {
      Optional<Integer> h = hour(next);
      if (h.isPresent()) {
        int to = afterNext.equals("uur") ? i + 3 : i + 2;
        return Optional.of(new Found(i + 1, to, LocalTime.of(h.get(), 0)));
      }
      return Optional.empty();
    }
    if (next.equals("uur")) {
      return hour(token).map(h -> new Found(i, i + 2, LocalTime.of(h, 0)));
    }
    return Optional.empty();
  }

  private static Optional<LocalTime> clock(String token) {
    String[] parts = token.split(":");
    int h = Integer.parseInt(parts[0]);
    int m = Integer.parseInt(parts[1]);
    return h < 24 && m < 60 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
  }

  private static Optional<Integer> hour(String token) {
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
