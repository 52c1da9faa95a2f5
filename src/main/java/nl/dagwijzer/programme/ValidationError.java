package nl.dagwijzer.programme;

/**
 * One problem in a programme file, located for the organiser who has to fix it. {@code message} is Dutch and says
 * what is wrong and what to do; {@code path} is the JSON path such as {@code sessions[2].start}.
 */
public record ValidationError(String file, int line, int column, String path, String message) {

  /** {@code programme.json:12:5: sessions[2].start: ...}, the form editors and terminals recognise. */
  public String format() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
  }
}
