package nl.dagwijzer.importer;

/** One line of the import report: what the importer guessed, could not place, or wants the organiser to check. */
public record Finding(Kind kind, int line, String message) {
  public enum Kind { GUESSED, UNPLACED, CHECK }
}
