package nl.dagwijzer.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of the JSON state files of earlier versions, checked entry by entry: every problem is reported with
 * the file and the path of the entry ({@code pending[1].at}), never as a NullPointerException.
 */
final class LegacyState {
  private LegacyState() {
  }

  /** What a file holds once checked; the lists the file does not hold are empty. */
  record Parsed(List<LegacyAnnouncement> announcements, Long nextId, List<ReminderLog.Key> reminders) {
  }

  /** {@code {"nextId": 3, "pending": [{"id": "1", "text": ..., "at": ..., "channel": ..., "author": ...}]}}. */
  static Parsed announcements(Path file, JsonNode root) throws StoreException {
    Long nextId = null;
    JsonNode next = root.get("nextId");
    if (next != null && !next.isNull()) {
      if (!next.canConvertToLong() || !next.isIntegralNumber() || next.asLong() < 1) {
        throw JsonImport.broken(file + ": nextId: verwacht een positief geheel getal, niet " + next + ".");
      }
      nextId = next.asLong();
    }
    List<LegacyAnnouncement> result = new ArrayList<>();
    for (JsonNode entry : list(file, root, "pending")) {
      String path = "pending[" + result.size() + "]";
      if (!entry.isObject()) {
        throw JsonImport.broken(file + ": " + path + ": verwacht een object met text en at.");
      }
      String text = required(file, entry, path, "text");
      String at = required(file, entry, path, "at");
      Instant when;
      try {
        when = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw JsonImport.broken(file + ": " + path + ".at: '" + shorten(at) + "' is geen tijdstip; verwacht"
            + " bijvoorbeeld 2025-03-14T10:00:00Z.");
      }
      result.add(new LegacyAnnouncement(id(entry.get("id")), text, when, optional(entry, "channel"),
          optional(entry, "author") == null ? "" : optional(entry, "author")));
    }
    return new Parsed(result, nextId, List.of());
  }

  /** {@code {"sent": ["2025-03-14|10:00|welkom", ...]}}. */
  static Parsed reminders(Path file, JsonNode root) throws StoreException {
    List<ReminderLog.Key> keys = new ArrayList<>();
    for (JsonNode entry : list(file, root, "sent")) {
      String path = "sent[" + keys.size() + "]";
      String[] parts = entry.isTextual() ? entry.asText().split("\\|", 3) : new String[0];
      try {
        if (parts.length != 3 || parts[2].isBlank()) {
          throw new DateTimeParseException("", "", 0);
        }
        keys.add(new ReminderLog.Key(LocalDate.parse(parts[0]), LocalTime.parse(parts[1]), parts[2]));
      } catch (DateTimeParseException e) {
        throw JsonImport.broken(file + ": " + path + ": " + shorten(entry.toString()) + " is geen herinnering;"
            + " verwacht \"datum|UU:MM|sessie-id\", bijvoorbeeld \"2025-03-14|10:00|welkom\".");
      }
    }
    return new Parsed(List.of(), null, keys);
  }

  private static Iterable<JsonNode> list(Path file, JsonNode root, String field) throws StoreException {
    JsonNode list = root.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw JsonImport.broken(file + ": " + field + ": verwacht een lijst [ … ].");
    }
    return list;
  }

  private static String required(Path file, JsonNode entry, String path, String field) throws StoreException {
    JsonNode value = entry.get(field);
    if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
      throw JsonImport.broken(file + ": " + path + ": verplicht veld '" + field + "' ontbreekt of is leeg.");
    }
    return value.asText();
  }

  private static String optional(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A positive whole-number id, or null when it is missing or something else (a new id is given then). */
  private static Long id(JsonNode value) {
    String text = value == null || value.isNull() ? "" : value.asText().strip();
    return text.matches("\\d{1,18}") && Long.parseLong(text) > 0 ? Long.parseLong(text) : null;
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
