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
  private static final int MINUTES_PER_DAY = 24 * 60;
  /** A gap in the programme this long, with sessions on both sides of midnight, is the night between two days. */
  private static final int NIGHT = 6 * 60;
  /** What starts after midnight of such a day starts before this: a night's end, not an early breakfast. */
  private static final int SMALL_HOURS = 6 * 60;

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
  /** Minute of the day the programme starts at, when it runs past midnight; 0 for a day within one date. */
  private final int dayStart;

  public Programme(Event event, List<Speaker> speakers, List<Session> sessions, List<Topic> topics) {
    this.event = Objects.requireNonNull(event, "event");
    this.speakers = List.copyOf(speakers);
    this.dayStart = dayStart(sessions);
    this.sessions = sessions.stream()
        .sorted(Comparator.comparingInt((Session s) -> minutes(s.start())).thenComparingInt(s -> minutes(s.end())))
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
    this.lastEnd = this.sessions.stream().map(Session::end).max(Comparator.comparingInt(this::minutes));
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

  /**
   * Minutes from the midnight before the day, for putting times in the day's order: on an evening that runs past
   * midnight ("DJ-set 00:00–01:00" after a programme from 19:00) a time after midnight comes after the evening's.
   */
  public int minutes(LocalTime time) {
    int minute = minuteOf(time);
    return minute < dayStart ? minute + MINUTES_PER_DAY : minute;
  }

  /** Whether the day runs past midnight ({@link #minutes}). */
  public boolean pastMidnight() {
    return dayStart > 0;
  }

  /** Whether something from {@code start} to {@code end} is on at {@code time}, in the day's own order. */
  public boolean runsAt(LocalTime start, LocalTime end, LocalTime time) {
    int at = minutes(time);
    return minutes(start) <= at && at < minutes(end);
  }

  /**
   * Where the day starts: halfway its longest quiet stretch when that stretch lies between sessions of one date (the
   * day runs past midnight), otherwise at midnight.
   */
  private static int dayStart(List<Session> sessions) {
    List<int[]> spans = sessions.stream().map(s -> new int[] {minuteOf(s.start()), minuteOf(s.end())})
        .sorted(Comparator.comparingInt((int[] span) -> span[0])).toList();
    int longest = 0;
    int start = 0;
    int reached = spans.isEmpty() ? 0 : spans.get(0)[1];
    for (int i = 1; i < spans.size(); i++) {
      int gap = spans.get(i)[0] - reached;
      if (gap > longest) {
        longest = gap;
        start = spans.get(i)[0];
      }
      reached = Math.max(reached, spans.get(i)[1]);
    }
    int overnight = spans.isEmpty() ? 0 : spans.get(0)[0] + MINUTES_PER_DAY - reached;
    // the middle of the quiet stretch, not its end: at 18:00, before an evening from 18:30 to 01:30, the day is still
    // to come, not over
    return longest >= NIGHT && longest > overnight && spans.get(0)[0] < SMALL_HOURS ? start - longest / 2 : 0;
  }

  private static int minuteOf(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  @Override
  public String toString() {
    return "Programme[" + event.title() + ", " + sessions.size() + " sessions]";
  }
}
