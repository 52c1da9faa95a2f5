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
  private static final Pattern STREET = Pattern.compile("\\p{L}{3,}(straat|weg|laan|plein|kade|singel|dreef|gracht"
      + "|steeg|dijk)");

  private StreetWords() {
  }

  /** Each street word no name but a room's has ({@code names}), with the rooms that have it. */
  static Map<String, Set<String>> of(Programme programme, TextNormaliser normaliser, List<Gazetteer.Entry> names) {
    Set<List<String>> taken = new java.util.HashSet<>();
    names.stream().filter(e -> e.type() != EntityType.ROOM).forEach(e -> taken.add(e.tokens()));
    Map<String, Set<String>> rooms = new LinkedHashMap<>();
    programme.sessions().stream().flatMap(s -> s.room().stream()).distinct().forEach(room -> {
      for (String token : normaliser.tokens(room)) {
        if (STREET.matcher(token).matches() && !taken.contains(List.of(token))) {
          rooms.computeIfAbsent(token, k -> new LinkedHashSet<>()).add(room);
        }
      }
    });
    // one room's own street is named by its location or a description already ("door de kerkstraat" of a parade)
    rooms.values().removeIf(named -> named.size() < 2);
    return rooms;
  }
}
