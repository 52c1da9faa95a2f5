package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A day that runs past midnight")
final class PastMidnightTest {
  private static final Event EVENT = new Event("Nacht", "", "", Optional.empty(), ZoneId.of("Europe/Amsterdam"), "");

  @Test
  @DisplayName("puts what starts after midnight last, and starts and ends where the evening does")
  void ordersTheNight() {
    // given an evening from 19:00 with a DJ set from midnight to one
    Programme night = new Programme(EVENT, List.of(), List.of(session("dj", "00:00", "01:00"),
        session("opening", "19:00", "19:30"), session("quiz", "22:00", "23:00")), List.of());
    // when, then
    assertThat(night.sessions()).extracting(Session::id).containsExactly("opening", "quiz", "dj");
    assertThat(night.firstStart()).contains(LocalTime.of(19, 0));
    assertThat(night.lastEnd()).contains(LocalTime.of(1, 0));
    assertThat(night.minutes(LocalTime.of(0, 30))).isGreaterThan(night.minutes(LocalTime.of(23, 30)));
  }

  @Test
  @DisplayName("puts the half hour before the evening before it, and the small hours after the night after it")
  void splitsTheQuietHours() {
    // given an evening from 18:30 to 01:30
    Programme night = new Programme(EVENT, List.of(), List.of(session("gala", "18:30", "23:00"),
        session("dj", "00:15", "01:30")), List.of());
    // when, then
    assertThat(night.minutes(LocalTime.of(18, 0))).isLessThan(night.minutes(LocalTime.of(18, 30)));
    assertThat(night.minutes(LocalTime.of(3, 0))).isGreaterThan(night.minutes(LocalTime.of(1, 30)));
  }

  @Test
  @DisplayName("leaves a day within one date as it is, a long lunch break and all")
  void leavesADay() {
    // given a day from 09:00 to 17:00 with nothing between 11:00 and 16:00
    Programme day = new Programme(EVENT, List.of(), List.of(session("slot", "16:00", "17:00"),
        session("opening", "09:00", "11:00")), List.of());
    // when, then
    assertThat(day.sessions()).extracting(Session::id).containsExactly("opening", "slot");
    assertThat(day.firstStart()).contains(LocalTime.of(9, 0));
    assertThat(day.lastEnd()).contains(LocalTime.of(17, 0));
    assertThat(day.minutes(LocalTime.of(0, 30))).isEqualTo(30);
  }

  @Test
  @DisplayName("keeps an early start as the day's start: a breakfast at 06:00 before an afternoon and evening")
  void keepsAnEarlyStart() {
    // given a breakfast, then nothing for seven hours, then a programme until 23:30
    Programme day = new Programme(EVENT, List.of(), List.of(session("late", "14:00", "23:30"),
        session("breakfast", "06:00", "07:00")), List.of());
    // when, then
    assertThat(day.sessions()).extracting(Session::id).containsExactly("breakfast", "late");
    assertThat(day.firstStart()).contains(LocalTime.of(6, 0));
  }

  private static Session session(String id, String start, String end) {
    return new Session(id, id, SessionKind.PLENARY, LocalTime.parse(start), LocalTime.parse(end), OptionalInt.empty(),
        List.of(), Optional.empty(), "", List.of(), List.of());
  }
}
