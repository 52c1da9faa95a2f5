package nl.dagwijzer.importer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text and HTML pages: the document's layout gives the front matter and the timed blocks, the readers turn
 * these into the event, sessions and speakers, and the times of neighbouring blocks fill in missing ends.
 */
final class TextImporter {
  static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
  private static final int UNKNOWN_LENGTH_MINUTES = 60;

  private TextImporter() {
  }

  static Draft read(List<SourceLine> lines, HtmlLines.Page page, LocalDate chosenDate, ImportReport report)
      throws ImportException {
    DocumentLayout.Layout layout = DocumentLayout.of(lines);
    if (layout.blocks().isEmpty()) {
      throw new ImportException(page == null
          ? "er staan geen tijden in deze tekst (zoals '10.00 – 10.30 uur Welkom'), dus er is geen programma"
              + " gevonden; zet voor elk onderdeel de begintijd aan het begin van de regel"
          : "deze pagina bevat geen programma: geen kop, alinea, lijst of tabelrij begint met een tijd (zoals"
              + " '10.00 – 10.30 uur Welkom'); kopieer eventueel de tekst van het programma naar een tekstbestand");
    }
    EventReader.Front front = EventReader.read(layout.front(), page, report);
    Ids ids = new Ids();
    SpeakerBook speakers = new SpeakerBook(ids, report);
    SessionReader reader = new SessionReader(speakers, report);
    List<List<SessionBuilder>> perBlock = new ArrayList<>();
    for (DocumentLayout.TimedBlock block : layout.blocks()) {
      perBlock.add(reader.read(block));
    }
    LocalTime dayEnd = layout.endMarker() != null ? layout.endMarker() : front.dayEnd();
    List<DraftSession> sessions = new ArrayList<>();
    for (int i = 0; i < perBlock.size(); i++) {
      DocumentLayout.TimedBlock block = layout.blocks().get(i);
      LocalTime end = end(layout.blocks(), i, dayEnd, report);
      for (SessionBuilder session : perBlock.get(i)) {
        session.start = block.time().start();
        session.end = end;
        sessions.add(session.build(ids));
        if (session.durationMinutes != null && !end.isBefore(session.start)
            && session.durationMinutes > Duration.between(session.start, end).toMinutes()) {
          report.check(session.line, "'" + session.title + "' duurt " + session.durationMinutes
              + " minuten, langer dan het blok " + session.start + "–" + end);
        }
      }
    }
    layout.after().forEach(l -> report.unplaced(l.line(), "'" + EventReader.abbreviated(l.text())
        + "' staat na het einde van het programma"));
    List<DraftSpeaker> people = speakers.speakers();
    return new Draft(event(front, people, chosenDate, layout, report), people, sessions);
  }

  private static LocalTime end(List<DocumentLayout.TimedBlock> blocks, int i, LocalTime dayEnd,
                               ImportReport report) {
    DocumentLayout.TimedBlock block = blocks.get(i);
    LocalTime start = block.time().start();
    int line = block.timeLine().line();
    if (block.time().end() != null) {
      if (!block.time().end().isAfter(start)) {
        report.check(line, "de eindtijd " + block.time().end() + " ligt niet na de begintijd " + start);
      }
      return block.time().end();
    }
    for (int j = i + 1; j < blocks.size(); j++) {
      LocalTime next = blocks.get(j).time().start();
      if (next.isAfter(start)) {
        report.guessed(line, "geen eindtijd bij " + start + ": loopt tot het volgende onderdeel om " + next);
        return next;
      }
    }
    if (dayEnd != null && dayEnd.isAfter(start)) {
      report.guessed(line, "geen eindtijd bij " + start + ": loopt tot het einde van de dag om " + dayEnd);
      return dayEnd;
    }
    LocalTime guess = start.plusMinutes(UNKNOWN_LENGTH_MINUTES);
    if (guess.isBefore(start)) {
      guess = LocalTime.of(23, 59);
    }
    report.check(line, "geen eindtijd bij " + start + " en niets erna: " + guess + " aangenomen; vul de echte"
        + " eindtijd in");
    return guess;
  }

  private static DraftEvent event(EventReader.Front front, List<DraftSpeaker> speakers, LocalDate chosenDate,
                                  DocumentLayout.Layout layout, ImportReport report) {
    String title = front.title();
    int firstLine = layout.front().isEmpty() ? 1 : layout.front().get(0).line();
    if (title == null) {
      title = "Programma";
      report.check(firstLine, "geen titel van de dag gevonden; 'Programma' ingevuld, vul event.title in");
    }
    String organiser = front.organiser();
    if (organiser == null) {
      organiser = organiserAmongSpeakers(front, speakers);
      if (organiser != null) {
        report.guessed(firstLine, "organisator '" + organiser + "': de organisatie van een spreker die ook in de"
            + " naam van de dag staat");
      }
    }
    LocalDate date = front.date();
    if (chosenDate != null) {
      if (date != null && !date.equals(chosenDate)) {
        report.check(firstLine, "de tekst noemt " + date + ", maar --date " + chosenDate + " is gebruikt");
      }
      date = chosenDate;
    } else if (date == null) {
      report.check(firstLine, "geen datum gevonden; event.date is null (de tijden gelden dan elke dag); vul de datum"
          + " in of geef --date");
    }
    report.guessed(0, "tijdzone " + DUTCH_TIME + " aangenomen (een Nederlandstalig programma)");
    return new DraftEvent(title, front.series(), organiser, date, DUTCH_TIME, front.summary());
  }

  /** "Divosa Vrijdag" with a speaker from "Divosa": the day carries its organiser's name. */
  private static String organiserAmongSpeakers(EventReader.Front front, List<DraftSpeaker> speakers) {
    String name = ((front.series() == null ? "" : front.series()) + " " + (front.title() == null ? ""
        : front.title())).strip();
    for (DraftSpeaker speaker : speakers) {
      String organisation = speaker.organisation();
      if (organisation != null && organisation.length() > 1
          && (" " + name + " ").contains(" " + organisation + " ")) {
        return organisation;
      }
    }
    return null;
  }
}
