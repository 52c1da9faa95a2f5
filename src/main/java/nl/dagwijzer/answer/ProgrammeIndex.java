package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;

/**
 * What answering needs to look up in one programme, worked out once when the programme is loaded: the sessions each
 * general part of the day stands for, the rounds of parallel sessions, sessions by room and by organisation, and who
 * has which role. A question then costs time in proportion to what it selects, never a scan inside a scan.
 */
final class ProgrammeIndex {
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  private final Programme programme;
  private final SeriesNames series;
  /** Built on first use: most questions never need it, and a cold {@code ask} should not pay for it. */
  private volatile DescriptionIndex descriptions;
  private final Map<DayPart, List<Session>> byPart = new EnumMap<>(DayPart.class);
  private final List<Slot> rounds;
  private final Map<String, List<Session>> byRoom = new HashMap<>();
  private final Map<String, List<Speaker>> byOrganisation = new HashMap<>();
  private final Map<String, Integer> positionOf = new HashMap<>();
  private final List<RoleHolder> roles = new ArrayList<>();
  private final Map<Session, Set<String>> texts = new LinkedHashMap<>();
  private final OpenedParts openedParts;

  /** Someone with a role: in one session ({@code session} set) or for the whole day. */
  record RoleHolder(Speaker speaker, String role, Session session, String normalised) {
    RoleHolder(Speaker speaker, String role, Session session) {
      this(speaker, role, session, NORMALISER.normalise(role).replace('-', ' ')); // "co-host" as "co host" is read
    }
  }

  ProgrammeIndex(Programme programme) {
    this(programme, new SeriesNames(programme, NORMALISER));
  }

  /** {@code series}: the day's series, when the reading has worked them out already. */
  ProgrammeIndex(Programme programme, SeriesNames series) {
    this.programme = programme;
    this.series = series;
    this.openedParts = new OpenedParts(programme);
    Map<Session, List<String>> words = new LinkedHashMap<>();
    // the places rooms give after a comma, in programme order
    Set<String> places = new java.util.LinkedHashSet<>();
    for (int i = 0; i < programme.sessions().size(); i++) {
      Session session = programme.sessions().get(i);
      positionOf.put(session.id(), i);
      words.put(session, Stream.concat(Stream.of(session.title()), session.aliases().stream())
          .flatMap(text -> NORMALISER.tokens(text).stream()).toList());
      session.room().ifPresent(room -> {
        byRoom.computeIfAbsent(room, k -> new ArrayList<>()).add(session);
        List<String> parts = nl.dagwijzer.programme.RoomParts.of(room);
        if (parts.size() > 1) {
          parts.forEach(part -> byRoom.computeIfAbsent(part, k -> new ArrayList<>()).add(session));
        }
        List<String> located = nl.dagwijzer.programme.RoomParts.location(room).stream().limit(1).toList();
        places.addAll(located);
        Stream.concat(located.stream(), nl.dagwijzer.programme.RoomParts.town(room).stream())
            .forEach(place -> byRoom.computeIfAbsent(place, k -> new ArrayList<>()).add(session));
      });
      Set<String> text = new java.util.HashSet<>();
      Stream.concat(Stream.of(session.title(), session.summary()),
          Stream.concat(session.details().stream(), session.aliases().stream()))
          .forEach(t -> text.addAll(NORMALISER.tokens(t)));
      // a track's explanation says what each of its sessions is about ("Track Blauw: Digitale zorg en technologie in
      // de wijk"); the explanation of a topic named by its subject only explains that subject
      programme.topics().stream().filter(t -> t.sessionIds().contains(session.id()) && Tracks.labels(NORMALISER.tokens(t.name())))
          .forEach(t -> text.addAll(NORMALISER.tokens(t.explanation())));
      texts.put(session, text);
      session.speakerRoles().forEach((id, role) -> programme.speaker(id)
          .ifPresent(speaker -> roles.add(new RoleHolder(speaker, role, session))));
    }
    for (Speaker speaker : programme.speakers()) {
      if (!speaker.organisation().isBlank()) {
        byOrganisation.computeIfAbsent(speaker.organisation(), k -> new ArrayList<>()).add(speaker);
      }
      if (!speaker.role().isBlank()) {
        roles.add(new RoleHolder(speaker, speaker.role(), null));
      }
    }
    PartSessions parts = new PartSessions(programme, words, word -> !mentioning(word).isEmpty());
    for (DayPart part : DayPart.values()) {
      byPart.put(part, parts.of(part));
    }
    // "wat is er op het havenplein?": the place "Tent Kinderwerf, Havenplein" gives is "Podium Havenplein" too
    for (String place : places) {
      java.util.function.Predicate<String> naming = nl.dagwijzer.programme.RoomParts.naming(place);
      Set<Session> there = new java.util.HashSet<>(byRoom.get(place));
      byRoom.put(place, programme.sessions().stream()
          .filter(s -> there.contains(s) || s.room().filter(naming).isPresent()).toList());
    }
    this.rounds = Rounds.of(programme);
  }

