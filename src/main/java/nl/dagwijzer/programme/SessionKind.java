package nl.dagwijzer.programme;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of programme item organisers can write in {@code kind}. {@code QA} is a question round, {@code MARKET}
 * an information market with stands; a borrel is a {@code BREAK} like coffee and lunch.
 */
public enum SessionKind {
  PLENARY, KEYNOTE, PANEL, WORKSHOP, QA, MARKET, BREAK;

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
