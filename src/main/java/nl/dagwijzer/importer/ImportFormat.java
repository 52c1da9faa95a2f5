package nl.dagwijzer.importer;

import java.util.Locale;
import java.util.Optional;

/** The kinds of source the importer reads. */
public enum ImportFormat {
  TEXT("tekst"), HTML("HTML-pagina"), FRAB("frab/pretalx-schema"), ICS("iCalendar");

  private final String dutch;

  ImportFormat(String dutch) {
    this.dutch = dutch;
  }

  /** How the report names the format. */
  public String dutch() {
    return dutch;
  }

  /** The value of {@code --format}: text, html, frab or ics. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ImportFormat> fromOption(String value) {
    for (ImportFormat format : values()) {
      if (format.optionName().equalsIgnoreCase(value.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
