package nl.dagwijzer.programme;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of programme item organisers can write in {@code kind}. */
public enum SessionKind {
  PLENARY, WORKSHOP, BREAK;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SessionKind> fromJson(String value) {
    for (SessionKind kind : values()) {
      if (kind.jsonName().equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
