package nl.dagwijzer.personal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/** How the personal programme names sessions in Dutch; nothing about one event day in here. */
public final class PersonalText {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
      new Locale("nl", "NL"));

  private PersonalText() {
  }

  /** "vrijdag 14 maart 2025". */
  public static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** "Michiel Luigjes" or "Bob de Levita en David Sondorp"; empty without speakers. */
  public static String speakers(Programme programme, Session session) {
    return DutchText.join(programme.speakersOf(session).stream().map(Speaker::name).toList());
  }

  /** "‘Workshop Breda’ (Michiel Luigjes)", or "de lunch". */
  public static String named(Programme programme, Session session) {
    String people = speakers(programme, session);
    return people.isEmpty() ? DutchText.name(session) : DutchText.name(session) + " (" + people + ")";
  }

  /** When it is: "11:00–12:30", or "45 minuten, ergens tussen 11:00 en 12:30" for one shorter than its block. */
  public static String when(Session session) {
    return session.shorterThanBlock()
        ? session.lengthMinutes() + " minuten, ergens tussen " + DutchText.time(session.start()) + " en "
            + DutchText.time(session.end())
        : DutchText.range(session);
  }

  /** "‘Workshop Breda’ (11:00–12:30, Zaal 2)": what a confirmation names. */
  public static String withTime(Session session) {
    return DutchText.name(session) + " (" + when(session) + session.room().map(r -> ", " + r).orElse("") + ")";
  }

  /** "11:00–12:30 Workshop Breda (Michiel Luigjes)": a choice in a list, at most {@code max} characters. */
  public static String label(Programme programme, Session session, int max) {
    String people = speakers(programme, session);
    String label = DutchText.range(session) + " " + session.title() + (people.isEmpty() ? "" : " (" + people + ")");
    return label.length() <= max ? label : label.substring(0, max - 1) + "…";
  }

  /** "a", "a of b", "a, b of c". */
  public static String either(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " of " + parts.get(parts.size() - 1);
  }

  /** "Over 10 minuten begint ‘Workshop Breda’ (11:00–12:30) in Zaal 2, met Michiel Luigjes." */
  public static String reminder(Programme programme, Session session, long minutesLeft) {
    String when = minutesLeft <= 1 ? "Over 1 minuut" : "Over " + minutesLeft + " minuten";
    String people = speakers(programme, session);
    return when + " begint " + DutchText.name(session) + " (" + when(session) + ")"
        + session.room().map(r -> " in " + r).orElse("") + (people.isEmpty() ? "" : ", met " + people) + "."
        + "\nGeen herinneringen meer? Gebruik /herinneringen aan:false.";
  }

  /** A chosen session moved by a reload. */
  public static String moved(Session session, String before) {
    return "Gewijzigd in je programma: " + DutchText.name(session) + " is verplaatst naar " + when(session)
        + session.room().map(r -> " in " + r).orElse("") + " (was " + before + ").";
  }

  /** A chosen session removed by a reload. */
  public static String removed(String title, String before) {
    return "Gewijzigd in je programma: ‘" + title + "’ (" + before + ") staat niet meer in het programma en is uit"
        + " je programma gehaald.";
  }
}
