package nl.dagwijzer.programme;

import java.nio.file.Path;

/**
 * Reads and validates programme files. Every load checks everything and reports every error with file, line,
 * column and field path; nothing is returned unless the whole file is valid.
 */
public final class ProgrammeLoader {

  /** Reads {@code file}; a missing or unreadable file is reported as a {@link ValidationError} too. */
  public Programme load(Path file) throws ProgrammeRejectedException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Validates {@code content} as if it were the file {@code fileName} (used for uploads before they are saved). */
  public Programme parse(String fileName, byte[] content) throws ProgrammeRejectedException {
    throw new UnsupportedOperationException("TODO");
  }
}