  OpenedParts openedParts() {
    return openedParts;
  }

  DescriptionIndex descriptions() {
    DescriptionIndex built = descriptions;
    if (built == null) {
      synchronized (this) {
        built = descriptions;
        if (built == null) {
          built = new DescriptionIndex(programme);
          descriptions = built;
        }
      }
    }
    return built;
  }

  Programme programme() {
    return programme;
  }

  /** The sessions a general word stands for here; empty when the programme has no such part. */
  List<Session> part(DayPart part) {
    return byPart.get(part);
  }

  /** Blocks of parallel workshops (or of parallel sessions, when there are no workshops), in time order. */
  List<Slot> rounds() {
    return rounds;
  }

  /** The {@code number}th round of the day (a negative number: the last), when the day has that many. */
  Optional<Slot> round(int number) {
    return round(number, rounds);
  }

  /** The rounds that start in a part of the day, or all of them. */
  List<Slot> rounds(Optional<nl.dagwijzer.nlu.DayPeriod> period) {
    return period.map(p -> rounds.stream().filter(r -> p.contains(r.start())).toList()).orElse(rounds);
  }

  /** The {@code number}th round of a part of the day ("de avondronde" is the first of the evening). */
  Optional<Slot> round(int number, Optional<nl.dagwijzer.nlu.DayPeriod> period) {
    return round(number, rounds(period));
  }

  private static Optional<Slot> round(int number, List<Slot> rounds) {
    if (number == 0 || Math.abs(number) > rounds.size()) {
      return Optional.empty();
    }
    return Optional.of(rounds.get(number < 0 ? rounds.size() - 1 : number - 1));
  }

  /** The sessions of a series ("de tafels", see {@link SeriesNames}) by its entity id, in programme order. */
  List<Session> series(String id) {
    return series.sessions(id);
  }

  List<Session> inRoom(String room) {
    return byRoom.getOrDefault(room, List.of());
  }

  Set<String> rooms() {
    return byRoom.keySet();
  }

  /** Speakers of an organisation, or of every organisation of a kind ("kind:gemeente"). */
  List<Speaker> ofOrganisation(String organisation) {
    if (organisation.startsWith(nl.dagwijzer.nlu.Gazetteer.ORGANISATION_KIND)) {
      String kind = organisation.substring(nl.dagwijzer.nlu.Gazetteer.ORGANISATION_KIND.length());
      return programme.speakers().stream()
          .filter(s -> NORMALISER.tokens(s.organisation()).stream().findFirst().filter(kind::equals).isPresent())
          .toList();
    }
    return byOrganisation.getOrDefault(organisation, List.of());
  }

  /** Roles whose text contains any of {@code words} (normalised), e.g. "gespreksleider" for "leider". */
  List<RoleHolder> rolesMatching(Set<String> words) {
    Set<String> forms = new java.util.HashSet<>(words);
    words.forEach(word -> forms.addAll(RoleForms.feminine(word)));
    return roles.stream().filter(holder -> forms.stream().anyMatch(holder.normalised()::contains)).toList();
  }

  /** Sessions whose own texts use {@code word}, also inside a compound ("geld" in "geldzorgen"). */
  List<Session> mentioning(String word) {
    List<Session> found = new ArrayList<>();
    texts.forEach((session, words) -> {
      if (words.contains(word) || word.length() >= 4 && words.stream().anyMatch(w -> w.contains(word))) {
        found.add(session);
      }
    });
    return found;
  }

  /** Programme order of sessions, for sorting a selection without searching. */
  int position(Session session) {
    return positionOf.getOrDefault(session.id(), Integer.MAX_VALUE);
  }
}
