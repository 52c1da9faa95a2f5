package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * What a question is about, looked up in the programme: the sessions, speakers and topics its entities name, a clock
 * time, and parts of the day. "de workshop van Breda" names both the workshops and Breda, which narrows to the
 * workshop given by someone from Breda.
 */
record Targets(List<Session> sessions, List<Speaker> speakers, List<Topic> topics, Optional<LocalTime> time,
               Set<DayPart> parts, boolean explicitSessions) {
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  /** Whether an entity says what the question is about; a time or "begin"/"einde" does not. */
  static boolean namesSomething(Entity entity) {
    return switch (entity.type()) {
      case SPEAKER, SESSION, ORGANISATION, TOPIC -> true;
      case PART -> DayPart.ofId(entity.id()).filter(p -> p != DayPart.BEGIN && p != DayPart.EINDE).isPresent();
      case TIME, EVENT -> false;
    };
  }

  boolean isEmpty() {
    return sessions.isEmpty() && speakers.isEmpty() && topics.isEmpty();
  }

  static Targets resolve(Programme programme, List<Entity> entities) {
    Set<Session> sessions = new LinkedHashSet<>();
    Set<Speaker> speakers = new LinkedHashSet<>();
    List<Topic> topics = new ArrayList<>();
    Set<DayPart> parts = EnumSet.noneOf(DayPart.class);
    Optional<LocalTime> time = Optional.empty();
    for (Entity entity : entities) {
      switch (entity.type()) {
        case SPEAKER -> programme.speaker(entity.id()).ifPresent(speakers::add);
        case ORGANISATION -> programme.speakers().stream()
            .filter(s -> s.organisation().equals(entity.id())).forEach(speakers::add);
        case TOPIC -> programme.topic(entity.id()).ifPresent(topics::add);
        case SESSION -> programme.session(entity.id()).ifPresent(sessions::add);
        case PART -> DayPart.ofId(entity.id()).ifPresent(parts::add);
        case TIME -> time = Optional.of(LocalTime.parse(entity.id()));
        case EVENT -> {
          // the day as a whole: the event and programme replies answer it
        }
      }
    }
    boolean explicit = !sessions.isEmpty();
    if (!explicit) {
      speakers.forEach(s -> sessions.addAll(programme.sessionsOf(s)));
      topics.forEach(t -> t.sessionIds().forEach(id -> programme.session(id).ifPresent(sessions::add)));
      for (DayPart part : parts) {
        if (part != DayPart.WORKSHOPS || sessions.isEmpty()) {
          sessions.addAll(sessionsFor(programme, part));
        }
      }
    }
    List<Session> ordered = programme.sessions().stream().filter(sessions::contains).toList();
    if (parts.contains(DayPart.WORKSHOPS)) {
      List<Session> workshops = ordered.stream().filter(s -> s.kind() == SessionKind.WORKSHOP).toList();
      ordered = workshops.isEmpty() ? ordered : workshops;
    }
    return new Targets(ordered, List.copyOf(speakers), List.copyOf(topics), time, parts, explicit);
  }

  /** The sessions a general word for a part of the day stands for in this programme; none when it has no such part. */
  static List<Session> sessionsFor(Programme programme, DayPart part) {
    return switch (part) {
      case WORKSHOPS -> ofKind(programme, SessionKind.WORKSHOP);
      case PAUZE -> ofKind(programme, SessionKind.BREAK);
      case BEGIN, EINDE -> List.of();
      case KOFFIE -> titled(programme, part).isEmpty() ? ofKind(programme, SessionKind.BREAK) : titled(programme, part);
      case OPENING -> titled(programme, part).isEmpty()
          ? programme.sessions().stream().limit(1).toList() : titled(programme, part);
      case LUNCH, INLEIDING -> titled(programme, part);
    };
  }

  private static List<Session> ofKind(Programme programme, SessionKind kind) {
    return programme.sessions().stream().filter(s -> s.kind() == kind).toList();
  }

  /** Sessions whose title or an alias contains one of the part's words, e.g. "Lunchpauze" for lunch. */
  private static List<Session> titled(Programme programme, DayPart part) {
    return programme.sessions().stream().filter(session -> Stream.concat(Stream.of(session.title()),
            session.aliases().stream())
        .flatMap(text -> NORMALISER.tokens(text).stream())
        .anyMatch(token -> part.words().stream()
            .anyMatch(word -> token.equals(word) || word.length() >= 5 && token.contains(word))))
        .toList();
  }
}
