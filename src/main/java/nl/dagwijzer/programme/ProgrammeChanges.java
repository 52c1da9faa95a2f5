package nl.dagwijzer.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /** Added, moved and changed sessions in the order of {@code after}; removed ones in the order of {@code before}. */
  public static ProgrammeChanges between(Programme before, Programme after) {
    List<Session> added = new ArrayList<>();
    List<Moved> moved = new ArrayList<>();
    List<SpeakersChanged> speakersChanged = new ArrayList<>();
    for (Session now : after.sessions()) {
      Optional<Session> earlier = before.session(now.id());
      if (earlier.isEmpty()) {
        added.add(now);
        continue;
      }
      Session was = earlier.get();
      if (!was.start().equals(now.start()) || !was.end().equals(now.end())) {
        moved.add(new Moved(was, now));
      }
      // Names, not ids: a corrected name is news to attendees, a renamed id with the same person is not a change.
      List<String> namesBefore = names(before, was);
      List<String> namesAfter = names(after, now);
      if (!namesBefore.equals(namesAfter)) {
        speakersChanged.add(new SpeakersChanged(now, namesBefore, namesAfter));
      }
    }
    List<Session> removed = before.sessions().stream().filter(s -> after.session(s.id()).isEmpty()).toList();
    return new ProgrammeChanges(added, removed, moved, speakersChanged);
  }

  private static List<String> names(Programme programme, Session session) {
    return programme.speakersOf(session).stream().map(Speaker::name).toList();
  }
}
