package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * The sessions a question's names select, one group per kind of name. Within a group names add up ("Maartje Bos
 * en Michiel Luigjes"); across groups they narrow down ("de workshop van Breda" is a workshop and given by someone
 * from Breda). A session named by its title wins over a general word that would exclude it.
 */
final class Groups {
  /** A meal that starts later than this is no lunch. */
  private static final java.time.LocalTime LATEST_LUNCH = java.time.LocalTime.of(16, 0);

  private final ProgrammeIndex index;
  private final Map<EntityType, Set<Session>> groups = new EnumMap<>(EntityType.class);
  /** The people named by name, who may also be listed in a session they do not speak at. */
  private final List<Speaker> named = new ArrayList<>();
  /** Who holds a role named, and at which session (null: all day). */
  private final List<Held> held = new ArrayList<>();
  /** The sessions of organisations named by one word of a longer name ("molens"). */
  private final Set<Session> partialOrganisation = new java.util.HashSet<>();
  /** The sessions of each series named so far. */
  private final List<List<Session>> seriesNamed = new ArrayList<>();
  /** The words of the series named so far ("finale"). */
  private final List<String> seriesWords = new ArrayList<>();
  /** The words that named sessions, as typed ("blok 1"). */
  private final List<String> sessionWords = new ArrayList<>();
  /** The parts named, by the words that named them ("vliegprogramma"). */
  private final Map<String, List<Session>> partWords = new java.util.HashMap<>();
  /** Each session named, with the words that named it. */
  private final List<Map.Entry<String, Session>> namedBy = new ArrayList<>();

  private record Held(Speaker speaker, Session session) {
  }

