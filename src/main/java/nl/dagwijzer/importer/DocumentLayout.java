package nl.dagwijzer.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document into what comes before the programme (title, date, introduction) and the programme itself: a
 * sequence of blocks that each start with a time, followed by the lines that belong to it.
 */
final class DocumentLayout {
  private static final Pattern MARKER = Pattern.compile(
      "^(?:het\\s+)?(?:dag|middag|ochtend|avond|congres)?programma(?:\\s+van de dag)?\\s*:?$",
      Pattern.CASE_INSENSITIVE);

  /** A time line and the lines after it up to the next time line. */
  record TimedBlock(SourceLine timeLine, ClockTimes.Leading time, List<SourceLine> body) {
  }

  /** {@code endMarker} is the time of an "Einde" line, or null. */
  record Layout(List<SourceLine> front, List<TimedBlock> blocks, LocalTime endMarker, List<SourceLine> after) {
  }

  private DocumentLayout() {
  }

  static boolean marker(String text) {
    return MARKER.matcher(text.strip()).matches();
  }

  static Layout of(List<SourceLine> lines) {
    int start = firstTimeLine(lines, programmeMarker(lines) + 1);
    if (start < 0) {
      start = firstTimeLine(lines, 0);
    }
    if (start < 0) {
      return new Layout(lines, List.of(), null, List.of());
    }
    List<SourceLine> front = lines.subList(0, start).stream().filter(l -> !marker(l.text())).toList();
    List<TimedBlock> blocks = new ArrayList<>();
    LocalTime endMarker = null;
    List<SourceLine> after = new ArrayList<>();
    SourceLine timeLine = null;
    ClockTimes.Leading time = null;
    List<SourceLine> body = new ArrayList<>();
    for (SourceLine line : lines.subList(start, lines.size())) {
      var leading = ClockTimes.leading(line.text());
      if (leading.isPresent() && endMarker == null) {
        if (timeLine != null) {
          blocks.add(new TimedBlock(timeLine, time, List.copyOf(body)));
        }
        body.clear();
        if (leading.get().endMarker()) {
          endMarker = leading.get().start();
          timeLine = null;
          continue;
        }
        timeLine = line;
        time = leading.get();
      } else if (endMarker != null) {
        after.add(line);
      } else {
        body.add(line);
      }
    }
    if (timeLine != null) {
      blocks.add(new TimedBlock(timeLine, time, List.copyOf(body)));
    }
    return new Layout(front, blocks, endMarker, after);
  }

  /** The "Programma" heading that has times after it; the day's hours above it are not a session. */
  private static int programmeMarker(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (marker(lines.get(i).text()) && firstTimeLine(lines, i + 1) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstTimeLine(List<SourceLine> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (ClockTimes.leading(line.text()).isPresent()) {
        return i;
      }
    }
    return -1;
  }
}
