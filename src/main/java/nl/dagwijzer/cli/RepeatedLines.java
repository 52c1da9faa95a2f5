package nl.dagwijzer.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The output of a line that standard input repeats, written once per minute. Each line is its own conversation and
 * the answer reads the clock by the minute, so the same text in the same minute has the same output; answering it
 * again would only give the JIT more to compile. Thread-safe; at most {@link #MAX_LINES} outputs are kept.
 */
final class RepeatedLines {
  static final int MAX_LINES = 10_000;

  private final Clock clock;
  private final Map<Key, String> outputs = new ConcurrentHashMap<>();

  RepeatedLines(Clock clock) {
    this.clock = clock;
  }

  private record Key(QuestionLines.Line line, Instant minute) {
  }

  /**
   * The output remembered for {@code line} in this minute, or {@code answer}'s. Two threads that meet the same new
   * line at once may both answer it; the outputs are the same.
   */
  String output(QuestionLines.Line line, Supplier<String> answer) {
    Key key = new Key(line, clock.instant().truncatedTo(ChronoUnit.MINUTES));
    String known = outputs.get(key);
    if (known != null) {
      return known;
    }
    String output = answer.get();
    if (outputs.size() < MAX_LINES) {
      outputs.put(key, output);
    }
    return output;
  }
}
