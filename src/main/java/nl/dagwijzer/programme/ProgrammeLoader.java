package nl.dagwijzer.programme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.LocatedJson.Pos;
import nl.dagwijzer.programme.LocatedJson.Problem;
import nl.dagwijzer.programme.LocatedJson.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and validates programme files. Every load checks everything and reports every error with file, line,
 * column and field path; nothing is returned unless the whole file is valid.
 */
public final class ProgrammeLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ProgrammeLoader.class);
  private static final Comparator<ValidationError> FILE_ORDER =
      Comparator.comparingInt(ValidationError::line).thenComparingInt(ValidationError::column);

  /**
   * The largest programme file accepted on any path (start, {@code check}, reload): a real day fits in a few hundred
   * kilobytes, and a larger file would only cost memory and time before it is rejected anyway.
   */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Reads {@code file}; a missing, unreadable or too large file is reported as a {@link ValidationError} too. */
  public Programme load(Path file) throws ProgrammeRejectedException {
    String name = file.toString();
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw reject(name, "does not exist", "het bestand bestaat niet; controleer het pad of zet programme.json op deze plek");
    } catch (AccessDeniedException e) {
      throw reject(name, "access denied", "het bestand mag niet gelezen worden; geef de bot leesrechten op dit bestand");
    } catch (IOException | SecurityException e) {
      LOG.warn("Cannot read programme file {}: {}", file, e.toString());
      String why = Files.isDirectory(file) ? "dit is een map, geen bestand; wijs het programmabestand zelf aan"
          : "het bestand kan niet gelezen worden; controleer of het bestaat en leesbaar is";
      throw reject(name, "unreadable", why);
    }
    return parse(name, content);
  }

  /** Validates {@code content} as if it were the file {@code fileName} (used for uploads before they are saved). */
  public Programme parse(String fileName, byte[] content) throws ProgrammeRejectedException {
    if (content.length > MAX_BYTES) {
      throw reject(fileName, "too large", "het bestand is groter dan " + MAX_BYTES / (1024 * 1024)
          + " MB; een programma past ruim in minder: controleer of dit het goede bestand is");
    }
    List<ValidationError> errors = new ArrayList<>();
    Optional<String> text = decode(fileName, content, errors);
    if (text.isEmpty()) {
      throw new ProgrammeRejectedException(errors);
    }
    if (text.get().isBlank()) {
      throw reject(fileName, "empty", "het bestand is leeg; zet er een programma in ({ \"event\": ..., \"speakers\": [...],"
          + " \"sessions\": [...] })");
    }
    Result json;
    try {
      json = LocatedJson.read(text.get());
    } catch (RuntimeException e) {
      // Only a defect in the tree building gets here; the organiser still gets an error, never a stack trace.
      LOG.error("Unexpected failure while reading programme file {}", fileName, e);
      throw reject(fileName, "internal error", "het bestand kon niet verwerkt worden; meld dit aan de beheerder");
    }
    for (Problem problem : json.problems()) {
      errors.add(new ValidationError(fileName, problem.pos().line(), problem.pos().column(), problem.path(),
          problem.message()));
    }
    Optional<Programme> programme = Optional.empty();
    if (json.root() != null) {
      ProgrammeValidator validator = new ProgrammeValidator(fileName);
      programme = validator.validate(json.root());
      errors.addAll(validator.errors());
    }
    if (!errors.isEmpty() || programme.isEmpty()) {
      errors.sort(FILE_ORDER);
      LOG.info("Programme file {} rejected with {} error(s)", fileName, errors.size());
      throw new ProgrammeRejectedException(errors);
    }
    return programme.get();
  }

  /**
   * Strict UTF-8, so that a file saved in another encoding is reported at the first bad byte instead of turning into
   * garbled names. Decoding here (not in Jackson) also makes columns count characters, as editors do, not bytes.
   */
  private static Optional<String> decode(String fileName, byte[] content, List<ValidationError> errors) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      Pos pos = positionAfter(out.flip().toString());
      errors.add(new ValidationError(fileName, pos.line(), pos.column(), "",
          "het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8"));
      return Optional.empty();
    }
    String text = out.flip().toString();
    // Editors hide a byte order mark, so it must not shift the columns of line 1.
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static Pos positionAfter(String prefix) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Pos(line, prefix.length() - lineStart + 1);
  }

  private static ProgrammeRejectedException reject(String fileName, String reason, String message) {
    LOG.info("Programme file {} rejected: {}", fileName, reason);
    return new ProgrammeRejectedException(List.of(new ValidationError(fileName, 0, 0, "", message)));
  }
}
