package nl.dagwijzer.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.programme.SessionKind;

/** A session while its lines are being read. Mutable, and confined to the reader that fills it. */
final class SessionBuilder {
  final int line;
  String title;
  SessionKind kind;
  LocalTime start;
  LocalTime end;
  Integer durationMinutes;
  String room;
  final List<String> speakerIds = new ArrayList<>();
  final List<String> summary = new ArrayList<>();
  final List<String> details = new ArrayList<>();
  final List<String> aliases = new ArrayList<>();

  SessionBuilder(int line) {
    this.line = line;
  }

  void speaker(String id) {
    if (!speakerIds.contains(id)) {
      speakerIds.add(id);
    }
  }

  DraftSession build(Ids ids) {
    String text = String.join(" ", summary).strip();
    return new DraftSession(ids.next(title, "onderdeel"), title, kind, start, end, durationMinutes, speakerIds,
        room, text.isEmpty() ? null : Typography.sentence(text), details, aliases, line);
  }
}
