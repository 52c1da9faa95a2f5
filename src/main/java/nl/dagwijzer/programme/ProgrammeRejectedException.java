package nl.dagwijzer.programme;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a programme file has one or more errors; carries all of them so the organiser can fix them at once. */
public final class ProgrammeRejectedException extends Exception {
  private final transient List<ValidationError> errors;

  public ProgrammeRejectedException(List<ValidationError> errors) {
    super(errors.stream().map(ValidationError::format).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<ValidationError> errors() {
    return errors;
  }
}
