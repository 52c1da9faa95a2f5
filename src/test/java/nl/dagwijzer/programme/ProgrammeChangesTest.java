package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dagwijzer.programme.ProgrammeChanges.Moved;
import nl.dagwijzer.programme.ProgrammeChanges.SpeakersChanged;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ProgrammeChanges")
final class ProgrammeChangesTest {
  private static final Event EVENT =
      new Event("Dag", "", "", Optional.empty(), ZoneId.of("Europe/Amsterdam"), "");
  private static final List<Speaker> SPEAKERS = List.of(
      new Speaker("maartje-bos", "Maartje Bos", "", ""),
      new Speaker("annemiek-enter", "Annemiek Enter", "", ""),
      new Speaker("michiel-luigjes", "Michiel Luigjes", "", ""));

  @Test
  @DisplayName("finds nothing between a programme and itself")
  void noChanges() {
    // given
    Programme programme = programme(SPEAKERS, session("welkom", "10:00", "10:05", "maartje-bos"));

    // when
    ProgrammeChanges changes = ProgrammeChanges.between(programme, programme);

    // then
    assertThat(changes.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("reports added and removed sessions by id, in programme order")
  void addedAndRemoved() {
    // given
    Session welkom = session("welkom", "10:00", "10:05");
    Session koffie = session("koffiepauze", "10:45", "10:55");
    Session lunch = session("lunch", "12:30", "13:00");
    Session borrel = session("borrel", "16:00", "17:00");
    Session opening = session("opening", "09:30", "10:00");
    Programme before = programme(SPEAKERS, welkom, koffie, lunch);
    Programme after = programme(SPEAKERS, borrel, lunch, opening);

    // when
    ProgrammeChanges changes = ProgrammeChanges.between(before, after);

    // then
    assertThat(changes.added()).containsExactly(opening, borrel);
    assertThat(changes.removed()).containsExactly(welkom, koffie);
    assertThat(changes.moved()).isEmpty();
    assertThat(changes.speakersChanged()).isEmpty();
  }

  @Test
  @DisplayName("reports a session whose start or end changed as moved")
  void moved() {
    // given
    Session lunchBefore = session("lunch", "12:30", "13:00");
    Session lunchAfter = session("lunch", "12:45", "13:15");
    Session koffieBefore = session("koffiepauze", "10:45", "10:55");
    Session koffieAfter = session("koffiepauze", "10:45", "11:00");

    // when
    ProgrammeChanges changes = ProgrammeChanges.between(programme(SPEAKERS, koffieBefore, lunchBefore),
        programme(SPEAKERS, koffieAfter, lunchAfter));

    // then
    assertThat(changes.moved()).containsExactly(new Moved(koffieBefore, koffieAfter), new Moved(lunchBefore, lunchAfter));
    assertThat(changes.added()).isEmpty();
    assertThat(changes.removed()).isEmpty();
  }

  @Test
  @DisplayName("reports changed speakers with their names looked up in each programme")
  void speakersChanged() {
    // given a workshop that changes hands, and a speaker whose name is corrected in the new file
    Session workshopBefore = session("workshop", "11:00", "12:30", "maartje-bos");
    Session workshopAfter = session("workshop", "11:00", "12:30", "annemiek-enter", "michiel-luigjes");
    Session breda = session("breda", "11:00", "12:30", "michiel-luigjes");
    List<Speaker> renamed = List.of(SPEAKERS.get(0), SPEAKERS.get(1),
        new Speaker("michiel-luigjes", "Michiel Luitjes", "", ""));

    // when
    ProgrammeChanges changes = ProgrammeChanges.between(programme(SPEAKERS, workshopBefore, breda),
        programme(renamed, workshopAfter, breda));

    // then
    assertThat(changes.speakersChanged()).containsExactly(
        new SpeakersChanged(workshopAfter, List.of("Maartje Bos"), List.of("Annemiek Enter", "Michiel Luitjes")),
        new SpeakersChanged(breda, List.of("Michiel Luigjes"), List.of("Michiel Luitjes")));
    assertThat(changes.moved()).isEmpty();
  }

  private static Programme programme(List<Speaker> speakers, Session... sessions) {
    return new Programme(EVENT, speakers, List.of(sessions), List.of());
  }

  private static Session session(String id, String start, String end, String... speakerIds) {
    return new Session(id, id, SessionKind.PLENARY, LocalTime.parse(start), LocalTime.parse(end), OptionalInt.empty(),
        List.of(speakerIds), Optional.empty(), "", List.of(), List.of());
  }
}
