package nl.dagwijzer.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schedule.json that frab, pretalx and wafer export (conference, days, rooms, events with start, duration,
 * room, title, abstract, persons and type): one day of it, rooms kept, persons as speakers.
 */
final class FrabReader {
  private final ObjectMapper mapper = new ObjectMapper();

  Draft read(String text, LocalDate chosen, ImportReport report) throws ImportException {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ImportException("geen geldige JSON" + (at == null ? "" : " bij regel " + at.getLineNr() + ", kolom "
          + at.getColumnNr()) + "; exporteer het schema opnieuw of controleer die plek");
    }
    JsonNode conference = root.path("schedule").path("conference");
    if (!conference.isObject()) {
      throw new ImportException("dit is JSON, maar geen frab/pretalx-schema (er is geen schedule.conference);"
          + " is het al een programme.json? Controleer dat dan met 'check'");
    }
    ZoneId zone = zone(conference.path("time_zone_name").asText(""), report);
    Map<LocalDate, JsonNode> days = new LinkedHashMap<>();
    Map<LocalDate, Integer> counts = new LinkedHashMap<>();
    for (JsonNode day : conference.path("days")) {
      try {
        LocalDate date = LocalDate.parse(day.path("date").asText(""));
        days.put(date, day);
        counts.put(date, events(day).size());
      } catch (DateTimeException e) {
        report.unplaced(0, "een dag zonder geldige datum ('" + day.path("date").asText("") + "') is overgeslagen");
      }
    }
    LocalDate date = DayChoice.choose(counts, chosen, report);
    LineIndex lines = new LineIndex(text);
    Ids ids = new Ids();
    SpeakerBook speakers = new SpeakerBook(ids, report);
    List<DraftSession> sessions = new ArrayList<>();
    for (JsonNode event : events(days.get(date))) {
      DraftSession session = session(event, zone, ids, speakers, lines, report);
      if (session != null) {
        sessions.add(session);
      }
    }
    sessions.sort(Comparator.comparing(DraftSession::start).thenComparing(DraftSession::line));
    String title = conference.path("title").asText("").strip();
    if (title.isEmpty()) {
      title = "Programma";
      report.check(0, "het schema heeft geen conference.title; vul event.title in");
    }
    return new Draft(new DraftEvent(title, null, null, date, zone, null), speakers.speakers(), sessions);
  }

  private static List<JsonNode> events(JsonNode day) {
    List<JsonNode> events = new ArrayList<>();
    day.path("rooms").forEach(room -> room.forEach(events::add));
    return events;
  }

  private DraftSession session(JsonNode event, ZoneId zone, Ids ids, SpeakerBook speakers, LineIndex lines,
                               ImportReport report) {
    String guid = event.path("guid").asText("");
    int line = lines.lineOf(guid.isEmpty() ? "\"" + event.path("title").asText("") + "\"" : guid, 0);
    String title = Typography.plain(event.path("title").asText(""));
    LocalTime start = start(event, zone);
    Integer minutes = minutes(event.path("duration").asText(""));
    if (title.isEmpty() || start == null || minutes == null) {
      report.unplaced(line, "onderdeel zonder titel, begintijd of duur ('" + title + "') is overgeslagen");
      return null;
    }
    LocalTime end = start.plusMinutes(minutes);
    if (end.isBefore(start)) {
      end = LocalTime.of(23, 59);
      report.check(line, "'" + title + "' loopt door na middernacht; het einde is op 23:59 gezet");
    }
    List<String> speakerIds = new ArrayList<>();
    for (JsonNode person : event.path("persons")) {
      String name = Typography.plain(Stream.of("public_name", "full_public_name", "name")
          .map(f -> person.path(f).asText("")).filter(s -> !s.isBlank()).findFirst().orElse(""));
      if (!name.isEmpty()) {
        speakerIds.add(speakers.add(new SpeakerLines.Person(name, null, null, false, null), line));
      }
    }
    String summary = Stream.of("subtitle", "abstract", "description").map(f -> Typography.plain(event.path(f)
        .asText(""))).filter(s -> !s.isEmpty()).reduce((a, b) -> a + " " + b).map(Typography::sentence).orElse(null);
    String room = Typography.plain(event.path("room").asText(""));
    return new DraftSession(ids.next(title, "onderdeel"), title, Kinds.ofType(event.path("type").asText(""), title),
        start, end, null, speakerIds, room.isEmpty() ? null : room, summary, List.of(), List.of(), line);
  }

  /** The event's own timestamp in the conference's zone when given, else its "start" as written. */
  private static LocalTime start(JsonNode event, ZoneId zone) {
    try {
      String date = event.path("date").asText("");
      if (!date.isEmpty()) {
        return OffsetDateTime.parse(date).atZoneSameInstant(zone).toLocalTime();
      }
      String[] hm = event.path("start").asText("").split(":");
      return LocalTime.of(Integer.parseInt(hm[0].strip()), Integer.parseInt(hm[1].strip()));
    } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return null;
    }
  }

  /** "00:45", "1:30" or "01:30:00" as minutes. */
  static Integer minutes(String duration) {
    String[] parts = duration.strip().split(":");
    try {
      if (parts.length >= 2) {
        int minutes = Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
        return minutes > 0 ? minutes : null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  static ZoneId zone(String name, ImportReport report) {
    if (!name.isBlank()) {
      try {
        return ZoneId.of(name.strip());
      } catch (DateTimeException e) {
        report.check(0, "onbekende tijdzone '" + name + "'; " + TextImporter.DUTCH_TIME + " gebruikt");
        return TextImporter.DUTCH_TIME;
      }
    }
    report.guessed(0, "geen tijdzone in het bestand; " + TextImporter.DUTCH_TIME + " aangenomen");
    return TextImporter.DUTCH_TIME;
  }
}
