package nl.dagwijzer.importer;

import java.util.List;

/**
 * A programme as the importer understood it. Unlike {@link nl.dagwijzer.programme.Programme} it may be invalid
 * (an end before a start, a duration longer than its block): it is written anyway, so the organiser can fix it.
 */
public record Draft(DraftEvent event, List<DraftSpeaker> speakers, List<DraftSession> sessions) {
  public Draft {
    speakers = List.copyOf(speakers);
    sessions = List.copyOf(sessions);
  }
}
