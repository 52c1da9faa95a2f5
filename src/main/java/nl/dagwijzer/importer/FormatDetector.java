package nl.dagwijzer.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the source format from its content: iCalendar, frab/pretalx JSON, an HTML page, or plain text. */
final class FormatDetector {
  private static final Pattern HTML = Pattern.compile(
      "<(?:!doctype html|html|body|head|h[1-6]|p|div|table|ul|ol|article|main|section)\\b", Pattern.CASE_INSENSITIVE);

  private FormatDetector() {
  }

  static ImportFormat detect(String text) {
    String start = text.stripLeading();
    String head = start.substring(0, Math.min(start.length(), 4096)).toLowerCase(Locale.ROOT);
    if (head.startsWith("begin:vcalendar")) {
      return ImportFormat.ICS;
    }
    if ((head.startsWith("{") || head.startsWith("[")) && head.contains("\"schedule\"")) {
      return ImportFormat.FRAB;
    }
    if (head.startsWith("<") && HTML.matcher(head).find()) {
      return ImportFormat.HTML;
    }
    return ImportFormat.TEXT;
  }

  /** A JSON file that is not a schedule: probably already a programme.json, or another export. */
  static boolean otherJson(String text) {
    String start = text.stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }
}
