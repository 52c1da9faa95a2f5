package nl.dagwijzer.importer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Places the lines under a session: rooms, durations, bullet points as details, speaker lines as speakers, and the
 * rest as the summary. Not thread-safe: it writes to one import's speaker book and report.
 */
final class BodyReader {
  private final SpeakerBook speakers;
  private final ImportReport report;

  BodyReader(SpeakerBook speakers, ImportReport report) {
    this.speakers = speakers;
    this.report = report;
  }

  void lines(List<SourceLine> lines, SessionBuilder session, String knownOrganisation) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      String text = line.text();
      Optional<String> room = Rooms.line(text);
      if (room.isPresent()) {
        room(session, room.get(), line.line());
      } else if (line.bullet()) {
        session.details.add(text.replaceAll("[\\s;,]+$", ""));
      } else if (text.endsWith(":") && i + 1 < lines.size() && lines.get(i + 1).bullet()) {
        // "In deze workshop besteden we aandacht aan:" only introduces the details that follow.
        continue;
      } else {
        sentences(text, line.line(), session, knownOrganisation);
      }
    }
  }

  /** Sentences of running text: durations and speakers are taken out, the rest is summary. */
  void sentences(String text, int line, SessionBuilder session, String knownOrganisation) {
    for (String sentence : Sentences.split(text)) {
      OptionalInt minutes = Durations.stated(sentence);
      if (minutes.isPresent()) {
        session.durationMinutes = minutes.getAsInt();
        continue;
      }
      Optional<SpeakerLines.Parsed> parsed = SpeakerLines.parse(sentence, knownOrganisation);
      if (parsed.isPresent()) {
        parsed.get().people().forEach(p -> session.speaker(speakers.add(p, line)));
        if (parsed.get().speakerOnly()) {
          continue;
        }
      } else if (roleReference(sentence, line, session)) {
        continue;
      }
      session.summary.add(sentence);
    }
  }

  /** Adds the speakers of a fragment that only names people; false when it is anything else. */
  boolean speakersOnly(String fragment, int line, SessionBuilder session, String knownOrganisation) {
    Optional<SpeakerLines.Parsed> parsed = SpeakerLines.parse(fragment, knownOrganisation);
    if (parsed.isPresent() && parsed.get().speakerOnly()) {
      parsed.get().people().forEach(p -> session.speaker(speakers.add(p, line)));
      return true;
    }
    return roleReference(fragment, line, session);
  }

  /** "door de dagvoorzitter": the speaker with that role, when the programme has exactly one. */
  private boolean roleReference(String fragment, int line, SessionBuilder session) {
    Optional<String> role = SpeakerLines.roleReference(fragment);
    if (role.isEmpty()) {
      return false;
    }
    Optional<String> id = speakers.byRole(role.get());
    if (id.isEmpty()) {
      return false;
    }
    session.speaker(id.get());
    report.guessed(line, "'de " + role.get() + "' is " + speakers.nameOf(id.get()) + ", de enige spreker met die functie");
    return true;
  }

  void room(SessionBuilder session, String room, int line) {
    if (session.room != null && !session.room.equals(room)) {
      report.check(line, "'" + session.title + "' noemt twee zalen, '" + session.room + "' en '" + room
          + "'; de eerste is gebruikt");
      return;
    }
    session.room = room;
  }
}