  Groups(ProgrammeIndex index) {
    this.index = index;
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  boolean has(EntityType type) {
    return groups.containsKey(type);
  }

  /** Adds what {@code entity} selects; collects the people, topics and missing parts it names on the way. */
  void add(Entity entity, Set<Speaker> speakers, List<Topic> topics, List<DayPart> missing) {
    Programme programme = index.programme();
    switch (entity.type()) {
      // "de poll in webinar 3": a part of the day narrows down as a round does
      case SESSION -> index.openedParts().named(entity).ifPresentOrElse(part -> {
            group(EntityType.ROUND).addAll(part);
            partWords.put(entity.text(), part);
          }, () -> programme.session(entity.id()).ifPresent(s -> {
            group(EntityType.SESSION).add(s);
            sessionWords.add(entity.text().toLowerCase(java.util.Locale.ROOT));
            namedBy.add(java.util.Map.entry(entity.text(), s));
          }));
      case SPEAKER -> programme.speaker(entity.id()).ifPresent(speaker -> {
        speakers.add(speaker);
        named.add(speaker);
        group(EntityType.SPEAKER).addAll(programme.sessionsOf(speaker));
      });
      case ORGANISATION -> {
        // "de geschiedenis van de molens" is one word of "Stichting Molens Kerkwoude": it may say nothing of them
        boolean partial = !entity.text().contains(" ") && entity.id().contains(" ");
        index.ofOrganisation(entity.id()).forEach(speaker -> {
          speakers.add(speaker);
          List<Session> theirs = programme.sessionsOf(speaker);
          group(EntityType.SPEAKER).addAll(theirs);
          if (partial) {
            partialOrganisation.addAll(theirs);
          }
        });
      }
      case TOPIC -> programme.topic(entity.id()).ifPresent(topic -> {
        topics.add(topic);
        List<Session> sessions = topic.sessionIds().stream().flatMap(id -> programme.session(id).stream()).toList();
        // "het vliegprogramma" as a topic of the displays that "Opening van het vliegprogramma" opens: that part
        Optional<List<Session>> part = index.openedParts().called(topic.name())
            .filter(p -> !sessions.isEmpty() && p.containsAll(sessions));
        if (part.isPresent()) {
          group(EntityType.ROUND).addAll(part.get());
        } else {
          group(EntityType.TOPIC).addAll(sessions);
        }
      });
      case ROOM -> group(EntityType.ROOM).addAll(index.inRoom(entity.id()));
      case ROLE -> addRoleHolders(index.rolesMatching(Set.of(entity.id())), speakers);
      case MENTION -> group(EntityType.MENTION).addAll(TitleMentions.of(entity.id(), index::mentioning));
      case ROUND -> {
        var rounds = index.rounds();
        int number = entity.id().equals("last") ? rounds.size() : Integer.parseInt(entity.id());
        if (number >= 1 && number <= rounds.size()) {
          group(EntityType.ROUND).addAll(rounds.get(number - 1).sessions());
        }
      }
      case PART -> {
        if (SeriesNames.isSeries(entity)) {
          List<Session> series = CompoundMember.narrowed(entity, index.series(entity.id()));
          // "in de spreekkamers": a series of rooms ("Spreekkamer 1", "Spreekkamer 2") narrows as a room does
          boolean rooms = roomSeries(entity, series);
          // "het Catan-toernooi": of two series by title, one within the other, the narrower is meant
          if (!rooms && seriesNamed.stream().anyMatch(series::containsAll)) {
            return;
          }
          seriesWords.add(entity.id().substring(SeriesNames.ID_PREFIX.length()));
          Set<Session> crossed = rooms ? Set.of() : CrossedSeries.of(group(EntityType.PART), series, seriesWords);
          if (!crossed.isEmpty() && seriesNamed.stream().noneMatch(other -> other.containsAll(series))) {
            group(EntityType.PART).clear(); // (what both name may be of the series named last only)
            group(EntityType.PART).addAll(crossed);
            seriesNamed.add(series);
            return;
          }
          if (!rooms) {
            seriesNamed.stream().filter(other -> other.containsAll(series))
                .forEach(other -> group(EntityType.PART).removeAll(other));
            seriesNamed.add(series);
          }
          group(rooms ? EntityType.ROOM : EntityType.PART).addAll(series);
        }
        DayPart.ofId(entity.id()).filter(p -> p != DayPart.BEGIN && p != DayPart.EINDE).ifPresent(part -> {
        List<Session> sessions = index.part(part);
        if (part == DayPart.LUNCH && entity.text().startsWith("lunch")) {
          // "wanneer is de lunch?" on an evening: a meal at seven is a dinner, unless the programme calls it lunch
          sessions = sessions.stream().filter(s -> s.start().isBefore(LATEST_LUNCH)
              || (s.title() + " " + String.join(" ", s.aliases())).toLowerCase(java.util.Locale.ROOT).contains("lunch"))
              .toList();
        }
        if (sessions.isEmpty()) {
          missing.add(part);
        }
        group(EntityType.PART).addAll(sessions);
        });
      }
      default -> {
        // times, amounts and the day itself select no sessions by name
      }
    }
  }

  /** A series named only by the rooms its sessions are in, never by their titles. */
  private static boolean roomSeries(Entity entity, List<Session> series) {
    String word = entity.id().substring(SeriesNames.ID_PREFIX.length());
    return !series.isEmpty() && series.stream().allMatch(s -> s.room().filter(r -> r.toLowerCase(java.util.Locale.ROOT)
        .startsWith(word)).isPresent() && !s.title().toLowerCase(java.util.Locale.ROOT).startsWith(word));
  }

  /** People with a role: the sessions where they have it, or all their sessions for a role they have all day. */
  void addRoleHolders(List<ProgrammeIndex.RoleHolder> holders, Set<Speaker> speakers) {
    Set<Session> group = group(EntityType.ROLE);
    for (ProgrammeIndex.RoleHolder holder : holders) {
      speakers.add(holder.speaker());
      held.add(new Held(holder.speaker(), holder.session()));
      if (holder.session() != null) {
        group.add(holder.session());
      } else {
        group.addAll(index.programme().sessionsOf(holder.speaker()));
      }
    }
  }

  /**
   * "het vliegprogramma" names both "Opening van het vliegprogramma", which opens that part, and "Pauze in het
   * vliegprogramma" inside it: the words name the part, not also the session in it.
   */
  private void partsOverSessions() {
    Set<Session> sessions = groups.get(EntityType.SESSION);
    if (sessions == null || partWords.isEmpty()) {
      return;
    }
    namedBy.stream().filter(e -> partWords.getOrDefault(e.getKey(), List.of()).contains(e.getValue()))
        .forEach(e -> sessions.remove(e.getValue()));
    if (sessions.isEmpty()) {
      groups.remove(EntityType.SESSION);
    }
  }

  /** Sessions in every group, in programme order; a named session survives a general word that excludes it. */
  List<Session> intersection() {
    partsOverSessions();
    if (!partialOrganisation.isEmpty() && groups.size() >= 2) {
      Set<Session> all = Sessions.setOf(groups.get(EntityType.SPEAKER));
      groups.values().forEach(all::retainAll);
      if (all.isEmpty()) {
        // an organisation named by one word of its name that none of the other names has
        groups.get(EntityType.SPEAKER).removeAll(partialOrganisation);
        if (groups.get(EntityType.SPEAKER).isEmpty()) {
          groups.remove(EntityType.SPEAKER);
        }
      }
    }
    Set<Session> result = null;
    for (Set<Session> group : groups.values()) {
      if (result == null) {
        result = Sessions.setOf(group);
      } else {
        result.retainAll(group);
      }
    }
    if (named.size() == 1 && groups.containsKey(EntityType.ROLE) && groups.containsKey(EntityType.SPEAKER)) {
      // "bij welke sessie is Bart van 't Hof moderator?": where he has the role, not every session he is at
      Set<Session> where = Sessions.setOf(held.stream().filter(h -> h.speaker().equals(named.get(0))
          && h.session() != null).map(Held::session).toList());
      if (!where.isEmpty()) {
        result.retainAll(where);
      }
    }
    if (result.isEmpty() && groups.size() == 2 && named.size() == 1 && (groups.containsKey(EntityType.PART)
        || groups.containsKey(EntityType.SESSION))) {
      // "in welke subgroep zit Bart de Graaf?" when a subgroup's details list him among its participants
      String name = named.get(0).name();
      Set<Session> other = groups.get(groups.containsKey(EntityType.PART) ? EntityType.PART : EntityType.SESSION);
      result = Sessions.setOf(other.stream().filter(session -> DescriptionIndex.sentences(session).stream()
          .anyMatch(sentence -> listing(sentence, name))).toList());
    }
    if (result.isEmpty() && groups.containsKey(EntityType.SESSION) && groups.containsKey(EntityType.PART)
        && groups.size() == 2) {
      // "de kick-off van blok 1" where "blok 1" named "Stagemarkt blok 1": the kick-off whose title has the words
      List<Session> member = groups.get(EntityType.PART).stream().filter(s -> sessionWords.stream()
          .anyMatch(w -> w.contains(" ") && s.title().toLowerCase(java.util.Locale.ROOT).contains(w))).toList();
      if (member.size() == 1) {
        return member;
      }
      result = groups.get(EntityType.SESSION);
      // "het webinar over de Wsnp" when each webinar is a part opened by "Opening webinar N": the part with it
      List<Session> parts = index.openedParts().containing(groups.get(EntityType.PART), result);
      if (!parts.isEmpty()) {
        result = Sessions.setOf(parts);
      }
    }
    return ordered(result);
  }

  /**
   * Whether {@code sentence} lists {@code name} among others ("Deelnemers: Bart de Graaf (Noord), Sanne ..."), not
   * only mentions the person ("overhandigt het boek aan Marianne ten Hove").
   */
  static boolean listing(String sentence, String name) {
    int colon = sentence.indexOf(':');
    return colon >= 0 && sentence.indexOf(name) > colon && sentence.chars().filter(c -> c == ',').count() >= 2;
  }

  /** Sessions in any group, in programme order. */
  List<Session> union() {
    partsOverSessions();
    Set<Session> result = Sessions.emptySet();
    groups.values().forEach(result::addAll);
    return ordered(result);
  }

  private List<Session> ordered(Set<Session> sessions) {
    List<Session> list = new ArrayList<>(sessions);
    list.sort(java.util.Comparator.comparingInt(index::position));
    return list;
  }

  private Set<Session> group(EntityType type) {
    return groups.computeIfAbsent(type, k -> Sessions.emptySet());
  }
}
