package nl.dagwijzer.programme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rooms one room field names: a session in subgroups may be "in Zaal Rijn, Zaal IJssel en Zaal Waal", and then
 * "wat is er in Zaal IJssel?" is about it. Only a list of rooms of one kind (each "Zaal ...") is split; "Kantine,
 * Eemwerk" is one room at a place.
 */
public final class RoomParts {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*,\\s*|\\s+en\\s+|\\s*&\\s*");

  private RoomParts() {
  }

  /** Whether a room has {@code place} among its words: "Podium Havenplein" names "Havenplein". */
  public static java.util.function.Predicate<String> naming(String place) {
    Pattern words = Pattern.compile("(^|[\\s,(])" + Pattern.quote(place.toLowerCase(Locale.ROOT)) + "($|[\\s,)])");
    return room -> words.matcher(room.toLowerCase(Locale.ROOT)).find();
  }

  /** The separate rooms of {@code room}, or just {@code room}. */
  public static List<String> of(String room) {
    List<String> parts = List.of(SEPARATORS.split(room.strip()));
    if (parts.size() < 2 || parts.stream().anyMatch(p -> !p.contains(" "))) {
      return List.of(room);
    }
    String kind = firstWord(parts.get(0));
    return parts.stream().allMatch(p -> firstWord(p).equals(kind)) ? parts : List.of(room);
  }

  /**
   * The building of a room at a place, "Eemwerk" for "Kantine, Eemwerk" or "Voedselbank Almelo" for "Voedselbank
   * Almelo – kantine", with its bare noun where it has one ("buurthuis" for "buurthuis De Kruisboog"): on a day at
   * several places "bij Eemwerk" or "in het stadhuis" is every room there. Empty for a plain room or a list of rooms.
   */
  public static List<String> location(String room) {
    Optional<String> building = building(room);
    if (building.isPresent() && room.indexOf(',') < 0) {
      return List.of(building.get());
    }
    int comma = room.indexOf(',');
    if (comma < 0 && of(room).size() == 1) {
      return beside(room);
    }
    if (comma <= 0 || of(room).size() > 1) {
      return List.of();
    }
    String place = room.substring(comma + 1).strip();
    if (place.isEmpty()) {
      return List.of();
    }
    String[] words = place.split("\\s+");
    boolean noun = words.length > 1 && Character.isLowerCase(words[0].charAt(0))
        && Character.isUpperCase(words[1].charAt(0));
    return noun ? List.of(place, words[0]) : List.of(place);
  }

  /**
   * The town at the end of a room with a street, "Zuidhorn" of "Korenmolen De Hoop, Molenweg 12, Zuidhorn": on a day
   * in several villages "wat is er in Zuidhorn?" is every room there. Empty without a street before it.
   */
  public static Optional<String> town(String room) {
    String[] parts = room.split(",");
    if (parts.length < 3 || of(room).size() > 1) {
      return Optional.empty();
    }
    String town = parts[parts.length - 1].strip();
    boolean street = parts[parts.length - 2].strip().matches(".*\\p{L}\\s+\\d+\\w?");
    return street && !town.isEmpty() && Character.isUpperCase(town.charAt(0))
        && town.chars().noneMatch(Character::isDigit) ? Optional.of(town) : Optional.empty();
  }

  /** The building written before a room, "Voedselbank Almelo" for "Voedselbank Almelo – kantine". */
  public static Optional<String> building(String room) {
    java.util.regex.Matcher dash = DASH.matcher(room);
    return dash.find() && dash.start() > 0 ? Optional.of(room.substring(0, dash.start()).strip()) : Optional.empty();
  }

  /** Words that place a room by what is near it: "Knuffelweide naast de stal", "Erf bij de hooiberg". */
  private static final java.util.Set<String> BESIDE = java.util.Set.of("naast", "bij", "achter", "tegenover",
      "voor", "onder", "boven");

  /** "Knuffelweide" of "Knuffelweide naast de stal": the one named place before where it lies, if any. */
  private static List<String> beside(String room) {
    String[] words = room.strip().split("\\s+");
    return words.length >= 3 && BESIDE.contains(words[1].toLowerCase(Locale.ROOT))
        && Character.isUpperCase(words[0].charAt(0)) && words[0].length() >= 3 ? List.of(words[0]) : List.of();
  }

  /** "Stadhuis – Commissiekamer": the building, a dash with spaces, the room in it. */
  private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");

  private static String firstWord(String part) {
    return part.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
  }
}
