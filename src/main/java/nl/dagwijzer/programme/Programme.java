package nl.dagwijzer.programme;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated event day. Sessions are kept in start order; every reference between parts resolves. Lookups by id
 * are indexed once here, so answering a question never scans the programme inside a scan.
 */
public final class Programme {
  private final Event event;
  private final List<Speaker> speakers;
  private final List<Session> sessions;
  private final List<Topic> topics;
  private final Map<String, Speaker> speakersById = new HashMap<>();
  private final Map<String, Session> sessionsById = new HashMap<>();
  private final Map<String, Topic> topicsByName = new HashMap<>();
  private final Map<String, List<Session>> sessionsBySpeaker = new HashMap<>();
  private final List<Slot> slots;
  /** When the last session ends: asked on most questions, so found once, not by a pass over the sessions each time. */
  private final Optional<LocalTime> lastEnd;

  public Programme(Event event, List<Speaker> speakers, List<Session> sessions, List<Topic> topics) {
    this.event = Objects.requireNonNull(event, "event");
    this.speakers = List.copyOf(speakers);
    this.sessions = sessions.stream()
        .sorted(Comparator.comparing(Session::start).thenComparing(Session::end))
        .toList();
    this.topics = List.copyOf(topics == null ? List.of() : topics);
    this.speakers.forEach(s -> speakersById.putIfAbsent(s.id(), s));
    this.topics.forEach(t -> topicsByName.putIfAbsent(t.name(), t));
    Map<String, List<Session>> byBlock = new LinkedHashMap<>();
    for (Session session : this.sessions) {
      sessionsById.putIfAbsent(session.id(), session);
      session.speakerIds().forEach(id -> sessionsBySpeaker.computeIfAbsent(id, k -> new ArrayList<>()).add(session));
      byBlock.computeIfAbsent(session.start() + "-" + session.end(), k -> new ArrayList<>()).add(session);
    }
    this.slots = byBlock.values().stream().map(list -> new Slot(list.get(0).start(), list.get(0).end(), list))
        .toList();
    this.lastEnd = this.sessions.stream().map(Session::end).max(Comparator.naturalOrder());
  }

  public Event event() {
    return event;
  }

  public List<Speaker> speakers() {
    return speakers;
  }

  public List<Session> sessions() {
    return sessions;
  }

  public List<Topic> topics() {
    return topics;
  }

  public Optional<Speaker> speaker(String id) {
    return Optional.ofNullable(speakersById.get(id));
  }

  public Optional<Session> session(String id) {
    return Optional.ofNullable(sessionsById.get(id));
  }

  public Optional<Topic> topic(String name) {
    return Optional.ofNullable(topicsByName.get(name));
  }

  public List<Speaker> speakersOf(Session session) {
    return session.speakerIds().stream().map(speakersById::get).filter(Objects::nonNull).toList();
  }

  public List<Session> sessionsOf(Speaker speaker) {
    return List.copyOf(sessionsBySpeaker.getOrDefault(speaker.id(), List.of()));
  }

  /** Sessions grouped by their block (same start and end), in time order: parallel sessions form one slot. */
  public List<Slot> slots() {
    return slots;
  }

  public Optional<LocalTime> firstStart() {
    return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(0).start());
  }

  public Optional<LocalTime> lastEnd() {
    return lastEnd;
  }

  @Override
  public String toString() {
    return "Programme[" + event.title() + ", " + sessions.size() + " sessions]";
  }
}
