package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "wat is er als de tweede ronde zeep zieden klaar is?", "wat kan ik doen als de lunch afgelopen is?": once something
 * is over is after it, read as "na de tweede ronde zeep zieden"; "als de keuring klaar is, wanneer ...?" as "wanneer
 * ... na de keuring?".
 */
final class DoneAsAfter {
  private static final Set<String> DONE = Set.of("klaar", "afgelopen", "voorbij", "gedaan", "uit");
  private static final Set<String> IS = Set.of("is", "zijn");
  /** How far "klaar is" may stand from "als": the name in between. */
  private static final int REACH = 8;

  private DoneAsAfter() {
  }

  static List<String> plain(List<String> tokens) {
    int when = tokens.indexOf("als");
    if (when < 0) {
      return tokens;
    }
    for (int k = when + 2; k + 1 < tokens.size() && k <= when + REACH; k++) {
      if (!DONE.contains(tokens.get(k)) || !IS.contains(tokens.get(k + 1))) {
        continue;
      }
      if (k + 2 == tokens.size()) {
        List<String> read = new ArrayList<>(tokens.subList(0, when));
        read.add("na");
        read.addAll(tokens.subList(when + 1, k));
        return read;
      }
      if (when == 0) {
        // "als de keuring klaar is, wanneer kan ik dan naar de hoefsmid?": the question, then after what
        List<String> read = new ArrayList<>(tokens.subList(k + 2, tokens.size()));
        read.add("na");
        read.addAll(tokens.subList(1, k));
        return read;
      }
    }
    return tokens;
  }
}
