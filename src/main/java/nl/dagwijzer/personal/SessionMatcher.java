package nl.dagwijzer.personal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Gazetteer;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;

/**
 * The sessions a request to put something in one's programme names ("de workshop van Breda", "de lunch", "de
 * workshop van Maartje Bos om 11 uur"): names of one kind add up, names of different kinds narrow down, as when a
 * question is answered; then a clock time, a part of the day or a round. Only what names sessions counts here: a
 * choice is about sessions, never about what is on at some moment.
 */
final class SessionMatcher {
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  private SessionMatcher() {
  }

  /**
   * The names of a request: what it is about, and what follows "voor", which in "een herinnering voor de lunch" or
   * "schrijf me in voor de inleiding" names the session instead of a time before it.
   */
  static List<Entity> names(Query query) {
    List<Entity> names = new java.util.ArrayList<>(query.all(Condition.About.class).stream()
        .map(Condition.About::entity).toList());
    query.all(Condition.Relative.class).stream().filter(r -> r.relation() == Condition.Relation.BEFORE)
        .forEach(r -> names.addAll(r.target()));
    return names;
  }

  /** The sessions {@code query} names, in programme order; empty when it names none. */
  static List<Session> match(Programme programme, Query query) {
    Map<EntityType, Set<Session>> groups = new EnumMap<>(EntityType.class);
    for (Entity entity : names(query)) {
      Optional<EntityType> kind = kindOf(entity);
      kind.ifPresent(k -> groups.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(named(programme, entity)));
    }
    if (groups.isEmpty()) {
      return List.of();
    }
    Set<Session> result = null;
    for (Set<Session> group : groups.values()) {
      if (result == null) {
        result = new LinkedHashSet<>(group);
      } else {
        result.retainAll(group);
      }
    }
    if (result.isEmpty() && groups.containsKey(EntityType.SESSION)) {
      result = groups.get(EntityType.SESSION); // a title wins over a general word that would exclude it
    }
    Predicate<Session> keep = s -> true;
    for (Condition condition : query.conditions()) {
      if (condition instanceof Condition.At at) {
        keep = keep.and(s -> !at.time().isBefore(s.start()) && at.time().isBefore(s.end()));
      } else if (condition instanceof Condition.InPeriod in) {
        keep = keep.and(s -> in.period().contains(s.start()));
      }
    }
    return programme.sessions().stream().filter(result::contains).filter(keep).toList();
  }

  /** Names that select sessions; the group they belong to (a speaker and their organisation are one kind). */
  private static Optional<EntityType> kindOf(Entity entity) {
    return switch (entity.type()) {
      case SESSION, TOPIC, ROOM, PART, ROUND -> Optional.of(entity.type());
      case SPEAKER, ORGANISATION -> Optional.of(EntityType.SPEAKER);
      default -> Optional.empty();
    };
  }

  private static List<Session> named(Programme programme, Entity entity) {
    return switch (entity.type()) {
      case SESSION -> programme.session(entity.id()).stream().toList();
      case SPEAKER -> programme.speaker(entity.id()).map(programme::sessionsOf).orElse(List.of());
      case ORGANISATION -> programme.speakers().stream().filter(s -> ofOrganisation(s, entity.id()))
          .flatMap(s -> programme.sessionsOf(s).stream()).toList();
      case TOPIC -> programme.topic(entity.id()).map(t -> t.sessionIds().stream()
          .flatMap(id -> programme.session(id).stream()).toList()).orElse(List.of());
      case ROOM -> programme.sessions().stream().filter(s -> s.room().filter(entity.id()::equals).isPresent())
          .toList();
      case PART -> SeriesNames.isSeries(entity) ? new SeriesNames(programme, NORMALISER).sessions(entity.id())
          : DayPart.ofId(entity.id()).map(part -> part(programme, part)).orElse(List.of());
      case ROUND -> round(programme, entity.id());
      default -> List.of();
    };
  }

  private static boolean ofOrganisation(Speaker speaker, String organisation) {
    if (organisation.startsWith(Gazetteer.ORGANISATION_KIND)) {
      return NORMALISER.tokens(speaker.organisation()).stream().findFirst()
          .filter(organisation.substring(Gazetteer.ORGANISATION_KIND.length())::equals).isPresent();
    }
    return speaker.organisation().equals(organisation);
  }

  /** A general word: sessions of its kind, or whose title or alias uses it ("Lunchpauze" for lunch). */
  private static List<Session> part(Programme programme, DayPart part) {
    SessionKind kind = switch (part) {
      case WORKSHOPS -> SessionKind.WORKSHOP;
      case PAUZE, KOFFIE -> SessionKind.BREAK;
      case PANEL -> SessionKind.PANEL;
      case KEYNOTE -> SessionKind.KEYNOTE;
      case MARKT -> SessionKind.MARKET;
      case VRAGEN -> SessionKind.QA;
      default -> null;
    };
    List<Session> titled = programme.sessions().stream().filter(s -> titled(s, part)).toList();
    if (part == DayPart.WORKSHOPS || part == DayPart.PAUZE || titled.isEmpty() && kind != null) {
      return programme.sessions().stream().filter(s -> s.kind() == kind || titled.contains(s)).toList();
    }
    return titled;
  }

  private static boolean titled(Session session, DayPart part) {
    return Stream.concat(Stream.of(session.title()), session.aliases().stream())
        .flatMap(text -> NORMALISER.tokens(text).stream())
        .anyMatch(token -> part.words().stream()
            .anyMatch(word -> token.equals(word) || word.length() >= 5 && token.contains(word)));
  }

  /** Round {@code id} ("2", or "last"): the n-th block of parallel workshops, or of parallel sessions. */
  private static List<Session> round(Programme programme, String id) {
    List<Slot> rounds = programme.slots().stream()
        .filter(slot -> slot.sessions().stream().anyMatch(s -> s.kind() == SessionKind.WORKSHOP)).toList();
    if (rounds.isEmpty()) {
      rounds = programme.slots().stream().filter(Slot::parallel).toList();
    }
    int number = id.equals("last") ? rounds.size() : Integer.parseInt(id);
    return number >= 1 && number <= rounds.size() ? rounds.get(number - 1).sessions() : List.of();
  }
}
