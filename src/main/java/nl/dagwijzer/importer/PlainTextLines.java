package nl.dagwijzer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text as lines with their numbers; bullet characters ("•", "-", "*") mark list items. */
final class PlainTextLines {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦●○■□➢►*]|[-–](?=\\s))\\s*");

  private PlainTextLines() {
  }

  static List<SourceLine> read(String text) {
    List<SourceLine> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    boolean gap = true;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (line.isBlank()) {
        gap = true;
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      boolean isBullet = bullet.find() && !ClockTimes.leading(line).isPresent();
      String content = Typography.plain(isBullet ? line.substring(bullet.end()) : line);
      if (!content.isEmpty()) {
        lines.add(new SourceLine(i + 1, content, isBullet ? SourceLine.Style.BULLET : SourceLine.Style.PARAGRAPH, 0,
            gap));
      }
      gap = false;
    }
    return lines;
  }
}
