package nl.dagwijzer.importer;

/** The source cannot be turned into a draft at all; the message is Dutch and says what to do. */
public final class ImportException extends Exception {
  public ImportException(String message) {
    super(message);
  }
}
