package nl.dagwijzer.programme;

import java.util.List;

/** What differs between two programmes, for moderators after a reload and for the announcement of it. */
public record ProgrammeChanges(List<Session> added, List<Session> removed, List<Moved> moved,
                               List<SpeakersChanged> speakersChanged) {
  public ProgrammeChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    moved = List.copyOf(moved);
    speakersChanged = List.copyOf(speakersChanged);
  }

  /** A session (same id) whose start or end changed. */
  public record Moved(Session before, Session after) {
  }

  /** A session (same id) whose speakers changed; names in programme order. */
  public record SpeakersChanged(Session session, List<String> before, List<String> after) {
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && speakersChanged.isEmpty();
  }

  public static ProgrammeChanges between(Programme before, Programme after) {
    throw new UnsupportedOperationException("TODO");
  }
}
