package nl.dagwijzer.personal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * Sessions of a day as an iCalendar file (RFC 5545), written and validated by ical4j: one VEVENT per session with
 * its title as SUMMARY, its block in the event's time zone (with that zone's VTIMEZONE), the room (or the venue) as
 * LOCATION, speakers and summary as DESCRIPTION, and a UID made of the day, the session's id and the event's title,
 * so a calendar that imports the file again updates its events instead of adding them twice.
 */
public final class CalendarFile {
  static final String PRODUCT = "-//Dagwijzer//Dagwijzer 0.1//NL";

  private CalendarFile() {
  }

  /** {@code sessions} of {@code programme} on {@code day}; {@code stamp} is when the file was made (DTSTAMP). */
  public static String write(Programme programme, LocalDate day, List<Session> sessions, Instant stamp) {
    ZoneId zone = programme.event().timezone();
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODUCT))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(new XProperty("X-WR-CALNAME", title(programme)))
        .add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    calendar.add(timeZone(zone));
    for (Session session : sessions) {
      calendar.add(event(programme, day, session, stamp));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** The UID of a session on a day: the same every time the file is made, so importing it again updates. */
  public static String uid(Programme programme, LocalDate day, Session session) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(programme.event().title().getBytes(StandardCharsets.UTF_8));
      return day + "-" + session.id() + "-" + HexFormat.of().formatHex(hash).substring(0, 8) + "@dagwijzer";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static VEvent event(Programme programme, LocalDate day, Session session, Instant stamp) {
    ZoneId zone = programme.event().timezone();
    ZonedDateTime start = day.atTime(session.start()).atZone(zone);
    ZonedDateTime end = day.atTime(session.end()).atZone(zone);
    VEvent event = new VEvent(false)
        .add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
        .add(new Uid(uid(programme, day, session)))
        .add(new DtStart<>(start))
        .add(new DtEnd<>(end))
        .add(new Summary(session.title()));
    session.room().or(() -> programme.event().venue().map(v -> v.name()))
        .ifPresent(place -> event.add(new Location(place)));
    String description = description(programme, session);
    if (!description.isEmpty()) {
      event.add(new Description(description));
    }
    return event;
  }

  /** Who speaks (with their role), how long a shorter session takes inside its block, then the summary. */
  static String description(Programme programme, Session session) {
    List<String> parts = new ArrayList<>();
    List<String> people = programme.speakersOf(session).stream().map(CalendarFile::person).toList();
    if (!people.isEmpty()) {
      parts.add("Met " + DutchText.join(people) + ".");
    }
    if (session.shorterThanBlock()) {
      parts.add("Duurt " + session.lengthMinutes() + " minuten, ergens tussen " + DutchText.time(session.start())
          + " en " + DutchText.time(session.end()) + ".");
    }
    if (!session.summary().isBlank()) {
      parts.add(session.summary());
    }
    return String.join("\n\n", parts);
  }

  private static String person(Speaker speaker) {
    String about = speaker.role().isEmpty() ? speaker.organisation()
        : speaker.organisation().isEmpty() ? speaker.role() : speaker.role() + ", " + speaker.organisation();
    return about.isEmpty() ? speaker.name() : speaker.name() + " (" + about + ")";
  }

  private static String title(Programme programme) {
    return programme.event().series().isEmpty() ? programme.event().title()
        : programme.event().series() + ": " + programme.event().title();
  }

  /**
   * The zone's VTIMEZONE from ical4j's bundled definitions (no network), under the zone's own id: ical4j gives the
   * rules of the zone an id links to (Europe/Amsterdam is Europe/Brussels in today's tz database, with the same
   * rules since 1970), and the TZID of the times must name a VTIMEZONE in the file.
   */
  private static VTimeZone timeZone(ZoneId zone) {
    var timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
    if (timeZone == null) {
      throw new IllegalArgumentException("no VTIMEZONE for " + zone.getId());
    }
    VTimeZone copy = timeZone.getVTimeZone().copy();
    copy.removeAll(Property.TZURL, "X-LIC-LOCATION");
    copy.replace(new TzId(zone.getId()));
    return copy;
  }
}
