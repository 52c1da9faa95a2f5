package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Session;

/**
 * "wat is er buiten?", "is de dansclinic buiten?": whether a session is outdoors, by its room's name ("Buitenveld",
 * "Plein voor de hoofdingang", "de tuin"), the only place a programme says so.
 */
final class Outdoors {
  private static final List<String> OUTDOOR = List.of("buiten", "veld", "plein", "tuin", "park", "terras", "weide",
      "erf", "strand", "steiger", "parkeerplaats");

  private Outdoors() {
  }

  static boolean outdoor(Session session) {
    return session.room().map(r -> r.toLowerCase(Locale.ROOT))
        .filter(room -> OUTDOOR.stream().anyMatch(room::contains)).isPresent();
  }

  /** The sessions outdoors ({@code outside}) or with a room indoors. */
  static List<Session> filter(List<Session> sessions, boolean outside) {
    return sessions.stream().filter(s -> outside ? outdoor(s) : s.room().isPresent() && !outdoor(s)).toList();
  }
}
