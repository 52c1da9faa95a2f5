package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calendar file: RFC 5545 written with ical4j, read back with ical4j")
final class CalendarFileTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private static final Instant STAMP = Instant.parse("2025-03-14T08:00:00Z");

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer container, String property) {
    return container.getProperty(property).map(p -> ((Property) p).getValue()).orElse("-");
  }

  private static ZonedDateTime time(VEvent event, String property) {
    DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
    Temporal temporal = date.getDate();
    return ZonedDateTime.from(temporal);
  }

  @Test
  @DisplayName("the whole Divosa day: one VEVENT per session with title, times in Amsterdam, speakers and summary")
  void wholeDay() throws Exception {
    // given
    Programme programme = Fixtures.store(Fixtures.PROGRAMME).current();

    // when
    String ics = CalendarFile.write(programme, DAY, programme.sessions(), STAMP);
    Calendar calendar = parse(ics);

    // then
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> value(e, Property.SUMMARY))
        .containsExactlyElementsOf(programme.sessions().stream().map(Session::title).toList());
    for (int i = 0; i < events.size(); i++) {
      Session session = programme.sessions().get(i);
      VEvent event = events.get(i);
      assertThat(time(event, Property.DTSTART)).isEqualTo(DAY.atTime(session.start()).atZone(Fixtures.AMSTERDAM));
      assertThat(time(event, Property.DTEND)).isEqualTo(DAY.atTime(session.end()).atZone(Fixtures.AMSTERDAM));
      assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
          .isEqualTo("Europe/Amsterdam");
      assertThat(value(event, Property.UID)).isEqualTo(CalendarFile.uid(programme, DAY, session));
    }
    VEvent breda = events.get(6);
    assertThat(value(breda, Property.DESCRIPTION)).startsWith("Met Michiel Luigjes (beleidsadviseur Sociaal Domein,"
        + " gemeente Breda).\n\nDuurt 45 minuten, ergens tussen 11:00 en 12:30.\n\nBreda is één van de eerste");
    assertThat(breda.getProperty(Property.LOCATION)).isEmpty();
    List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
    assertThat(zones).singleElement().satisfies(z -> assertThat(value(z, Property.TZID))
        .isEqualTo("Europe/Amsterdam"));
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Dagwijzer//Dagwijzer 0.1//NL");
    assertThat(ics).contains("\r\n").doesNotContain("\n\n");
  }

  @Test
  @DisplayName("the room is the LOCATION, and a session without a room has the venue")
  void location() throws Exception {
    // given
    Programme congress = Fixtures.store(Path.of("src/test/resources/programmes/congress.json")).current();
    Programme dated = Fixtures.store(Path.of("src/test/resources/programmes/dated.json")).current();
    Session withRoom = congress.sessions().get(0);
    Session withoutRoom = dated.sessions().get(0);

    // when
    VEvent inRoom = parse(CalendarFile.write(congress, congress.event().date().orElseThrow(), List.of(withRoom),
        STAMP)).<VEvent>getComponents(Component.VEVENT).get(0);
    VEvent atVenue = parse(CalendarFile.write(dated, dated.event().date().orElseThrow(), List.of(withoutRoom),
        STAMP)).<VEvent>getComponents(Component.VEVENT).get(0);

    // then
    assertThat(value(inRoom, Property.LOCATION)).isEqualTo("Foyer");
    assertThat(value(atVenue, Property.LOCATION)).isEqualTo(dated.event().venue().orElseThrow().name());
    assertThat(withoutRoom.room()).isEmpty();
  }

  @Test
  @DisplayName("UIDs are the same in a file made later, and differ per session and per day")
  void stableUids() throws Exception {
    // given
    Programme programme = Fixtures.store(Fixtures.PROGRAMME).current();

    // when
    Calendar first = parse(CalendarFile.write(programme, DAY, programme.sessions(), STAMP));
    Calendar later = parse(CalendarFile.write(programme, DAY, programme.sessions(), STAMP.plusSeconds(3600)));
    Calendar nextDay = parse(CalendarFile.write(programme, DAY.plusDays(1), programme.sessions(), STAMP));

    // then
    List<String> uids = first.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID))
        .toList();
    assertThat(uids).doesNotHaveDuplicates().hasSize(programme.sessions().size());
    assertThat(later.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)))
        .containsExactlyElementsOf(uids);
    assertThat(nextDay.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)))
        .doesNotContainAnyElementsOf(uids);
    assertThat(value(later.<VEvent>getComponents(Component.VEVENT).get(0), Property.DTSTAMP))
        .isEqualTo("20250314T090000Z");
  }
}
