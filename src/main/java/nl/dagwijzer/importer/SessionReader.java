package nl.dagwijzer.importer;

import java.util.List;

/** Turns one timed block of the programme into its sessions: one session, or the parallel options of a choice. */
final class SessionReader {
  private final HeadReader heads;
  private final BodyReader bodies;
  private final ChoiceReader choices;
  private final ImportReport report;

  SessionReader(SpeakerBook speakers, ImportReport report) {
    this.bodies = new BodyReader(speakers, report);
    this.heads = new HeadReader(bodies);
    this.choices = new ChoiceReader(heads, bodies, report);
    this.report = report;
  }

  List<SessionBuilder> read(DocumentLayout.TimedBlock block) {
    String head = block.time().rest();
    int headLine = block.timeLine().line();
    List<SourceLine> body = block.body();
    if (head.isBlank() && !body.isEmpty() && !body.get(0).bullet()) {
      head = body.get(0).text();
      headLine = body.get(0).line();
      body = body.subList(1, body.size());
    }
    if (Kinds.choice(head)) {
      List<SessionBuilder> options = choices.read(head, headLine, body);
      if (!options.isEmpty()) {
        return options;
      }
      report.check(headLine, "'" + head + "' klinkt als een keuze uit workshops, maar er zijn geen keuzes gevonden;"
          + " het is één onderdeel geworden");
    }
    SessionBuilder session = new SessionBuilder(block.timeLine().line());
    if (head.isBlank()) {
      session.title = "Onderdeel om " + block.time().start();
      report.check(headLine, "bij " + block.time().start() + " staat geen titel; vul 'title' in");
    } else {
      heads.read(head, headLine, session, null, true);
    }
    bodies.lines(body, session, null);
    session.kind = Kinds.of(session.title);
    return List.of(session);
  }
}
