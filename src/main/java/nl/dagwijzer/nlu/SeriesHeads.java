package nl.dagwijzer.nlu;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * "welke tafels beginnen om 10:00?" on a day of "Reparatietafel elektronica", "Reparatietafel fietsen", ...: the last
 * part of a series' compound word ("tafel" of "reparatietafel", "concert" of "leerlingenconcert") names the whole
 * series, as the series word does, not the one session whose text happens to use the short word.
 */
final class SeriesHeads {
  /** The part before the head: "proef", "reparatie"; shorter ones are function words ("voor" + "lezen"). */
  private static final int FRONT = 5;
  /** The head: "les" of "proefles" is the shortest that still is a word of its own. */
  private static final int HEAD = 3;

  /** Heads that say only that it is a part of the programme: "het blok over wonen" is one of the "debatblokken". */
  private static final Set<String> GENERAL = Set.of("blok", "ronde", "deel", "slot", "uur", "tijd", "moment", "punt");

  private SeriesHeads() {
  }

  /**
   * Each form of each series' head ("tafel", "tafels") with the series' id; {@code words} are the words known on
   * their own (the question language's and the programme's). A head two series share names neither.
   */
  static Map<String, String> of(Map<String, String> seriesForms, Set<String> words) {
    Map<String, String> heads = new LinkedHashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    seriesForms.forEach((form, id) -> {
      String front = front(form, words);
      if (front.isEmpty()) {
        return;
      }
      seriesForms.forEach((other, otherId) -> {
        if (otherId.equals(id) && other.startsWith(front) && other.length() - front.length() >= HEAD) {
          String head = other.substring(front.length());
          if (!id.equals(heads.put(head, id))) {
            ids.merge(head, 1, Integer::sum);
          }
        }
      });
    });
    ids.forEach((head, count) -> {
      if (count > 1) {
        heads.remove(head);
      }
    });
    return heads;
  }

  /**
   * The part of one series word before the longest head, where both parts are words themselves ("proef" + "les",
   * not "proe" + "fles"; the front may end in a linking "s"), or "" when there is none.
   */
  private static String front(String form, Set<String> words) {
    if (form.contains(" ")) {
      return "";
    }
    for (int cut = FRONT; cut <= form.length() - HEAD; cut++) {
      String front = form.substring(0, cut);
      boolean word = words.contains(front) || front.endsWith("s") && words.contains(front.substring(0, cut - 1));
      String head = form.substring(cut);
      // "zaal" of "Raadzaal 1" asks which room, it names no series
      if (word && words.contains(head) && !Gazetteer.ROOM_WORDS.contains(head) && !GENERAL.contains(head)
          && !CueWords.SESSION_NOUNS.contains(head)) {
        return front;
      }
    }
    return "";
  }
}
