package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ProgrammeLoader")
final class ProgrammeLoaderTest {
  private final ProgrammeLoader loader = new ProgrammeLoader();

  @Test
  @DisplayName("loads the real programme.json from the project root")
  void loadsTheRealProgramme() throws ProgrammeRejectedException {
    // given the organisers' file as shipped with the project
    Path file = Path.of("programme.json");

    // when
    Programme programme = loader.load(file);

    // then
    assertThat(programme.sessions()).hasSize(8);
    assertThat(programme.speakers()).hasSize(6);
    assertThat(programme.event().timezone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    assertThat(programme.event().date()).isEmpty();
    Session breda = programme.session("workshop-breda").orElseThrow();
    assertThat(breda.start()).isEqualTo(LocalTime.of(11, 0));
    assertThat(breda.durationMinutes()).isEqualTo(OptionalInt.of(45));
    assertThat(programme.speakersOf(breda)).extracting(Speaker::name).containsExactly("Michiel Luigjes");
    assertThat(programme.topic("Zoete Kruimels").orElseThrow().sessionIds()).containsExactly("workshop-zoetermeer");
  }

  @Test
  @DisplayName("reads every optional field of a small valid file")
  void readsOptionalFields() throws ProgrammeRejectedException {
    // given
    String json = """
        {
          "event": { "title": "Dag", "series": "Vrijdag", "organiser": "Divosa", "date": "2025-03-14",
                     "timezone": "Europe/Amsterdam", "summary": "Over de dag." },
          "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos", "role": "projectleider", "organisation": "gemeente" } ],
          "sessions": [ { "id": "welkom", "title": "Welkom", "kind": "plenary", "start": "10:00", "end": "10:30",
                          "durationMinutes": 10, "speakers": ["maartje-bos"], "room": "Zaal 1", "summary": "Kort.",
                          "details": ["een"], "aliases": ["opening"] } ],
          "topics": [ { "name": "P-wet", "aliases": ["Participatiewet"], "explanation": "De wet.", "sessions": ["welkom"] } ]
        }
        """;

    // when
    Programme programme = parse(json);

    // then
    assertThat(programme.event().date()).hasValue(java.time.LocalDate.of(2025, 3, 14));
    Session welkom = programme.session("welkom").orElseThrow();
    assertThat(welkom.room()).hasValue("Zaal 1");
    assertThat(welkom.durationMinutes()).isEqualTo(OptionalInt.of(10));
    assertThat(welkom.details()).containsExactly("een");
    assertThat(programme.speaker("maartje-bos").orElseThrow().organisation()).isEqualTo("gemeente");
    assertThat(programme.topic("P-wet").orElseThrow().aliases()).containsExactly("Participatiewet");
  }

  @Test
  @DisplayName("gives a repeated session without aliases of its own the aliases of its first time")
  void sharesAliasesOfRepeatedTitles() throws ProgrammeRejectedException {
    // given a walk three times, aliases written only on the first, and a block with aliases of its own
    String json = """
        {
          "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
          "speakers": [],
          "sessions": [
            { "id": "w1", "title": "Wandeling", "kind": "workshop", "start": "10:00", "end": "11:00",
              "aliases": ["rondwandeling"] },
            { "id": "w2", "title": "Wandeling", "kind": "workshop", "start": "13:00", "end": "14:00" },
            { "id": "w3", "title": "Wandeling", "kind": "workshop", "start": "15:00", "end": "16:00",
              "aliases": ["laatste ronde"] },
            { "id": "lunch", "title": "Lunch", "kind": "break", "start": "12:00", "end": "13:00" } ]
        }
        """;

    // when
    Programme programme = parse(json);

    // then
    assertThat(programme.session("w2").orElseThrow().aliases()).containsExactly("rondwandeling");
    assertThat(programme.session("w3").orElseThrow().aliases()).containsExactly("laatste ronde");
    assertThat(programme.session("lunch").orElseThrow().aliases()).isEmpty();
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("time not HH:mm", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "welkom", "title": "Welkom", "kind": "plenary",
                "start": "25:00",
                "end": "9:30"
              } ]
            }
            """, List.of(
            "programme.json:6:14: sessions[0].start: \"25:00\" is geen geldige tijd; schrijf uren en minuten als HH:mm,"
                + " bijvoorbeeld \"09:30\"",
            "programme.json:7:12: sessions[0].end: \"9:30\" is geen geldige tijd; schrijf uren en minuten als HH:mm,"
                + " bijvoorbeeld \"09:30\"")),
        Arguments.of("start not before end", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "welkom", "title": "Welkom", "kind": "plenary",
                "start": "12:30",
                "end": "11:00"
              } ]
            }
            """, List.of("programme.json:6:14: sessions[0].start: start (12:30) moet voor end (11:00) liggen")),
        Arguments.of("kind not plenary, workshop or break", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "welkom", "title": "Welkom",
                "kind": "worksop",
                "start": "10:00", "end": "10:05"
              } ]
            }
            """, List.of("programme.json:6:13: sessions[0].kind: \"worksop\" is geen geldige waarde voor kind; kies"
            + " uit \"plenary\", \"keynote\", \"panel\", \"workshop\", \"qa\", \"market\", \"break\"; bedoel je"
            + " \"workshop\"?")),
        Arguments.of("duration longer than its block", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "workshop-breda", "title": "Workshop Breda", "kind": "workshop", "start": "11:00", "end": "12:30",
                "durationMinutes": 120
              } ]
            }
            """, List.of("programme.json:6:24: sessions[0].durationMinutes: durationMinutes (120) is langer dan het blok"
            + " 11:00–12:30 (90 minuten)")),
        Arguments.of("duration not a positive integer", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "workshop-breda", "title": "Workshop Breda", "kind": "workshop", "start": "11:00", "end": "12:30",
                "durationMinutes": 0
              }, {
                "id": "workshop-zoetermeer", "title": "Workshop Zoetermeer", "kind": "workshop", "start": "11:00", "end": "12:30",
                "durationMinutes": 45.5
              } ]
            }
            """, List.of(
            "programme.json:6:24: sessions[0].durationMinutes: durationMinutes (0) moet een positief geheel aantal"
                + " minuten zijn, bijvoorbeeld 45",
            "programme.json:9:24: sessions[1].durationMinutes: durationMinutes (45.5) moet een positief geheel aantal"
                + " minuten zijn, bijvoorbeeld 45")),
        Arguments.of("unknown field with a suggestion", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "welkom", "title": "Welkom", "kind": "plenary", "end": "10:05",
                "strat": "10:00"
              } ]
            }
            """, List.of(
            "programme.json:4:17: sessions[0]: verplicht veld 'start' ontbreekt; voeg \"start\" toe",
            "programme.json:6:5: sessions[0].strat: onbekend veld 'strat'; bedoel je 'start'?")),
        Arguments.of("unknown field without a near match", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam", "location": "Utrecht" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": []
            }
            """, List.of("programme.json:2:62: event.location: onbekend veld 'location'; toegestaan zijn: title, series,"
            + " organiser, date, timezone, summary, venue")),
        Arguments.of("speaker reference that does not exist", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "welkom", "title": "Welkom", "kind": "plenary", "start": "10:00", "end": "10:05",
                "speakers": ["maartje-boss", "gertru-diender"]
              } ]
            }
            """, List.of(
            "programme.json:6:18: sessions[0].speakers[0]: spreker 'maartje-boss' bestaat niet in speakers; bedoel je"
                + " 'maartje-bos'?",
            "programme.json:6:34: sessions[0].speakers[1]: spreker 'gertru-diender' bestaat niet in speakers; voeg deze"
                + " spreker toe aan speakers of verbeter de id")),
        Arguments.of("topic session reference that does not exist", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [],
              "sessions": [ { "id": "workshop-breda", "title": "Breda", "kind": "workshop", "start": "11:00", "end": "12:30" } ],
              "topics": [ {
                "name": "De Vrije Uitloop",
                "sessions": ["workshop-bred"]
              } ]
            }
            """, List.of("programme.json:7:18: topics[0].sessions[0]: sessie 'workshop-bred' bestaat niet in sessions;"
            + " bedoel je 'workshop-breda'?")),
        Arguments.of("ids and topic names not unique", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [
                { "id": "maartje-bos", "name": "Maartje Bos" },
                { "id": "maartje-bos", "name": "Maartje Bos" }
              ],
              "sessions": [
                { "id": "lunch", "title": "Lunch", "kind": "break", "start": "12:30", "end": "13:00" },
                { "id": "lunch", "title": "Lunch", "kind": "break", "start": "12:30", "end": "13:00" }
              ],
              "topics": [ { "name": "P-wet" }, { "name": "P-wet" } ]
            }
            """, List.of(
            "programme.json:5:13: speakers[1].id: spreker-id 'maartje-bos' komt al voor in speakers[0]; geef elke"
                + " spreker een eigen id",
            "programme.json:9:13: sessions[1].id: sessie-id 'lunch' komt al voor in sessions[0]; geef elke sessie een"
                + " eigen id",
            "programme.json:11:46: topics[1].name: onderwerp 'P-wet' komt al voor in topics[0]; geef elk onderwerp een"
                + " eigen naam")),
        Arguments.of("duplicate key in one object", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
              "sessions": [ {
                "id": "welkom", "title": "Welkom", "kind": "plenary", "start": "10:00", "end": "10:05",
                "start": "10:00"
              } ]
            }
            """, List.of("programme.json:6:5: sessions[0].start: veld 'start' staat twee keer in hetzelfde object (eerst op"
            + " regel 5); laat er één staan")),
        Arguments.of("required fields missing or blank", """
            {
              "event": { "title": " ", "timezone": "Europe/Amsterdam" },
              "speakers": [ { "id": "maartje-bos" } ],
              "sessions": []
            }
            """, List.of(
            "programme.json:2:23: event.title: bevat alleen spaties of onzichtbare tekens; vul een tekst in",
            "programme.json:3:17: speakers[0]: verplicht veld 'name' ontbreekt; voeg \"name\" toe")),
        Arguments.of("top-level parts missing", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" }
            }
            """, List.of(
            "programme.json:1:1: verplicht veld 'speakers' ontbreekt; voeg \"speakers\" toe",
            "programme.json:1:1: verplicht veld 'sessions' ontbreekt; voeg \"sessions\" toe")),
        Arguments.of("wrong JSON types", """
            {
              "event": { "title": 12, "timezone": "Europe/Amsterdam" },
              "speakers": { "id": "maartje-bos", "name": "Maartje Bos" },
              "sessions": [ "welkom", {
                "id": "lunch", "title": "Lunch", "kind": "break", "start": "12:30", "end": "13:00",
                "aliases": "middageten",
                "summary": null
              } ]
            }
            """, List.of(
            "programme.json:2:23: event.title: verwacht tekst tussen dubbele aanhalingstekens, maar hier staat het"
                + " getal 12",
            "programme.json:3:15: speakers: verwacht een lijst [ ... ] met objecten, maar hier staat een object { ... }",
            "programme.json:4:17: sessions[0]: verwacht een object { ... }, maar hier staat tekst",
            "programme.json:6:16: sessions[1].aliases: verwacht een lijst [ ... ] met teksten, maar hier staat tekst",
            "programme.json:7:16: sessions[1].summary: verwacht tekst tussen dubbele aanhalingstekens, maar hier staat"
                + " null; laat het veld weg als er niets in hoeft")),
        Arguments.of("date and timezone invalid", """
            {
              "event": {
                "title": "Dag",
                "date": "2025-02-30",
                "timezone": "Europe/Amsterdan"
              },
              "speakers": [],
              "sessions": []
            }
            """, List.of(
            "programme.json:4:13: event.date: \"2025-02-30\" is geen geldige datum; schrijf jaar-maand-dag als"
                + " yyyy-MM-dd, bijvoorbeeld \"2025-03-14\", of null als de datum nog niet vaststaat",
            "programme.json:5:17: event.timezone: \"Europe/Amsterdan\" is geen geldige tijdzone; bedoel je"
                + " \"Europe/Amsterdam\"?")),
        Arguments.of("top level not an object", """
            [ { "title": "Dag" } ]
            """, List.of("programme.json:1:1: het programma moet één JSON-object zijn ({ ... } met event, speakers en"
            + " sessions), maar het bestand bevat een lijst [ ... ]")),
        Arguments.of("JSON syntax error with its position", """
            {
              "event": { "title": "Coöperatief", "timezone": "Europe/Amsterdam" },
              "speakers": [],
              "sessions": [],
            }
            """, List.of("programme.json:5:1: ongeldige JSON: onverwachte '}'; staat er een komma te veel voor?")),
        Arguments.of("JSON missing comma", """
            {
              "event": { "title": "Coöperatief", "timezone": "Europe/Amsterdam" }
              "speakers": [],
              "sessions": []
            }
            """, List.of("programme.json:3:3: ongeldige JSON: er ontbreekt een komma tussen twee velden; zet een komma"
            + " achter het vorige veld")),
        Arguments.of("JSON cut off", """
            {
              "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
              "speakers": [
            """, List.of("programme.json:4:1: het bestand houdt midden in de JSON op; controleer of elke { en [ ook"
            + " gesloten wordt met } en ]")),
        Arguments.of("empty file", "  \n", List.of(
            "programme.json: het bestand is leeg; zet er een programma in ({ \"event\": ..., \"speakers\": [...],"
                + " \"sessions\": [...] })")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  @DisplayName("rejects a broken file with located Dutch errors")
  void rejectsBrokenFile(String rule, String json, List<String> expected) {
    // given a small file that breaks one rule

    // when
    List<String> errors = errorsOf(json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(errors).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("reports several errors from all parts of the file together, in file order")
  void reportsAllErrorsAtOnce() {
    // given
    String json = """
        {
          "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
          "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos", "rol": "projectleider" } ],
          "sessions": [ {
            "id": "workshop-breda", "title": "Workshop Breda", "kind": "workshop",
            "start": "12:30",
            "end": "11:00",
            "speakers": ["maartje-boss"]
          } ],
          "topics": [ { "name": "De Vrije Uitloop", "sessions": ["workshop-bred"] } ]
        }
        """;

    // when
    List<String> errors = errorsOf(json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(errors).containsExactly(
        "programme.json:3:63: speakers[0].rol: onbekend veld 'rol'; bedoel je 'role'?",
        "programme.json:6:14: sessions[0].start: start (12:30) moet voor end (11:00) liggen",
        "programme.json:8:18: sessions[0].speakers[0]: spreker 'maartje-boss' bestaat niet in speakers; bedoel je"
            + " 'maartje-bos'?",
        "programme.json:10:58: topics[0].sessions[0]: sessie 'workshop-bred' bestaat niet in sessions; bedoel je"
            + " 'workshop-breda'?");
  }

  @Test
  @DisplayName("reports a file that is not UTF-8 at the first bad byte")
  void rejectsNonUtf8() {
    // given "Coöperatief" saved as Latin-1, as some editors on Windows do
    byte[] latin1 = "{\n  \"event\": { \"title\": \"Coöperatief\" }\n}".getBytes(StandardCharsets.ISO_8859_1);

    // when
    List<String> errors = errorsOf(latin1);

    // then
    assertThat(errors).containsExactly(
        "programme.json:2:26: het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8");
  }

  @Test
  @DisplayName("reports a missing file as an error, not an exception")
  void rejectsMissingFile(@TempDir Path dir) {
    // given
    Path missing = dir.resolve("programme.json");

    // when
    ProgrammeRejectedException rejected =
        catchThrowableOfType(ProgrammeRejectedException.class, () -> loader.load(missing));

    // then
    assertThat(rejected.errors()).extracting(ValidationError::format).containsExactly(
        missing + ": het bestand bestaat niet; controleer het pad of zet programme.json op deze plek");
  }

  @Test
  @DisplayName("reports a directory given as the programme file")
  void rejectsDirectory(@TempDir Path dir) {
    // given a directory where a file is expected

    // when
    ProgrammeRejectedException rejected =
        catchThrowableOfType(ProgrammeRejectedException.class, () -> loader.load(dir));

    // then
    assertThat(rejected.errors()).extracting(ValidationError::format).containsExactly(
        dir + ": dit is een map, geen bestand; wijs het programmabestand zelf aan");
  }

  @Test
  @DisplayName("loads a file from disk and names it in errors as given")
  void loadsFromDisk(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("programme.json");
    Files.writeString(file, """
        {
          "event": { "title": "Dag", "timezone": "Mars/Olympus" },
          "speakers": [],
          "sessions": []
        }
        """);

    // when
    ProgrammeRejectedException rejected =
        catchThrowableOfType(ProgrammeRejectedException.class, () -> loader.load(file));

    // then
    assertThat(rejected.getMessage()).isEqualTo(file + ":2:42: event.timezone: \"Mars/Olympus\" is geen geldige"
        + " tijdzone; schrijf een tijdzone zoals \"Europe/Amsterdam\"");
  }

  private Programme parse(String json) throws ProgrammeRejectedException {
    return loader.parse("programme.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> errorsOf(byte[] content) {
    ProgrammeRejectedException rejected =
        catchThrowableOfType(ProgrammeRejectedException.class, () -> loader.parse("programme.json", content));
    assertThat(rejected).as("the file should be rejected").isNotNull();
    return rejected.errors().stream().map(ValidationError::format).toList();
  }
}
