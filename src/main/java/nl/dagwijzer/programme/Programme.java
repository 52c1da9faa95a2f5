package nl.dagwijzer.programme;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A validated event day. Sessions are kept in start order; every reference between parts resolves. */
public record Programme(Event event, List<Speaker> speakers, List<Session> sessions, List<Topic> topics) {
  public Programme {
    speakers = List.copyOf(speakers);
    sessions = sessions.stream()
        .sorted(Comparator.comparing(Session::start).thenComparing(Session::end))
        .toList();
    topics = List.copyOf(topics == null ? List.of() : topics);
  }

  public Optional<Speaker> speaker(String id) {
    return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Session> session(String id) {
    return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Topic> topic(String name) {
    return topics.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public List<Speaker> speakersOf(Session session) {
    return session.speakerIds().stream().map(this::speaker).flatMap(Optional::stream).toList();
  }

  public List<Session> sessionsOf(Speaker speaker) {
    return sessions.stream().filter(s -> s.speakerIds().contains(speaker.id())).toList();
  }

  /** Sessions grouped by their block (same start and end), in time order: parallel sessions form one slot. */
  public List<Slot> slots() {
    Map<String, List<Session>> byBlock = sessions.stream().collect(Collectors.groupingBy(
        s -> s.start() + "-" + s.end(), LinkedHashMap::new, Collectors.toList()));
    return byBlock.values().stream().map(list -> new Slot(list.get(0).start(), list.get(0).end(), list)).toList();
  }

  public Optional<LocalTime> firstStart() {
    return sessions.stream().map(Session::start).min(Comparator.naturalOrder());
  }

  public Optional<LocalTime> lastEnd() {
    return sessions.stream().map(Session::end).max(Comparator.naturalOrder());
  }
}
