package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.RoomParts;

/**
 * The names a question can use for a programme's rooms: as written, each room of a list ("Zaal Rijn, Zaal IJssel"),
 * the room of a building without it ("muziekstudio" of "Jongerencentrum De Loods – muziekstudio"),
 * without a note in brackets, without the place after a comma, without "zaal" or an article, without a lower-case
 * word that only says where it is ("Informatiestand hoofdingang"), a compound room typed as two words
 * ("mondriaan zaal"), the numbered or lettered end of a longer name ("veld C" of "Sportveld veld C") and a numbered
 * compound by its last noun ("zaal 1" of "Zittingszaal 1").
 */
final class RoomNames {
  private RoomNames() {
  }

  /** {@code described}: the words of the sessions' descriptions ({@link ProgrammeWords#ofDescriptions}). */
  static void add(Programme programme, TextNormaliser normaliser, Set<String> ordinaryWords,
                  Set<String> described, List<Gazetteer.Entry> names) {
    List<String> rooms = programme.sessions().stream().flatMap(s -> s.room().stream())
        .flatMap(room -> RoomParts.of(room).size() > 1 ? Stream.concat(Stream.of(room), RoomParts.of(room).stream())
            : Stream.of(room))
        .distinct().toList();
    rooms.forEach(room -> forms(room, normaliser).forEach(tokens ->
        ProgrammeNames.add(names, EntityType.ROOM, room, tokens)));
    // a room in a building ("Voedselbank Almelo – kantine") is named by the building's noun, for all its rooms
    List<String> places = rooms.stream().map(room -> RoomParts.building(room).orElse(room)).distinct().toList();
    // "bij de Hoop" for "Korenmolen De Hoop, Molenweg 12": the proper name alone
    rooms.forEach(room -> head(room, normaliser).map(head -> properName(room, normaliser))
        // (a name with its article: "Kerk" of "Grote Kerk" or "Teams" of "Microsoft Teams" names no room of its own)
        .filter(name -> name.size() >= 2 && NAME_STARTS.contains(name.get(0)) && name.stream().skip(1).noneMatch(w ->
            ordinaryWords.contains(w) || Gazetteer.ROOM_WORDS.contains(w) || CommonWords.WORDS.contains(w)
            || STREET.matcher(w).matches()))
        .ifPresent(name -> ProgrammeNames.add(names, EntityType.ROOM, room, name)));
    places.forEach(place -> head(place, normaliser).filter(head -> places.stream()
            .filter(other -> head(other, normaliser).filter(head::equals).isPresent()).count() == 1)
        .ifPresent(head -> ProgrammeNames.add(names, EntityType.ROOM, place, List.of(head))));
    tails(rooms, described, normaliser)
        .forEach((tail, room) -> ProgrammeNames.add(names, EntityType.ROOM, room, List.of(tail)));
  }

  /** The shortest last part of a one-word room that names it, and the shortest part before it. */
  private static final int TAIL = 5;
  private static final int FRONT = 4;
  /**
   * Nouns for a kind of place, which name a room ("Kampvuurpodium") even when no description uses them alone; not
   * those a question asks with ("in welke zaal?") or says in compounds of its own ("speeltuin", "kindertent").
   */
  private static final Set<String> PLACES = Set.of("podium", "keuken", "schuur", "zolder", "weide", "atelier",
      "kelder", "kantine", "foyer", "terras", "loods", "kapel", "werkplaats", "serre", "paviljoen");

  /**
   * "op het podium" for "Kampvuurpodium (Hal 2)": a one-word room by the last part of its compound, when that part
   * is a kind of place or the descriptions use it as a word of its own, and no other room of the day ends in it.
   */
  private static java.util.Map<String, String> tails(List<String> rooms, Set<String> words,
      TextNormaliser normaliser) {
    java.util.Map<String, Set<String>> byTail = new java.util.HashMap<>();
    java.util.Map<String, List<String>> tokensOf = new java.util.HashMap<>();
    rooms.forEach(room -> tokensOf.put(room, normaliser.tokens(room)));
    for (String room : rooms) {
      List<String> tokens = normaliser.tokens(room.indexOf('(') > 0 ? room.substring(0, room.indexOf('(')) : room);
      String word = tokens.size() == 1 ? tokens.get(0) : "";
      for (int cut = FRONT; cut <= word.length() - TAIL; cut++) {
        String tail = word.substring(cut);
        if (words.contains(tail) || PLACES.contains(tail)) {
          byTail.computeIfAbsent(word.substring(cut), k -> new java.util.HashSet<>()).add(room);
          break;
        }
      }
    }
    java.util.Map<String, String> named = new java.util.HashMap<>();
    byTail.forEach((tail, holders) -> {
      String room = holders.iterator().next();
      // (not when another room has the part too, at the end of a word of its name or as a word: "Kinderplein" and
      // "Knutseltafel Kinderplein", "Podium")
      if (holders.size() == 1 && rooms.stream().filter(r -> !r.equals(room))
          .noneMatch(r -> tokensOf.get(r).stream().anyMatch(t -> t.endsWith(tail)))) {
        named.put(tail, room);
      }
    });
    return named;
  }

