package nl.dagwijzer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the organiser's file as text, within a size limit, refusing what is not text. UTF-8 first; a file that is
 * not valid UTF-8 but is plain text is read as Windows-1252, the other encoding Dutch office software saves in.
 */
final class SourceFile {
  /** Far above any day's programme (the seed is 7 kB; a saved web page with its scripts a few hundred kB). */
  static final int MAX_BYTES = 2 * 1024 * 1024;
  private static final double MAX_CONTROL_SHARE = 0.01;

  private SourceFile() {
  }

  static String read(Path file, ImportReport report) throws ImportException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new ImportException("het bestand bestaat niet; controleer de naam en de map");
    } catch (AccessDeniedException e) {
      throw new ImportException("het bestand mag niet gelezen worden; controleer de rechten");
    } catch (IOException e) {
      throw new ImportException(Files.isDirectory(file) ? "dit is een map, geen bestand; geef het programmabestand zelf"
          : "het bestand kan niet gelezen worden (" + e.getClass().getSimpleName() + ")");
    }
    return decode(bytes, report);
  }

  static String decode(byte[] bytes, ImportReport report) throws ImportException {
    if (bytes.length > MAX_BYTES) {
      throw new ImportException("het bestand is groter dan " + MAX_BYTES / (1024 * 1024) + " MB; een programma van"
          + " één dag is veel kleiner. Geef alleen het programma (de tekst, de pagina of de export van die dag)");
    }
    if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      throw new ImportException("het bestand is leeg; zet de programmatekst erin");
    }
    String text;
    try {
      text = strict(StandardCharsets.UTF_8, bytes);
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
      if (!binary(text)) {
        report.guessed(0, "het bestand is geen UTF-8; gelezen als Windows-1252 (controleer letters als ë en é)");
      }
    }
    if (binary(text)) {
      throw new ImportException("dit is geen tekstbestand maar binaire gegevens (bijvoorbeeld een PDF, Word-bestand"
          + " of afbeelding); sla het programma op als tekst (.txt), webpagina (.html), schedule.json of .ics");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static boolean binary(String text) {
    long control = text.chars().filter(c -> c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        .count();
    return text.indexOf('\0') >= 0 || control > text.length() * MAX_CONTROL_SHARE;
  }
}
