package nl.dagwijzer.cli;

import java.io.PrintWriter;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ValidationError;

/** How commands report input they cannot use: Dutch, one line per problem, no stack trace. */
final class Failure {
  static final int INVALID_INPUT = 1;

  private Failure() {
  }

  static int programme(PrintWriter err, ProgrammeRejectedException e) {
    err.println("Het programma kan niet worden geladen:");
    for (ValidationError error : e.errors()) {
      err.println(error.format());
    }
    err.flush();
    return INVALID_INPUT;
  }

  static int intents(PrintWriter err, IntentExamples.IntentsException e) {
    err.println("De intenties kunnen niet worden geladen: " + e.getMessage());
    err.flush();
    return INVALID_INPUT;
  }

  /** A failure no command expected: one line, exit 3, still no stack trace. */
  static int unexpected(PrintWriter err, Exception e) {
    err.println("Onverwachte fout: " + e);
    err.flush();
    return 3;
  }
}
