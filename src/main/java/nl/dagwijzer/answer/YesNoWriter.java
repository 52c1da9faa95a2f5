package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.lowerFirst;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * Yes or no first, then why: what matched, or what there is instead ("Nee, de lunch is van 12:30 tot 13:00"). A
 * question about something the programme does not have gets "Nee" and says so.
 */
final class YesNoWriter {
  private final Answering a;

  YesNoWriter(Answering a) {
    this.a = a;
  }

  Written answer() {
    Selection selection = a.selection();
    Optional<Condition.Occurs> occurs = a.query().first(Condition.Occurs.class);
    if (occurs.isPresent() && selection.named()) {
      return often(occurs.get());
    }
    Optional<Condition.NotInProgramme> unknown = a.unknown();
    if (unknown.isPresent() && unknown.get().person() && selection.speakers().isEmpty()) {
      return Written.text("Nee. " + Missing.person(a.programme(), unknown.get()).text());
    }
    if (selection.isEmpty() && !selection.missing().isEmpty()) {
      return Written.text("Nee, " + lowerFirst(Missing.part(a.programme(), selection.missing().get(0)).text()));
    }
    if (selection.isEmpty() && selection.at().isPresent() && !selection.named()) {
      Written now = new ListWriter(a).now();
      return new Written("Nee, " + lowerFirst(now.text()), now.overview(), now.turnedTo());
    }
    if (!selection.isEmpty()) {
      Written what = matched();
      return new Written("Ja, " + lowerFirst(what.text()), what.overview(), what.turnedTo());
    }
    return Written.text("Nee, " + instead());
  }

  private Written often(Condition.Occurs occurs) {
    List<Session> sessions = a.selection().subject();
    boolean yes = Resolver.compare(sessions.size(), occurs.comparison(), occurs.count());
    String list = join(sessions.stream().map(s -> DutchText.name(s) + " (" + DutchText.span(s) + ")").toList());
    return Written.text((yes ? "Ja, " : "Nee, ") + sessions.size() + " keer"
        + (sessions.isEmpty() ? "." : ": " + list + ".")).turningTo(sessions);
  }

  /** What matched: the people when the question was about people, otherwise the sessions and their times. */
  private Written matched() {
    boolean aboutPeople = a.query().has(Condition.Leading.class) || a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.ORGANISATION || c.entity().type() == EntityType.ROLE);
    if (aboutPeople) {
      return new PeopleWriter(a).who();
    }
    List<Session> sessions = a.sessions();
    if (sessions.size() == 1) {
      Session session = sessions.get(0);
      return Written.text(capitalise(a.withSpeakers(session)) + " " + DutchText.when(session)
          + TimeWriter.room(session) + ".").turningTo(sessions);
    }
    return new ListWriter(a).listed(a.context("Op het programma"), sessions);
  }

  /** Why not: the subject as it is, or that nothing matches at all. */
  private String instead() {
    Selection selection = a.selection();
    String context = selection.context().isEmpty() ? "" : " " + selection.context();
    if (selection.named() && !selection.subject().isEmpty()) {
      List<Session> subject = selection.subject();
      String what = join(subject.stream().limit(3)
          .map(s -> a.withSpeakers(s) + " " + DutchText.when(s) + TimeWriter.room(s)).toList());
      return (context.isEmpty() ? "" : context.strip() + " niet: ") + what
          + (subject.size() > 3 ? " (en nog " + (subject.size() - 3) + " meer)" : "") + ".";
    }
    if (selection.named()) {
      return "dat staat niet in het programma.";
    }
    return (context.isEmpty() ? "daar" : context.strip()) + " staat er niets op het programma.";
  }
}
