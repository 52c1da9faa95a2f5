package nl.dagwijzer.importer;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * iCalendar files, read with ical4j: the VEVENTs of one day with SUMMARY as title, DTSTART/DTEND in their own time
 * zone converted to the day's, LOCATION as room, DESCRIPTION as summary, ORGANIZER and ATTENDEE names as speakers.
 */
final class IcsReader {
  /** One VEVENT with its times in the day's zone. */
  private record Timed(VEvent event, ZonedDateTime start, ZonedDateTime end, int line) {
  }

  Draft read(String text, LocalDate chosen, ImportReport report) throws ImportException {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      throw new ImportException("geen geldig iCalendar-bestand: regel " + e.getLineNo() + " kan niet gelezen"
          + " worden; exporteer de agenda opnieuw als .ics");
    } catch (IOException | RuntimeException e) {
      throw new ImportException("geen geldig iCalendar-bestand; exporteer de agenda opnieuw als .ics");
    }
    ZoneId zone = zone(calendar, text, report);
    LineIndex lines = new LineIndex(text);
    List<Timed> timed = new ArrayList<>();
    int searchFrom = 0;
    for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
      int at = text.indexOf("BEGIN:VEVENT", searchFrom);
      searchFrom = at < 0 ? searchFrom : at + 1;
      int line = at < 0 ? 0 : lines.lineAt(at);
      Optional<ZonedDateTime> start = time(event, Property.DTSTART, zone);
      Optional<ZonedDateTime> end = time(event, Property.DTEND, zone);
      if (start.isEmpty()) {
        report.unplaced(line, "'" + value(event, Property.SUMMARY) + "' heeft geen begintijd op de klok (een hele"
            + " dag of geen DTSTART) en is overgeslagen");
        continue;
      }
      timed.add(new Timed(event, start.get(), end.orElse(start.get().plusHours(1)), line));
      if (end.isEmpty()) {
        report.check(line, "'" + value(event, Property.SUMMARY) + "' heeft geen DTEND; een uur aangenomen");
      }
    }
    Map<LocalDate, Integer> counts = new LinkedHashMap<>();
    timed.forEach(t -> counts.merge(t.start().toLocalDate(), 1, Integer::sum));
    LocalDate date = DayChoice.choose(counts, chosen, report);
    Ids ids = new Ids();
    SpeakerBook speakers = new SpeakerBook(ids, report);
    List<DraftSession> sessions = new ArrayList<>();
    for (Timed t : timed) {
      if (t.start().toLocalDate().equals(date)) {
        sessions.add(session(t, ids, speakers, report));
      }
    }
    sessions.sort(Comparator.comparing(DraftSession::start).thenComparing(DraftSession::line));
    String title = calendar.getProperty("X-WR-CALNAME").map(Property::getValue).map(Typography::plain).orElse("");
    if (title.isEmpty()) {
      title = "Programma";
      report.check(0, "de agenda heeft geen naam (X-WR-CALNAME); vul event.title in");
    }
    return new Draft(new DraftEvent(title, null, null, date, zone, null), speakers.speakers(), sessions);
  }

  private static DraftSession session(Timed t, Ids ids, SpeakerBook speakers, ImportReport report) {
    String title = Typography.plain(value(t.event(), Property.SUMMARY));
    if (title.isEmpty()) {
      title = "Onderdeel om " + t.start().toLocalTime();
      report.check(t.line(), "een onderdeel zonder SUMMARY; vul de titel in");
    }
    var end = t.end().toLocalDate().equals(t.start().toLocalDate()) ? t.end().toLocalTime()
        : java.time.LocalTime.of(23, 59);
    List<String> speakerIds = new ArrayList<>();
    List<Property> people = new ArrayList<>(t.event().getProperties(Property.ORGANIZER));
    people.addAll(t.event().getProperties(Property.ATTENDEE));
    for (Property person : people) {
      String name = person.getParameter(Parameter.CN).map(Parameter::getValue).map(Typography::plain).orElse("");
      if (!name.isEmpty()) {
        String id = speakers.add(new SpeakerLines.Person(name, null, null, false, null), t.line());
        if (!speakerIds.contains(id)) {
          speakerIds.add(id);
        }
      }
    }
    String room = Typography.plain(value(t.event(), Property.LOCATION));
    String summary = Typography.plain(value(t.event(), Property.DESCRIPTION));
    return new DraftSession(ids.next(title, "onderdeel"), title, Kinds.of(title), t.start().toLocalTime(), end, null,
        speakerIds, room.isEmpty() ? null : room, summary.isEmpty() ? null : Typography.sentence(summary), List.of(),
        List.of(), t.line());
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse("");
  }

  private static Optional<ZonedDateTime> time(VEvent event, String property, ZoneId zone) {
    Optional<Property> found = event.getProperty(property);
    if (found.isEmpty() || !(found.get() instanceof DateProperty<?> date)) {
      return Optional.empty();
    }
    Temporal value = date.getDate();
    if (value instanceof ZonedDateTime z) {
      return Optional.of(z.withZoneSameInstant(zone));
    } else if (value instanceof OffsetDateTime o) {
      return Optional.of(o.atZoneSameInstant(zone));
    } else if (value instanceof Instant i) {
      return Optional.of(i.atZone(zone));
    } else if (value instanceof LocalDateTime l) {
      // A floating time is the same wall-clock time wherever the day is held.
      return Optional.of(l.atZone(zone));
    }
    return Optional.empty();
  }

  /** X-WR-TIMEZONE, else the first TZID, else Dutch time. */
  private static ZoneId zone(Calendar calendar, String text, ImportReport report) {
    Optional<String> declared = calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue);
    if (declared.isEmpty()) {
      int at = text.indexOf("TZID:");
      if (at >= 0) {
        int end = text.indexOf('\n', at);
        declared = Optional.of(text.substring(at + 5, end < 0 ? text.length() : end).strip());
      }
    }
    try {
      if (declared.isPresent()) {
        return ZoneId.of(declared.get().strip());
      }
    } catch (DateTimeException e) {
      report.check(0, "onbekende tijdzone '" + declared.get() + "'; " + TextImporter.DUTCH_TIME + " gebruikt");
      return TextImporter.DUTCH_TIME;
    }
    report.guessed(0, "geen tijdzone in de agenda; " + TextImporter.DUTCH_TIME + " aangenomen");
    return TextImporter.DUTCH_TIME;
  }
}
