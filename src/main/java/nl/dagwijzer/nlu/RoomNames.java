package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.RoomParts;

/**
 * The names a question can use for a programme's rooms: as written, each room of a list ("Zaal Rijn, Zaal IJssel"),
 * without a note in brackets, without the place after a comma, without "zaal" or an article, without a lower-case
 * word that only says where it is ("Informatiestand hoofdingang"), and a compound room typed as two words
 * ("mondriaan zaal").
 */
final class RoomNames {
  private RoomNames() {
  }

  static void add(Programme programme, TextNormaliser normaliser, List<Gazetteer.Entry> names) {
    programme.sessions().stream().flatMap(s -> s.room().stream())
        .flatMap(room -> RoomParts.of(room).size() > 1 ? Stream.concat(Stream.of(room), RoomParts.of(room).stream())
            : Stream.of(room))
        .distinct().forEach(room -> forms(room, normaliser).forEach(tokens ->
            ProgrammeNames.add(names, EntityType.ROOM, room, tokens)));
  }

  private static List<List<String>> forms(String room, TextNormaliser normaliser) {
    List<List<String>> forms = new ArrayList<>();
    List<String> tokens = normaliser.tokens(room);
    forms.add(tokens);
    int bracket = room.indexOf('(');
    if (bracket > 0) {
      forms.add(normaliser.tokens(room.substring(0, bracket))); // "Tribunezaal (1e verdieping)"
    }
    int comma = room.indexOf(',');
    if (comma > 0 && RoomParts.of(room).size() == 1) {
      forms.add(normaliser.tokens(room.substring(0, comma))); // "Leslokaal, Eemwerk"
    }
    if (tokens.size() > 1 && (ProgrammeNames.ARTICLES.contains(tokens.get(0))
        || Gazetteer.ROOM_WORDS.contains(tokens.get(0))
        && tokens.subList(1, tokens.size()).stream().anyMatch(t -> t.chars().anyMatch(Character::isLetter)))) {
      forms.add(tokens.subList(1, tokens.size())); // "D2.16" for "Lokaal D2.16"
    }
    String[] written = room.strip().split("\\s+");
    if (tokens.size() == 2 && written.length == 2 && Character.isLowerCase(written[1].charAt(0))
        && tokens.get(0).length() >= 6) {
      forms.add(tokens.subList(0, 1)); // "de informatiestand" for "Informatiestand hoofdingang"
    }
    String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    for (String noun : Gazetteer.ROOM_WORDS) {
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
