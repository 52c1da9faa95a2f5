package nl.dagwijzer.nlu;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Programme;

/**
 * "wat is er op het kerkplein?", "wat is er aan de molenweg?": a street or square a room's name has anywhere
 * ("Muziektent Kerkplein", "Voorstraat en Kerkplein", "Feestweide aan de Molenweg") names every room on it, when
 * two rooms or more are on it.
 */
final class StreetWords {
  /** The last parts of Dutch street and square names, also for {@link ProgrammeNames}' streets with a number. */
  static final String ENDINGS = "straat|weg|laan|plein|hof|kade|singel|dreef|gracht|pad|steeg|dijk";
  private static final Pattern STREET = Pattern.compile("\\p{L}{3,}(" + ENDINGS + ")");

  private StreetWords() {
  }

  /** Adds to {@code names} each street word no name but a room's has, as a name of every room that has it. */
  static void add(Programme programme, TextNormaliser normaliser, List<Gazetteer.Entry> names) {
    for (Map.Entry<String, Set<String>> street : of(programme, normaliser, names).entrySet()) {
      for (String room : street.getValue()) {
        ProgrammeNames.add(names, EntityType.ROOM, room, List.of(street.getKey()));
      }
    }
  }

  private static Map<String, Set<String>> of(Programme programme, TextNormaliser normaliser,
                                            List<Gazetteer.Entry> names) {
    Set<List<String>> taken = new java.util.HashSet<>();
    for (Gazetteer.Entry entry : names) {
      if (entry.type() != EntityType.ROOM) {
        taken.add(entry.tokens());
      }
    }
    // plain loops: this runs on every start, where each lambda spun is allocation a cold `ask` pays for
    Map<String, Set<String>> rooms = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (nl.dagwijzer.programme.Session session : programme.sessions()) {
      String room = session.room().orElse(null);
      if (room == null || !seen.add(room)) {
        continue;
      }
      for (String token : normaliser.tokens(room)) {
        if (STREET.matcher(token).matches() && !taken.contains(List.of(token))) {
          Set<String> on = rooms.get(token);
          if (on == null) {
            on = new LinkedHashSet<>();
            rooms.put(token, on);
          }
          on.add(room);
        }
      }
    }
    // one room's own street is named by its location or a description already ("door de kerkstraat" of a parade)
    Map<String, Set<String>> shared = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> street : rooms.entrySet()) {
      if (street.getValue().size() >= 2) {
        shared.put(street.getKey(), street.getValue());
      }
    }
    return shared;
  }
}
