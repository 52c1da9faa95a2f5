package nl.dagwijzer.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Dutch invitations write them: "vrijdag 14 maart 2025", "14 mrt. 2025", "14-03-2025". */
final class DutchDates {
  private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
      "augustus", "september", "oktober", "november", "december");
  private static final Pattern WRITTEN = Pattern.compile(
      "(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(\\d{1,2})\\s+"
          + "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
          + "|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC = Pattern.compile(
      "(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(\\d{1,2})-(\\d{1,2})-(\\d{4})",
      Pattern.CASE_INSENSITIVE);

  private DutchDates() {
  }

  /** The date in {@code text} and the text around it. */
  record Found(LocalDate date, String before, String after) {
  }

  static Optional<Found> find(String text) {
    Matcher written = WRITTEN.matcher(text);
    if (written.find()) {
      String month = written.group(2).toLowerCase(Locale.ROOT);
      int number = 1 + indexOfMonth(month);
      return of(text, written, Integer.parseInt(written.group(3)), number, Integer.parseInt(written.group(1)));
    }
    Matcher numeric = NUMERIC.matcher(text);
    if (numeric.find()) {
      return of(text, numeric, Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
          Integer.parseInt(numeric.group(1)));
    }
    return Optional.empty();
  }

  private static int indexOfMonth(String month) {
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(month.replace("mrt", "maart").substring(0, 3))) {
        return i;
      }
    }
    return 0;
  }

  private static Optional<Found> of(String text, Matcher m, int year, int month, int day) {
    try {
      return Optional.of(new Found(LocalDate.of(year, month, day), text.substring(0, m.start()),
          text.substring(m.end())));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
