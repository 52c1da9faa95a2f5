package nl.dagwijzer.answer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/** Everything one reply is written from: the programme, the question's reading, what it selected, and the clock. */
record Answering(ProgrammeIndex index, Query query, Selection selection, LocalDate today, LocalTime now) {

  Programme programme() {
    return index.programme();
  }

  List<Session> sessions() {
    return selection.sessions();
  }

  String eventName() {
    Event event = programme().event();
    return event.series().isEmpty() ? event.title() : event.series() + ": " + event.title();
  }

  String withSpeakers(Session session) {
    return DutchText.withSpeakers(programme(), session);
  }

  List<Speaker> speakersOf(Session session) {
    return programme().speakersOf(session);
  }

  /** The sessions the question names by their own names, whatever else narrows the selection. */
  List<Session> sessionsNamed() {
    return query.all(Condition.About.class).stream()
        .filter(about -> about.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION)
        .flatMap(about -> programme().session(about.entity().id()).stream()).distinct().toList();
  }

  /** The organisations the question names ("van Cardea"), by their id: a name in the programme or a kind. */
  List<String> organisationsNamed() {
    return query.all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == nl.dagwijzer.nlu.EntityType.ORGANISATION).map(e -> e.id()).distinct().toList();
  }

  /**
   * The organisations the question names as a reader says them: "Cardea", and "gemeente" for a kind of
   * organisation ("welke tafel is van de gemeente?"), never the kind's id.
   */
  List<String> organisationWords() {
    return organisationsNamed(kind -> kind);
  }

  /** {@link #organisationWords} in a sentence: "Cardea", "een gemeente". */
  List<String> organisationsSaid() {
    return organisationsNamed(kind -> "een " + kind);
  }

  /** The organisations named, a kind of organisation ("kind:gemeente") written by {@code kind} from its word. */
  private List<String> organisationsNamed(java.util.function.UnaryOperator<String> kind) {
    String prefix = nl.dagwijzer.nlu.Gazetteer.ORGANISATION_KIND;
    return organisationsNamed().stream().map(o -> o.startsWith(prefix) ? kind.apply(o.substring(prefix.length())) : o)
        .toList();
  }

  Optional<Condition.NotInProgramme> unknown() {
    return query.first(Condition.NotInProgramme.class);
  }

  /** "‘Workshop Breda’ (Michiel Luigjes) is van 11:00 tot 12:30, in Zaal 2": a session, who, when and where. */
  String whenAndWhere(Session session) {
    return withSpeakers(session) + " " + DutchText.when(session) + TimeWriter.room(session);
  }

  /** "Om 14:00 in Zaal 2", or {@code fallback} when the question set no condition. */
  String context(String fallback) {
    return selection.context().isEmpty() ? fallback : DutchText.capitalise(selection.context());
  }
}
