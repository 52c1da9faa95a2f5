package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * A part of the day opened by a session of its own that runs on in that session's room while other things go on
 * elsewhere: "Opening middagvoorstelling" and the dances after it on the stage, with the break in the foyer between
 * them; "Opening van het vliegprogramma" and the displays after it along the crowd line. The part runs as long as the
 * next session in that room (or a break anywhere) starts within {@value OpenedParts#APART} minutes of the last end.
 */
final class OpenedShows {
  /** "Opening middagvoorstelling", "Opening van het vliegprogramma": one word names the part. */
  private static final Pattern OPENED = Pattern.compile("(?iu)^opening\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?(\\p{L}+)$");
  /** Kinds of sessions on a stage. */
  private static final java.util.Set<SessionKind> STAGED = java.util.EnumSet.of(SessionKind.PLENARY,
      SessionKind.KEYNOTE, SessionKind.PANEL, SessionKind.QA);
  /** A part of fewer sessions after its opening is no programme of its own. */
  private static final int FEWEST = 3;

  private OpenedShows() {
  }

  /** The part {@code opening} opens and its name ("Middagvoorstelling"), if it opens one. */
  static Optional<OpenedParts.Part> of(Session opening, Programme programme) {
    Matcher named = OPENED.matcher(opening.title().strip());
    if (!named.matches() || opening.room().isEmpty()) {
      return Optional.empty();
    }
    String room = opening.room().get();
    List<Session> later = programme.sessions().stream().filter(s -> s.start().isAfter(opening.start())
        || s.start().equals(opening.start()) && !s.equals(opening))
        .sorted(java.util.Comparator.comparing(Session::start)).toList();
    List<Session> part = new ArrayList<>(List.of(opening));
    LocalTime end = opening.end();
    for (Session next : later) {
      if (next.start().isAfter(end.plusMinutes(OpenedParts.APART - 1))) {
        break;
      }
      boolean here = next.room().filter(room::equals).isPresent();
      if (here && OPENED.matcher(next.title().strip()).matches()) {
        break; // the next show opens
      }
      if (here || next.kind() == SessionKind.BREAK && next.start().isBefore(end.plusMinutes(1))) {
        part.add(next);
        end = next.end().isAfter(end) ? next.end() : end;
      }
    }
    // a break elsewhere after the last session in the room is no part of it ("Proosten in de foyer")
    while (part.size() > 1 && part.get(part.size() - 1).room().filter(room::equals).isEmpty()) {
      part.remove(part.size() - 1);
    }
    // a programme on a stage: every act is watched ("Rondleiding langs de ateliers" after "Opening van de kunstroute"
    // is a walk of its own, and the route is all the studios)
    if (part.size() <= FEWEST
        || !part.stream().allMatch(s -> s.kind() == SessionKind.BREAK || STAGED.contains(s.kind()))) {
      return Optional.empty();
    }
    String name = named.group(1);
    return Optional.of(new OpenedParts.Part(DutchText.capitalise(name.toLowerCase(Locale.ROOT)), List.copyOf(part)));
  }
}
