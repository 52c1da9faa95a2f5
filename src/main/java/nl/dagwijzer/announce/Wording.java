package nl.dagwijzer.announce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeChanges;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/** Dutch sentences built from programme data: reminders and programme changes. Nothing event-specific in here. */
public final class Wording {
  private Wording() {
  }

  /**
   * {@code Over 5 minuten: Workshops, 11:00–12:30: Amsterdam (Maartje Bos), Zoetermeer (Annemiek Enter)} for
   * parallel sessions, {@code Over 5 minuten: Welkom, 10:00–10:05 (Gertru Diender)} for one.
   */
  public static String reminder(Programme programme, List<Session> sessions, long minutesLeft) {
    String when = minutesLeft <= 1 ? "Over 1 minuut" : "Over " + minutesLeft + " minuten";
    Session first = sessions.get(0);
    String block = DutchText.range(first.start(), first.end());
    if (sessions.size() == 1) {
      String people = details(programme, first);
      return when + ": " + first.title() + ", " + block + (people.isEmpty() ? "" : " (" + people + ")");
    }
    List<String> names = shortTitles(sessions.stream().map(Session::title).toList());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      String people = details(programme, sessions.get(i));
      parts.add(names.get(i) + (people.isEmpty() ? "" : " (" + people + ")"));
    }
    return when + ": " + groupName(sessions) + ", " + block + ": " + String.join(", ", parts);
  }

  private static String details(Programme programme, Session session) {
    List<String> bits = new ArrayList<>();
    String speakers = DutchText.join(programme.speakersOf(session).stream().map(s -> s.name()).toList());
    if (!speakers.isEmpty()) {
      bits.add(speakers);
    }
    session.room().filter(r -> !r.isBlank()).ifPresent(bits::add);
    return String.join("; ", bits);
  }

  /** What parallel sessions are together: "Workshops" when all are workshops, else a general word. */
  static String groupName(List<Session> sessions) {
    SessionKind kind = sessions.get(0).kind();
    boolean same = sessions.stream().allMatch(s -> s.kind() == kind);
    if (!same) {
      return "Parallelle sessies";
    }
    return switch (kind) {
      case WORKSHOP -> "Workshops";
      case PLENARY, KEYNOTE -> "Plenaire sessies";
      case PANEL -> "Panels";
      case QA -> "Vragenrondes";
      case MARKET -> "Markten";
      case BREAK -> "Pauzes";
    };
  }

  /** Drops the words all titles start with ("Workshop Amsterdam", "Workshop Breda" → "Amsterdam", "Breda"). */
  static List<String> shortTitles(List<String> titles) {
    List<String[]> words = titles.stream().map(t -> t.trim().split("\\s+")).toList();
    int common = 0;
    outer:
    while (true) {
      for (String[] w : words) {
        if (w.length <= common + 1 || !w[common].equalsIgnoreCase(words.get(0)[common])) {
          break outer;
        }
      }
      common++;
    }
    final int drop = common;
    return words.stream().map(w -> String.join(" ", Arrays.copyOfRange(w, drop, w.length))).toList();
  }

  /** The changes of a reload in Dutch, one line per change; "Geen wijzigingen…" when nothing changed. */
  public static String changes(ProgrammeChanges changes) {
    if (changes.isEmpty()) {
      return "Geen wijzigingen in het programma.";
    }
    List<String> lines = new ArrayList<>();
    lines.add("Wijzigingen in het programma:");
    for (Session s : changes.added()) {
      lines.add("• Nieuw: " + s.title() + " (" + DutchText.range(s.start(), s.end()) + ")");
    }
    for (Session s : changes.removed()) {
      lines.add("• Vervallen: " + s.title() + " (" + DutchText.range(s.start(), s.end()) + ")");
    }
    for (ProgrammeChanges.Moved m : changes.moved()) {
      lines.add("• Verplaatst: " + m.after().title() + " van " + DutchText.range(m.before().start(), m.before().end())
          + " naar " + DutchText.range(m.after().start(), m.after().end()));
    }
    for (ProgrammeChanges.SpeakersChanged c : changes.speakersChanged()) {
      String now = c.after().isEmpty() ? "geen sprekers" : DutchText.join(c.after());
      String was = c.before().isEmpty() ? "geen sprekers" : DutchText.join(c.before());
      lines.add("• Andere sprekers bij " + c.session().title() + ": nu " + now + " (was " + was + ")");
    }
    return lines.stream().collect(Collectors.joining("\n"));
  }
}
