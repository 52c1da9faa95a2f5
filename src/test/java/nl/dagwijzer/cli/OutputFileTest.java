package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A file a command writes")
final class OutputFileTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("replaces the file whole and leaves no temporary file beside it")
  void replacesWhole() throws IOException {
    // given an existing file
    Path target = Files.writeString(dir.resolve("programme.json"), "oud");
    // when
    OutputFile.write(target, "nieuw", ".import-", ".json");
    // then
    assertThat(Files.readString(target)).isEqualTo("nieuw");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("programme.json");
    }
  }

  @Test
  @DisplayName("fails with the I/O error when the target is a folder, and removes its temporary file")
  void failsWithoutLeftovers() throws IOException {
    // given a folder, not empty, where the file should go
    Path target = Files.createDirectory(dir.resolve("agenda.ics"));
    Files.writeString(target.resolve("iets"), "x");
    // when / then
    assertThatThrownBy(() -> OutputFile.write(target, "BEGIN:VCALENDAR", ".agenda-", ".ics"))
        .isInstanceOf(IOException.class);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("agenda.ics");
    }
  }
}
