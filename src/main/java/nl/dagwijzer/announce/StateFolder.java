package nl.dagwijzer.announce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The folder where the bot keeps what must survive a restart (scheduled announcements, reminders sent), as JSON
 * files. Every write is atomic: the content goes to a temporary file in the same folder, which is then moved over
 * the old file with {@code ATOMIC_MOVE}, so a crash leaves either the old or the new file, never half of one.
 */
public final class StateFolder {
  private final Path dir;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public StateFolder(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public <T> Optional<T> read(String name, Class<T> type) {
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(file.toFile(), type));
    } catch (IOException e) {
      throw new UncheckedIOException("Kan " + file + " niet lezen: " + e.getMessage(), e);
    }
  }

  public void write(String name, Object value) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, name, ".tmp");
      try {
        json.writeValue(temp.toFile(), value);
        Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kan " + dir.resolve(name) + " niet schrijven: " + e.getMessage(), e);
    }
  }
}
