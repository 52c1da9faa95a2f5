package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** "een uur", "een half uur": a length of time, where "een" is no number that names something. */
final class Lengths {
  private Lengths() {
  }

  private static final Set<String> UNITS = Set.of("uur", "uurtje", "kwartier", "minuten", "minuut", "halfuur");

  /** "duurt de rondleiding een uur?": "een" before a unit of time is no member "Rondleiding 1". */
  static boolean isLength(List<String> tokens, int at) {
    return at + 1 < tokens.size() && (tokens.get(at).equals("een") || tokens.get(at).equals("één"))
        && (UNITS.contains(tokens.get(at + 1)) || tokens.get(at + 1).equals("half")
        || tokens.get(at + 1).equals("heel"));
  }
}