  /**
   * "in de moskee" for "Moskee Al Houda", "in het zorgcentrum" for "Zorgcentrum De Lindehof": the noun before a
   * proper name is how people say where; only when no other room or building of the day starts with it.
   */
  private static java.util.Optional<String> head(String room, TextNormaliser normaliser) {
    String name = room.indexOf(',') > 0 ? room.substring(0, room.indexOf(',')) : room; // "..., Hollandstraat 40"
    String[] written = name.strip().split("\\s+");
    List<String> tokens = normaliser.tokens(name);
    if (written.length < 2 || tokens.size() != written.length || tokens.get(0).length() < 5
        || !Character.isUpperCase(written[0].charAt(0)) || !Character.isUpperCase(written[1].charAt(0))
        && !NAME_STARTS.contains(written[1])
        || Gazetteer.ROOM_WORDS.stream().anyMatch(w -> Compounds.endsIn(tokens.get(tokens.size() - 1), w)
            || tokens.get(0).equals(w))
        || tokens.stream().anyMatch(t -> t.chars().anyMatch(Character::isDigit))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(tokens.get(0));
  }

  /** The name after a room's noun: "de hoop" of "Korenmolen De Hoop, Molenweg 12, Zuidhorn". */
  private static List<String> properName(String room, TextNormaliser normaliser) {
    List<String> tokens = normaliser.tokens(room.indexOf(',') > 0 ? room.substring(0, room.indexOf(',')) : room);
    return tokens.subList(1, tokens.size());
  }

  /** A street, which names where several rooms are ("Podium IJsselkade", "Start IJsselkade"), not one of them. */
  private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
      "\\p{L}+(straat|weg|kade|plein|laan|dijk|gracht|singel|markt|park)");

  /** Lower-case starts of a proper name: "Buurthuis de Schakel". */
  private static final Set<String> NAME_STARTS = Set.of("de", "het", "'t");

  private static List<List<String>> forms(String room, TextNormaliser normaliser) {
    List<List<String>> forms = new ArrayList<>();
    List<String> tokens = normaliser.tokens(room);
    forms.add(tokens);
    int bracket = room.indexOf('(');
    if (bracket > 0) {
      forms.add(normaliser.tokens(room.substring(0, bracket))); // "Tribunezaal (1e verdieping)"
    }
    RoomParts.building(room).ifPresent(building -> forms.add(normaliser.tokens(
        room.substring(room.indexOf(building) + building.length()).replaceFirst("^\\s*[–—-]\\s*", ""))));
    int comma = room.indexOf(',');
    if (comma > 0 && RoomParts.of(room).size() == 1) {
      forms.add(normaliser.tokens(room.substring(0, comma))); // "Leslokaal, Eemwerk"
    }
    if (tokens.size() > 1 && (ProgrammeNames.ARTICLES.contains(tokens.get(0))
        || Gazetteer.ROOM_WORDS.contains(tokens.get(0))
        && tokens.subList(1, tokens.size()).stream().anyMatch(t -> t.chars().anyMatch(Character::isLetter)))) {
      forms.add(tokens.subList(1, tokens.size())); // "D2.16" for "Lokaal D2.16"
    }
    int n = tokens.size();
    if (n >= 3 && SeriesNames.isMember(tokens.get(n - 1)) && tokens.get(n - 2).length() >= 3
        && tokens.get(n - 2).chars().allMatch(Character::isLetter)) {
      forms.add(tokens.subList(n - 2, n)); // "veld C" for "Sportveld veld C"
    }
    String[] written = room.strip().split("\\s+");
    if (tokens.size() == 2 && written.length == 2 && Character.isLowerCase(written[1].charAt(0))
        && tokens.get(0).length() >= 6) {
      forms.add(tokens.subList(0, 1)); // "de informatiestand" for "Informatiestand hoofdingang"
    }
    String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    for (String noun : Gazetteer.ROOM_WORDS) {
      if (n == 2 && SeriesNames.isMember(last) && !tokens.get(0).equals(noun)
          && Compounds.endsIn(tokens.get(0), noun)) {
        forms.add(List.of(noun, last)); // "zaal 1" for "Zittingszaal 1"
      }
      if (Compounds.endsIn(last, noun)) {
        // "Mondriaanzaal" typed "mondriaan zaal"
        List<String> split = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
        split.add(last.substring(0, last.length() - noun.length()));
        split.add(noun);
        forms.add(split);
      }
    }
    return forms;
  }
}
