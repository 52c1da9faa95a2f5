package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wat begint er tegelijk met de tweede rondleiding?", "wat start er op hetzelfde moment als X?": what starts when X
 * starts (detail "zelfde-start"), not everything that starts while X is on.
 */
final class SameStart {
  private static final Set<String> STARTS = Set.of("begint", "beginnen", "start", "starten", "starts", "begin");
  private static final Set<String> AT_ONCE = Set.of("tegelijk", "tegelijkertijd", "gelijktijdig");

  private SameStart() {
  }

  static void read(List<String> tokens, List<Condition> conditions) {
    if (tokens.stream().noneMatch(STARTS::contains)) {
      return;
    }
    boolean sameMoment = false;
    for (int k = 1; k < tokens.size(); k++) {
      sameMoment |= RelationWords.SAME_TIME.contains(tokens.get(k)) && tokens.get(k - 1).endsWith("zelfde");
    }
    if (sameMoment || tokens.stream().anyMatch(AT_ONCE::contains)) {
      conditions.add(new Detail("zelfde-start"));
    }
  }
}
