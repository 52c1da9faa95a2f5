package nl.dagwijzer.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session given more than once under one title ("Wandeling door de wijngaard" at 10:30, 13:00 and 15:30) is often
 * written with its other names only the first time: a repeat without aliases of its own goes by the same names, so
 * "de rondleiding door de wijnstokken van 's middags" finds the afternoon walks too. A repeat with its own aliases
 * ("middagblok") keeps them.
 */
final class SharedAliases {
  private SharedAliases() {
  }

  static List<Session> shared(List<Session> sessions) {
    Map<String, List<String>> byTitle = new HashMap<>();
    sessions.stream().filter(s -> !s.aliases().isEmpty()).forEach(s -> byTitle.putIfAbsent(s.title(), s.aliases()));
    return sessions.stream().map(s -> !s.aliases().isEmpty() || !byTitle.containsKey(s.title()) ? s
        : new Session(s.id(), s.title(), s.kind(), s.start(), s.end(), s.durationMinutes(), s.speakerIds(),
            s.speakerRoles(), s.room(), s.summary(), s.details(), byTitle.get(s.title()))).toList();
  }
}
