package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Venue;

/** Where and on which day: rooms and the venue as the programme gives them, and plainly when it gives none. */
final class PlaceWriter {
  private final Answering a;

  PlaceWriter(Answering a) {
    this.a = a;
  }

  Written room() {
    Selection selection = a.selection();
    if (selection.isEmpty()) {
      if (!selection.missing().isEmpty()) {
        return Missing.part(a.programme(), selection.missing().get(0));
      }
      return Written.text(venue());
    }
    if (!selection.named() && !selection.constrained()) {
      return Written.text(venue());
    }
    List<Session> sessions = selection.sessions();
    List<String> lines = sessions.stream().map(this::roomOf).toList();
    boolean anyRoom = sessions.stream().anyMatch(s -> s.room().isPresent());
    String text = String.join("\n", DutchText.limited(lines, "noem er één voor de zaal."));
    return Written.text(anyRoom ? text : text + " " + venue()).turningTo(sessions);
  }

  private String roomOf(Session session) {
    return session.room()
        .map(room -> capitalise(a.withSpeakers(session)) + " (" + DutchText.span(session) + ") is in " + room + ".")
        .orElse("Voor " + a.withSpeakers(session) + " staat geen zaal in het programma; waar precies staat er niet"
            + " in.");
  }

  /** "Het evenement is in De Reehorst, Bennekomseweg 24, Ede." or that the programme gives no place. */
  String venue() {
    Event event = a.programme().event();
    Optional<Venue> venue = event.venue();
    if (venue.isEmpty()) {
      return "Waar " + event.title() + " plaatsvindt, staat niet in het programma: het noemt geen locatie.";
    }
    Venue v = venue.get();
    return event.title() + " is " + (v.name().toLowerCase(java.util.Locale.ROOT).startsWith("online") ? "" : "in ")
        + v.name() + (v.address().isEmpty() ? "" : ", " + v.address()) + ".";
  }

  Written date() {
    Event event = a.programme().event();
    return Written.text(event.date()
        .map(d -> capitalise(a.eventName()) + " is op " + DutchText.date(d) + ".")
        .orElse("De datum staat niet in het programma: het noemt geen dag voor " + event.title() + "."));
  }
}
