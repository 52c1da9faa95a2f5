package nl.dagwijzer.importer;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Let op: deze workshop duurt 1,5 uur.", "Deze workshop duurt 45 min.", "(45 minuten)" as minutes. */
final class Durations {
  private static final String AMOUNT = "(?<n>\\d+(?:[.,]\\d+)?|een|één|anderhalf|anderhalve|twee|drie|half|een half)";
  private static final String UNIT = "(?<u>uur|u\\b|minuten|minuut|min\\.?|kwartier)";
  private static final Pattern LASTS = Pattern.compile(
      "\\bduurt\\s+(?:ca\\.\\s*|circa\\s+|ongeveer\\s+|maar\\s+|slechts\\s+)?" + AMOUNT + "\\s*" + UNIT,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern IN_BRACKETS = Pattern.compile(
      "\\(\\s*" + AMOUNT + "\\s*" + UNIT + "\\s*\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Durations() {
  }

  /** The duration a sentence states with "duurt", e.g. for a workshop shorter than its block. */
  static OptionalInt stated(String sentence) {
    return minutes(LASTS.matcher(sentence));
  }

  static OptionalInt inBrackets(String text) {
    return minutes(IN_BRACKETS.matcher(text));
  }

  static String withoutBrackets(String text) {
    return IN_BRACKETS.matcher(text).replaceAll("").strip();
  }

  private static OptionalInt minutes(Matcher m) {
    if (!m.find()) {
      return OptionalInt.empty();
    }
    double amount = switch (m.group("n").toLowerCase(Locale.ROOT)) {
      case "een", "één" -> 1;
      case "anderhalf", "anderhalve" -> 1.5;
      case "twee" -> 2;
      case "drie" -> 3;
      case "half", "een half" -> 0.5;
      default -> Double.parseDouble(m.group("n").replace(',', '.'));
    };
    String unit = m.group("u").toLowerCase(Locale.ROOT);
    double minutes = unit.startsWith("u") ? amount * 60 : unit.equals("kwartier") ? amount * 15 : amount;
    return minutes >= 1 ? OptionalInt.of((int) Math.round(minutes)) : OptionalInt.empty();
  }
}
