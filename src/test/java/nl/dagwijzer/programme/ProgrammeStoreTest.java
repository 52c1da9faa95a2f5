package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ProgrammeStore")
final class ProgrammeStoreTest {
  private static final String MORNING = """
      {
        "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
        "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
        "sessions": [ { "id": "welkom", "title": "Welkom", "kind": "plenary", "start": "10:00", "end": "10:05",
                        "speakers": ["maartje-bos"] } ]
      }
      """;
  private static final String MOVED_AND_LUNCH = """
      {
        "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
        "speakers": [ { "id": "maartje-bos", "name": "Maartje Bos" } ],
        "sessions": [
          { "id": "welkom", "title": "Welkom", "kind": "plenary", "start": "10:15", "end": "10:20",
            "speakers": ["maartje-bos"] },
          { "id": "lunch", "title": "Lunch", "kind": "break", "start": "12:30", "end": "13:00" }
        ]
      }
      """;
  private static final String BROKEN = """
      {
        "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
        "speakers": [],
        "sessions": [ { "id": "welkom", "title": "Welkom", "kind": "plenary", "start": "25:00", "end": "10:05" } ]
      }
      """;

  @TempDir
  Path dir;
  private Path file;
  private ProgrammeStore store;
  private final List<Programme> notified = new CopyOnWriteArrayList<>();

  @BeforeEach
  void openStore() throws Exception {
    file = dir.resolve("programme.json");
    Files.writeString(file, MORNING);
    store = ProgrammeStore.open(file, new ProgrammeLoader());
    store.onChange(notified::add);
  }

  @Test
  @DisplayName("reload of a good file swaps the programme, reports the changes and notifies listeners")
  void reloadGoodFile() throws Exception {
    // given
    Programme before = store.current();
    Files.writeString(file, MOVED_AND_LUNCH);

    // when
    ProgrammeStore.Reload reload = store.reload();

    // then
    assertThat(store.current()).isSameAs(reload.after()).isNotSameAs(before);
    assertThat(reload.before()).isSameAs(before);
    assertThat(store.current().sessions()).extracting(Session::id).containsExactly("welkom", "lunch");
    assertThat(reload.changes().added()).extracting(Session::id).containsExactly("lunch");
    assertThat(reload.changes().moved()).extracting(m -> m.after().id()).containsExactly("welkom");
    assertThat(notified).containsExactly(reload.after());
  }

  @Test
  @DisplayName("reload of a broken file throws every error and keeps the running programme")
  void reloadBrokenFile() throws Exception {
    // given
    Programme before = store.current();
    Files.writeString(file, BROKEN);

    // when
    ProgrammeRejectedException rejected = catchThrowableOfType(ProgrammeRejectedException.class, store::reload);

    // then
    assertThat(rejected.getMessage()).isEqualTo(file + ":4:82: sessions[0].start: \"25:00\" is geen geldige tijd;"
        + " schrijf uren en minuten als HH:mm, bijvoorbeeld \"09:30\"");
    assertThat(store.current()).isSameAs(before);
    assertThat(notified).isEmpty();
  }

  @Test
  @DisplayName("replace with a valid upload writes the file and keeps the old one as .bak")
  void replaceValidUpload() throws Exception {
    // given
    byte[] upload = MOVED_AND_LUNCH.getBytes(StandardCharsets.UTF_8);

    // when
    ProgrammeStore.Reload reload = store.replace(upload);

    // then
    assertThat(Files.readString(file)).isEqualTo(MOVED_AND_LUNCH);
    assertThat(Files.readString(dir.resolve("programme.json.bak"))).isEqualTo(MORNING);
    assertThat(store.current()).isSameAs(reload.after());
    assertThat(store.current().session("lunch")).isPresent();
    assertThat(notified).containsExactly(reload.after());
    assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  @DisplayName("replace with a broken upload leaves file and programme untouched")
  void replaceBrokenUpload() throws Exception {
    // given
    Programme before = store.current();

    // when
    ProgrammeRejectedException rejected = catchThrowableOfType(ProgrammeRejectedException.class,
        () -> store.replace(BROKEN.getBytes(StandardCharsets.UTF_8)));

    // then the upload is judged under the file's own name, as the organiser knows it
    assertThat(rejected.errors()).extracting(ValidationError::format).containsExactly(
        "programme.json:4:82: sessions[0].start: \"25:00\" is geen geldige tijd; schrijf uren en minuten als HH:mm,"
            + " bijvoorbeeld \"09:30\"");
    assertThat(Files.readString(file)).isEqualTo(MORNING);
    assertThat(dir.resolve("programme.json.bak")).doesNotExist();
    assertThat(store.current()).isSameAs(before);
    assertThat(notified).isEmpty();
  }
}
