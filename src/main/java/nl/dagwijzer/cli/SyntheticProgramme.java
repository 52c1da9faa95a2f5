package nl.dagwijzer.cli;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;
import nl.dagwijzer.programme.Venue;

/**
 * A day of any size for {@code bench --sessions N}: 28 half-hour blocks from 08:00, with as many parallel sessions
 * in rooms as N needs, a break every fourth block, a speaker per session (with organisations and roles) and topics.
 * It shows how the cost of a question grows with the programme.
 */
public final class SyntheticProgramme {
  private static final int BLOCKS = 28;

  private SyntheticProgramme() {
  }

  static Programme of(int sessions) {
    int perBlock = Math.max(1, (int) Math.ceil(sessions / (double) BLOCKS));
    List<Speaker> speakers = new ArrayList<>();
    List<Session> items = new ArrayList<>();
    LocalTime start = LocalTime.of(8, 0);
    int made = 0;
    for (int block = 0; made < sessions; block++) {
      LocalTime from = start.plusMinutes(30L * (block % BLOCKS));
      LocalTime to = from.plusMinutes(30);
      if (block % 4 == 3) {
        items.add(new Session("pauze-" + block, "Pauze " + block, SessionKind.BREAK, from, to, OptionalInt.empty(),
            List.of(), Map.of(), Optional.of("Foyer"), "", List.of(), List.of()));
        made++;
        continue;
      }
      for (int k = 0; k < perBlock && made < sessions; k++, made++) {
        String speaker = "spreker-" + made;
        speakers.add(new Speaker(speaker, "Voornaam" + made + " van Achternaam" + made,
            made % 10 == 0 ? "gespreksleider" : "adviseur", "gemeente Stad" + (made % 40)));
        items.add(new Session("sessie-" + made, "Sessie " + made + ": onderwerp " + (made % 50),
            perBlock > 1 ? SessionKind.WORKSHOP : SessionKind.PLENARY, from, to,
            made % 3 == 0 ? OptionalInt.of(20) : OptionalInt.empty(), List.of(speaker), Map.of(),
            Optional.of("Zaal " + (k + 1)), "Over onderwerp " + (made % 50) + " en de aanpak in de praktijk.",
            List.of(), List.of()));
      }
    }
    List<Topic> topics = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      topics.add(new Topic("Thema" + t, List.of(), "Een thema van de dag.", List.of("sessie-" + t)));
    }
    Event event = new Event("Testdag met " + sessions + " onderdelen", "Benchmark", "Dagwijzer", Optional.empty(),
        ZoneId.of("Europe/Amsterdam"), "Een dag om te meten.", Optional.of(new Venue("Congrescentrum", "")));
    return new Programme(event, speakers, items, topics);
  }
}
