package nl.dagwijzer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file a command writes ({@code import --out}, {@code ics --out}): whole or not at all. */
final class OutputFile {
  private OutputFile() {
  }

  /**
   * Writes {@code text} to a temporary file beside {@code target}, then moves it over {@code target}, so a failed
   * write never leaves half a file; the temporary file is removed when anything fails.
   */
  static void write(Path target, String text, String prefix, String suffix) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), prefix, suffix);
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // The caller reports the write as failed; a stray temporary file is all that can be left.
      }
      throw e;
    }
  }
}
