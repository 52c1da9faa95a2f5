package nl.dagwijzer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.SessionKind;

/**
 * A block of parallel choices ("Je kunt kiezen uit workshops van ...", "Workshopronde 1"): each option becomes a
 * workshop in the same block, with its heading as title, its speaker line, description, bullet points as details,
 * duration and room. Options start at list items, at labelled lines ("Workshop 1A: ...", "B. ...") or at short
 * headings followed by a speaker line.
 */
final class ChoiceReader {
  private static final Pattern LABEL = Pattern.compile(
      "^(?:(?<word>workshop|sessie|deelsessie|ronde|tafel|track)\\s+(?<label1>\\d{1,2}[a-zA-Z]?|[A-Z])\\s*[:.)–—-]"
          + "|(?<label2>\\d{1,2}[a-zA-Z]?|[A-Z])[.)])\\s+(?<rest>.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FOLLOWING = Pattern.compile("van de volgende (\\p{L}+)", Pattern.CASE_INSENSITIVE);
  /** Plural nouns for public bodies whose members programmes name by place only ("Amsterdam"). */
  private static final Map<String, String> BODY_TYPES = Map.of("gemeenten", "gemeente", "gemeentes", "gemeente",
      "provincies", "provincie", "waterschappen", "waterschap");
  private static final Pattern BARE_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}$");
  private static final int HEADING_WORDS = 6;

  private final HeadReader heads;
  private final BodyReader bodies;
  private final ImportReport report;

  ChoiceReader(HeadReader heads, BodyReader bodies, ImportReport report) {
    this.heads = heads;
    this.bodies = bodies;
    this.report = report;
  }

  /** The options under {@code cue}; empty when none can be told apart. */
  List<SessionBuilder> read(String cue, int cueLine, List<SourceLine> body) {
    List<List<SourceLine>> options = split(body);
    List<SessionBuilder> sessions = new ArrayList<>();
    for (List<SourceLine> option : options) {
      sessions.add(option(cue, cueLine, option));
    }
    return sessions;
  }

  private SessionBuilder option(String cue, int cueLine, List<SourceLine> lines) {
    SourceLine head = lines.get(0);
    SessionBuilder session = new SessionBuilder(head.line());
    session.kind = SessionKind.WORKSHOP;
    String text = head.text();
    Matcher label = LABEL.matcher(text);
    if (label.matches()) {
      if (label.group("word") != null) {
        session.aliases.add(label.group("word").toLowerCase(Locale.ROOT) + " " + label.group("label1"));
      }
      text = label.group("rest");
    }
    String known = null;
    String bare = Rooms.in(text).map(Rooms.Found::rest).orElse(text).strip();
    if (BARE_NAME.matcher(bare).matches() && !Kinds.choice(bare) && !bare.toLowerCase(Locale.ROOT).contains("workshop")) {
      known = organisationOf(cue, bare);
      text = text.replace(bare, "Workshop " + bare);
      report.guessed(head.line(), "titel 'Workshop " + bare + "' gemaakt van de kop '" + bare + "'"
          + (known == null ? "" : ", organisatie '" + known + "' van de sprekers uit regel " + cueLine));
    }
    heads.read(text, head.line(), session, known, false);
    bodies.lines(lines.subList(1, lines.size()), session, known);
    return session;
  }

  /** "workshops van de volgende gemeenten:" and the heading "Breda" give "gemeente Breda". */
  private static String organisationOf(String cue, String heading) {
    Matcher following = FOLLOWING.matcher(cue);
    if (!following.find()) {
      return null;
    }
    String type = BODY_TYPES.get(following.group(1).toLowerCase(Locale.ROOT));
    return type != null ? type + " " + heading : heading;
  }

  private List<List<SourceLine>> split(List<SourceLine> body) {
    List<List<SourceLine>> options = new ArrayList<>();
    if (body.isEmpty()) {
      return options;
    }
    boolean bullets = body.get(0).bullet();
    List<SourceLine> current = null;
    for (int i = 0; i < body.size(); i++) {
      SourceLine line = body.get(i);
      boolean start = bullets ? line.bullet() : startsOption(body, i);
      if (start) {
        current = new ArrayList<>();
        options.add(current);
      }
      if (current == null) {
        report.unplaced(line.line(), "'" + EventReader.abbreviated(line.text()) + "' staat voor de eerste keuze");
      } else {
        current.add(line);
      }
    }
    return options;
  }

  private static boolean startsOption(List<SourceLine> lines, int i) {
    SourceLine line = lines.get(i);
    String text = line.text();
    if (line.style() == SourceLine.Style.HEADING || LABEL.matcher(text).matches()) {
      return true;
    }
    if (Typography.words(text) > HEADING_WORDS || text.matches(".*[.?!:;]$") || Rooms.line(text).isPresent()
        || Durations.stated(text).isPresent() || SpeakerLines.parse(text, null).isPresent()) {
      return false;
    }
    return i + 1 < lines.size() && SpeakerLines.parse(lines.get(i + 1).text(), "-").isPresent();
  }
}
