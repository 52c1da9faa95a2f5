package nl.dagwijzer.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ask} in its plain forms without picocli: building picocli's model of a command from its annotations is
 * the largest single cost of a cold {@code ask} (~0.1–0.2 s of ~0.5 s). Only argument lists whose meaning is beyond
 * doubt take this way: {@code ask}, then words and the options {@code --json}, {@code --now V}, {@code --programme
 * V}, {@code --intents V}, each at most once, with values that look like no option. Anything else (help, a
 * {@code --name=value}, an unknown or repeated option, a missing value, an {@code @file}, a time {@code --now}
 * cannot read) goes to picocli, which says what is wrong in its own words.
 */
final class AskShortcut {
  private AskShortcut() {
  }

  /** The {@code ask} command for {@code args}, or {@code null} when they are not in a plain form. */
  static AskCommand parse(String[] args, Clock clock, InputStream in) {
    if (args.length == 0 || !args[0].equals("ask")) {
      return null;
    }
    AskCommand ask = new AskCommand(clock, in);
    ask.core = new CoreOptions();
    ask.core.programme = Path.of(CoreOptions.DEFAULT_PROGRAMME);
    List<String> words = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@")) {
        return null; // picocli reads arguments from that file
      }
      if (!arg.startsWith("-")) {
        words.add(arg);
        continue;
      }
      if (!seen.add(arg)) {
        return null;
      }
      if (arg.equals("--json")) {
        ask.asJson = true;
        continue;
      }
      if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
        return null;
      }
      String value = args[++i];
      switch (arg) {
        case "--now" -> ask.now = value;
        case "--programme" -> ask.core.programme = path(value);
        case "--intents" -> ask.core.intents = path(value);
        default -> {
          return null;
        }
      }
    }
    if (ask.now != null && !ClockOption.readable(ask.now) || ask.core.programme == null
        || seen.contains("--intents") && ask.core.intents == null) {
      return null;
    }
    ask.words = words.isEmpty() ? null : words;
    return ask;
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Runs {@code ask} as picocli would, with the same writers, exit codes and message for the unexpected. */
  static int run(AskCommand ask, PrintWriter out, PrintWriter err) {
    try {
      return ask.run(out, err);
    } catch (Exception e) {
      return Failure.unexpected(err, e);
    }
  }
}
