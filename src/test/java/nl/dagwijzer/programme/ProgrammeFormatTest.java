package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The optional parts of the programme format: venue, kinds, a speaker's role in one session")
final class ProgrammeFormatTest {
  private final ProgrammeLoader loader = new ProgrammeLoader();

  @Test
  @DisplayName("reads the venue, every kind and roles in a session")
  void readsNewFields() throws ProgrammeRejectedException {
    // given
    String json = """
        {
          "event": { "title": "Dag", "timezone": "Europe/Amsterdam",
                     "venue": { "name": "Jaarbeurs", "address": "Jaarbeursplein 6, Utrecht" } },
          "speakers": [ { "id": "an", "name": "An de Wit" }, { "id": "bo", "name": "Bo van 't Hek" } ],
          "sessions": [
            { "id": "k", "title": "Keynote", "kind": "keynote", "start": "09:00", "end": "09:30", "speakers": ["an"] },
            { "id": "p", "title": "Panel", "kind": "panel", "start": "09:30", "end": "10:00",
              "speakers": [ { "id": "an", "role": "gespreksleider" }, "bo" ] },
            { "id": "q", "title": "Vragen", "kind": "qa", "start": "10:00", "end": "10:15" },
            { "id": "m", "title": "Markt", "kind": "market", "start": "10:15", "end": "11:00", "room": "Foyer" }
          ]
        }
        """;

    // when
    Programme programme = loader.parse("programme.json", json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(programme.event().venue()).contains(new Venue("Jaarbeurs", "Jaarbeursplein 6, Utrecht"));
    assertThat(programme.sessions()).extracting(Session::kind)
        .containsExactly(SessionKind.KEYNOTE, SessionKind.PANEL, SessionKind.QA, SessionKind.MARKET);
    Session panel = programme.session("p").orElseThrow();
    assertThat(panel.speakerIds()).containsExactly("an", "bo");
    assertThat(panel.speakerRoles()).isEqualTo(Map.of("an", "gespreksleider"));
    assertThat(panel.roleOf("bo")).isEmpty();
    assertThat(programme.session("m").orElseThrow().room()).isEqualTo(Optional.of("Foyer"));
  }

  @Test
  @DisplayName("a file without the new fields reads as before")
  void oldFilesStillRead() throws ProgrammeRejectedException {
    // given
    String json = """
        { "event": { "title": "Dag", "timezone": "Europe/Amsterdam", "venue": null },
          "speakers": [], "sessions": [ { "id": "w", "title": "Welkom", "kind": "plenary", "start": "10:00",
                                         "end": "10:05" } ] }
        """;

    // when
    Programme programme = loader.parse("programme.json", json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(programme.event().venue()).isEmpty();
    assertThat(programme.sessions().get(0).speakerRoles()).isEmpty();
  }

  @Test
  @DisplayName("rejects a venue without a name and a speaker entry of the wrong shape, located")
  void rejectsBadVenueAndSpeakerEntry() {
    // given
    String json = """
        { "event": { "title": "Dag", "timezone": "Europe/Amsterdam", "venue": { "adres": "Utrecht" } },
          "speakers": [ { "id": "an", "name": "An" } ],
          "sessions": [ { "id": "w", "title": "Welkom", "kind": "plenary", "start": "10:00", "end": "10:05",
                          "speakers": [ { "role": "dagvoorzitter" }, 3 ] } ] }
        """;

    // when
    List<String> errors = errorsOf(json);

    // then
    assertThat(errors).containsExactly(
        "programme.json:1:71: event.venue: verplicht veld 'name' ontbreekt; voeg \"name\" toe",
        "programme.json:1:73: event.venue.adres: onbekend veld 'adres'; bedoel je 'address'?",
        "programme.json:4:33: sessions[0].speakers[0]: verplicht veld 'id' ontbreekt; voeg \"id\" toe",
        "programme.json:4:62: sessions[0].speakers[1]: verwacht een spreker-id als tekst, of { \"id\": ..., \"role\":"
            + " ... }, maar hier staat het getal 3");
  }

  private List<String> errorsOf(String json) {
    ProgrammeRejectedException rejected = catchThrowableOfType(ProgrammeRejectedException.class,
        () -> loader.parse("programme.json", json.getBytes(StandardCharsets.UTF_8)));
    assertThat(rejected).as("the file should be rejected").isNotNull();
    return rejected.errors().stream().map(ValidationError::format).toList();
  }
}
