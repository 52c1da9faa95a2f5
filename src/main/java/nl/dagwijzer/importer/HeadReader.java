package nl.dagwijzer.importer;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line that names a session: "Welkom door Gertru Diender, bestuurslid Divosa", "Welkom (Marieke
 * Dijkstra, voorzitter)", "Titel – Naam, functie, organisatie", "Borrel in de foyer", "Vraag? Meer tekst ...".
 */
final class HeadReader {
  private static final Pattern BY = Pattern.compile(
      "(?:,\\s*|\\s+)(?:(?:begeleid|gegeven|verzorgd|geleid|gepresenteerd|ingeleid)\\s+)?door\\s+(?=\\S)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*[.:]?$");
  private static final Pattern DASH = Pattern.compile("^(.+?)\\s+[–—-]\\s+(.+)$");

  private final BodyReader body;

  HeadReader(BodyReader body) {
    this.body = body;
  }

  /**
   * Fills title, speakers, room and duration from {@code head}. With {@code keepBySentence} a "title door speaker"
   * line is also kept whole as the summary, as it reads as a sentence about the session.
   */
  void read(String head, int line, SessionBuilder session, String knownOrganisation, boolean keepBySentence) {
    String text = Typography.plain(head);
    OptionalInt minutes = Durations.inBrackets(text);
    if (minutes.isPresent()) {
      session.durationMinutes = minutes.getAsInt();
      text = Durations.withoutBrackets(text);
    }
    var room = Rooms.in(text);
    if (room.isPresent()) {
      body.room(session, room.get().room(), line);
      text = room.get().rest();
    }
    Matcher brackets = BRACKETS.matcher(text);
    if (brackets.matches() && body.speakersOnly(brackets.group(2), line, session, knownOrganisation)) {
      // "Wat verandert er? (Jeroen Kok, Ministerie van SZW)": the speakers close the whole line, not a sentence.
      text = brackets.group(1);
    }
    List<String> sentences = Sentences.split(text);
    String first = sentences.isEmpty() ? text : sentences.get(0);
    session.title = Typography.title(titleAndSpeakers(first, line, session, knownOrganisation, keepBySentence));
    if (sentences.size() > 1) {
      body.sentences(String.join(" ", sentences.subList(1, sentences.size())), line, session, knownOrganisation);
    }
  }

  /** The title part of {@code text}; the speakers it names are added to the session. */
  String titleAndSpeakers(String text, int line, SessionBuilder session, String knownOrganisation,
                          boolean keepBySentence) {
    Matcher by = BY.matcher(text);
    while (by.find()) {
      if (by.start() > 0 && body.speakersOnly(text.substring(by.end()), line, session, knownOrganisation)) {
        if (keepBySentence) {
          session.summary.add(text);
        }
        return text.substring(0, by.start());
      }
    }
    Matcher brackets = BRACKETS.matcher(text);
    if (brackets.matches() && body.speakersOnly(brackets.group(2), line, session, knownOrganisation)) {
      return brackets.group(1);
    }
    Matcher dash = DASH.matcher(text);
    if (dash.matches() && body.speakersOnly(dash.group(2), line, session, knownOrganisation)) {
      return dash.group(1);
    }
    return text;
  }
}
