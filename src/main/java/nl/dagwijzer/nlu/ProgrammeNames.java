package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * Every name a question can use for things in one programme, for the {@link Gazetteer}: people and organisations
 * ({@link PeopleNames}); sessions by title, aliases and shorter variants;
 * topics; rooms, also without "zaal"; roles; the day itself; series of sessions.
 */
final class ProgrammeNames {
  private static final java.util.regex.Pattern STREET =
      java.util.regex.Pattern.compile("(\\p{L}{4,}(?:" + StreetWords.ENDINGS + "))\\s+\\d+\\s*\\p{L}?");
  static final Set<String> ARTICLES = Set.of("de", "het", "t");

  private ProgrammeNames() {
  }

  static List<Gazetteer.Entry> of(Programme programme, TextNormaliser normaliser, Set<String> ordinaryWords,
                                  SeriesNames series, Set<String> programmeWords) {
    List<Gazetteer.Entry> names = new ArrayList<>();
    PeopleNames.add(programme, normaliser, ordinaryWords, names);
    Map<String, String> seriesForms = series.names();
    Map<String, List<Session>> byTitle = new java.util.HashMap<>();
    programme.sessions().forEach(s -> byTitle.computeIfAbsent(s.title(), t -> new ArrayList<>()).add(s));
    java.util.Set<String> sessionWords = new java.util.HashSet<>(); // the words of the titles, for the day's kind
    for (Session session : programme.sessions()) {
      List<String> title = normaliser.tokens(session.title());
      sessionWords.addAll(title);
      add(names, EntityType.SESSION, session.id(), title);
      for (String alias : session.aliases()) {
        List<String> tokens = normaliser.tokens(alias);
        if (alias.length() == 2 && alias.chars().allMatch(Character::isUpperCase)) {
          // "AI", "UX": two capitals the organiser gave as a name, not a word ("de ai-lezing")
          names.add(new Gazetteer.Entry(EntityType.SESSION, session.id(), List.copyOf(tokens), names.size()));
        }
        // "pitches" as an alias of "Pitches ronde 1" when there is a "Pitches ronde 2": the word names the series
        boolean ofSeries = tokens.size() == 1 && seriesForms.containsKey(tokens.get(0))
            && series.sessions(seriesForms.get(tokens.get(0))).contains(session);
        if (!ofSeries) {
          addWhole(names, EntityType.SESSION, session.id(), tokens);
          // "domotica" as an alias of the first of two talks with one title names both, unless it tells them
          // apart ("domotica herhaling", "tweede keer domotica")
          if (tokens.stream().noneMatch(ProgrammeNames::tellsApart)) {
            byTitle.get(session.title()).stream().filter(twin -> twin != session)
                .forEach(twin -> add(names, EntityType.SESSION, twin.id(), tokens));
            // "postermarkt" as an alias of "Postermarkt ronde 1" when there is a "Postermarkt ronde 2" (too few to
            // be a series): the word names both
            numberedSiblings(programme, session, tokens, normaliser)
                .forEach(sibling -> add(names, EntityType.SESSION, sibling.id(), tokens));
          }
        }
      }
      SessionCodes.codes(session, normaliser).forEach(code -> add(names, EntityType.SESSION, session.id(), code));
    }
    RoomNames.add(programme, normaliser, ordinaryWords, series.described(), names);
    roles(programme).forEach(role -> {
      List<String> tokens = normaliser.tokens(role);
      addWhole(names, EntityType.ROLE, String.join(" ", tokens), tokens);
      if (tokens.size() > 1) {
        add(names, EntityType.ROLE, tokens.get(0), tokens.subList(0, 1));
        // "lokale band met covers", "algemeen directeur": after an adjective, the noun is the role people ask by
        // ("de band", "de directeuren")
        if (adjective(tokens.get(0)) && tokens.get(1).length() >= 4) {
          add(names, EntityType.ROLE, tokens.get(1), tokens.subList(1, 2));
        }
      }
      // "welke leraren doen er mee?" of a "docent aardrijkskunde" and a "juf van groep 6": one word for all teachers
      if (TEACHERS.contains(tokens.get(0))) {
        TEACHER_WORDS.forEach(word -> add(names, EntityType.ROLE, tokens.get(0), List.of(word)));
      }
      // "spoken word-artiest en stadsdichter van Tiel": each role after "en" is a word for this one too; a capital
      // word after "en" is part of a name ("wethouder Zorg en Welzijn")
      for (String part : role.split(" en |, ")) {
        String first = part.strip().split(" ")[0];
        if (!part.equals(role) && first.length() >= 5 && Character.isLowerCase(first.charAt(0))
            && !first.equals(tokens.get(0))) {
          List<String> word = normaliser.tokens(first);
          add(names, EntityType.ROLE, String.join(" ", word), word);
        }
      }
    });
    Event event = programme.event();
    add(names, EntityType.EVENT, "event", normaliser.tokens(event.title()));
    withoutYear(normaliser.tokens(event.title())).ifPresent(t -> add(names, EntityType.EVENT, "event", t));
    if (!event.series().isBlank()) {
      add(names, EntityType.EVENT, "event", normaliser.tokens(event.series()));
      add(names, EntityType.EVENT, "event", normaliser.tokens(event.series() + " " + event.title()));
    }
    DayKindWords.of(normaliser.tokens(event.series() + " " + event.title()), event, sessionWords).stream()
        .filter(word -> names.stream().noneMatch(e -> e.tokens().equals(List.of(word))))
        .forEach(word -> add(names, EntityType.EVENT, "event", List.of(word)));
    for (Topic topic : programme.topics()) {
      add(names, EntityType.TOPIC, topic.name(), normaliser.tokens(topic.name()));
      topic.aliases().forEach(alias -> add(names, EntityType.TOPIC, topic.name(), normaliser.tokens(alias)));
    }
    ShortNames.add(programme, normaliser, ordinaryWords, programmeWords, names, series.names().keySet());
    // after the variants: "stadhuis" is both where rooms are and a word of "Busrit terug naar het stadhuis"
    programme.sessions().stream().flatMap(s -> s.room().stream()).distinct().forEach(room -> {
      List<String> location = nl.dagwijzer.programme.RoomParts.location(room);
      location.forEach(place -> add(names, EntityType.ROOM, location.get(0), normaliser.tokens(place)));
      nl.dagwijzer.programme.RoomParts.town(room).ifPresent(town -> add(names, EntityType.ROOM, town,
          normaliser.tokens(town)));
      // "wat is er in de kalmoesstraat?" for "Atelier De Draad, Kalmoesstraat 8": the street without its number
      location.stream().limit(1).map(STREET::matcher).filter(java.util.regex.Matcher::matches)
          .forEach(street -> add(names, EntityType.ROOM, location.get(0), normaliser.tokens(street.group(1))));
    });
    Set<List<String>> taken = new java.util.HashSet<>();
    names.forEach(e -> taken.add(e.tokens()));
    StreetWords.add(programme, normaliser, names); // "op het kerkplein": "Muziektent Kerkplein", "Voorstraat en ..."
    // "het secretariaat" of the room "Wedstrijdsecretariaat": the last part of a room's one-word name, a word itself
    programme.sessions().stream().flatMap(s -> s.room().stream()).distinct().forEach(room -> {
      List<String> place = normaliser.tokens(room.split(",")[0]);
      if (place.size() == 1) {
        String word = place.get(0);
        // the part before it is a word of its own: "wedstrijd" + "secretariaat", not "thea" + "terzaal"
        CompoundHeads.longestHead(word, ROOM_HEAD, head -> {
          String front = word.substring(0, word.length() - head.length());
          String bare = front.endsWith("s") ? front.substring(0, front.length() - 1) : front;
          // (or starts another word of the programme: "wedstrijdleider")
          return ordinaryWords.contains(front) || ordinaryWords.contains(bare) || programmeWords.contains(bare)
              || programmeWords.stream().anyMatch(w -> w.startsWith(front) && w.length() >= front.length() + ROOM_HEAD
              && w.charAt(front.length()) != head.charAt(0));
        }).filter(head -> !taken.contains(List.of(head)) && !Gazetteer.ROOM_WORDS.contains(head)
            && !head.endsWith("zaal") // "ruimte" of "Wachtruimte" asks which room, it names none
            && !CommonWords.WORDS.contains(head)) // "hoeveel plaatsen zijn er?" names no "Werkplaats"
            .ifPresent(head -> add(names, EntityType.ROOM, room, List.of(head)));
      }
    });
    SessionCodes capitals = new SessionCodes(programme, normaliser);
    Set<String> known = new java.util.HashSet<>(ordinaryWords);
    known.addAll(programmeWords);
    Map<String, String> seriesHeads = SeriesHeads.of(series.names(), known);
    for (Session session : programme.sessions()) {
      capitals.capitals(session).stream().filter(w -> !taken.contains(w)
          && !taken.contains(w.subList(w.size() - 1, w.size())))
          .forEach(w -> names.add(new Gazetteer.Entry(EntityType.SESSION, session.id(), w, names.size())));
      CompoundHeads.of(session, normaliser).stream()
          .filter(head -> !taken.contains(List.of(head)) && !ordinaryWords.contains(head)
              && !seriesHeads.containsKey(head))
          .forEach(head -> add(names, EntityType.SESSION, session.id(), List.of(head))); // "de kramen"
    }
    series.names().forEach((form, id) -> {
      List<String> words = List.of(form.split(" ")); // "halve finales" of the series "halve finale"
      if (!taken.contains(words)) {
        add(names, EntityType.PART, id, words);
      }
    });
    seriesHeads.forEach((head, id) -> {
      if (!taken.contains(List.of(head)) && !series.names().containsKey(head)) {
        add(names, EntityType.PART, id, List.of(head));
      }
    });
    // "wie geeft de inleiding?" when the programme gives speakers the role "inleider" and no session is called so
    roles(programme).forEach(role -> {
      List<String> tokens = normaliser.tokens(role);
      String word = tokens.size() == 1 ? tokens.get(0) : "";
      if (word.length() >= 6 && word.endsWith("er")) {
        List<String> activity = List.of(word.substring(0, word.length() - 2) + "ing");
        if (!taken.contains(activity)) {
          add(names, EntityType.ROLE, word, activity);
        }
      }
    });
    roles(programme).forEach(role -> RoleCompounds.add(normaliser.tokens(role), ordinaryWords, taken, names));
    roles(programme).forEach(role -> RoleSynonyms.add(normaliser.tokens(role), taken, names)); // "de juf"
    RangeMembers.add(names); // "groep 8" of "Groep 7-8"
    return names;
  }

  /** The shortest last part of a room's name that names it: "secretariaat", not "zaal" of every "Theaterzaal". */
  private static final int ROOM_HEAD = 6;

  /** Roles that teach, asked by any of {@link #TEACHER_WORDS}. */
  private static final Set<String> TEACHERS = Set.of("docent", "leraar", "lerares", "leerkracht", "juf", "meester");
  private static final List<String> TEACHER_WORDS = List.of("leraar", "leraren", "lerares", "docent", "docenten",
      "leerkracht", "leerkrachten");

  private static final Set<String> PLACE_ADJECTIVES = Set.of("lokale", "regionale", "landelijke", "provinciale",
      "gemeentelijke", "plaatselijke", "algemeen");
  /**
   * Endings of adjectives that come before a role: "financieel", "creatief", "technisch", "artistiek"; not "-lijk",
   * whose "maatschappelijk werker" would make "wie werken er?" ask for the "werker".
   */
  private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(".{3,}(eel|ief|isch|iek)");

  private static boolean adjective(String token) {
    return PLACE_ADJECTIVES.contains(token) || ADJECTIVE.matcher(token).matches();
  }

  /** "Leiden Hackt 2026" is also "Leiden Hackt": people leave out the year. */
  private static java.util.Optional<List<String>> withoutYear(List<String> tokens) {
    return tokens.size() >= 3 && tokens.get(tokens.size() - 1).matches("(19|20)\\d\\d")
        ? java.util.Optional.of(tokens.subList(0, tokens.size() - 1)) : java.util.Optional.empty();
  }

  /**
   * The other sessions numbered like {@code session} under the title's first word, when the alias is that word alone:
   * "Postermarkt ronde 1" and "Postermarkt ronde 2" for the alias "postermarkt".
   */
  private static List<Session> numberedSiblings(Programme programme, Session session, List<String> alias,
                                                TextNormaliser normaliser) {
    List<String> title = normaliser.tokens(session.title());
    if (alias.size() != 1 || title.size() < 2 || !title.get(0).equals(alias.get(0))
        || !SeriesNames.isNumber(title.get(title.size() - 1))) {
      return List.of();
    }
    return programme.sessions().stream().filter(other -> other != session).filter(other -> {
      List<String> words = normaliser.tokens(other.title());
      return words.size() == title.size() && words.get(0).equals(alias.get(0))
          && SeriesNames.isNumber(words.get(words.size() - 1));
    }).toList();
  }

  /** A word in an alias that says which of a session's several times it is. */
  private static boolean tellsApart(String token) {
    return SeriesNames.isNumber(token) || RoundWords.ORDINALS.containsKey(token) || token.startsWith("herhal")
        || token.equals("keer") || DayPeriod.ofWord(token).isPresent() || token.chars().allMatch(Character::isDigit)
        || token.length() == 1 && Character.isLetter(token.charAt(0)) && !NameVariants.SMALL_WORDS.contains(token);
  }

  /** Every role written in the programme, of speakers and of speakers in one session. */
  private static Set<String> roles(Programme programme) {
    Set<String> roles = new LinkedHashSet<>();
    programme.speakers().stream().map(Speaker::role).filter(r -> !r.isBlank()).forEach(roles::add);
    programme.sessions().forEach(s -> roles.addAll(s.speakerRoles().values()));
    return roles;
  }

  static void add(List<Gazetteer.Entry> names, EntityType type, String id, List<String> tokens) {
    // One- and two-letter names ("de", "p") would match ordinary words everywhere.
    if (tokens.isEmpty() || tokens.size() == 1 && tokens.get(0).length() < 3 && !isCode(tokens.get(0))) {
      return;
    }
    names.add(new Gazetteer.Entry(type, id, List.copyOf(tokens), names.size()));
  }

  /** "B1", "3D": short names that hold a digit are codes, not ordinary words. */
  private static boolean isCode(String token) {
    return token.length() == 2 && token.chars().anyMatch(Character::isDigit)
        && token.chars().anyMatch(Character::isLetter);
  }

  /**
   * A whole role or alias ("dj", "mc"): two letters without a vowel are no Dutch word, so they name it too; the first
   * word of a longer role ("gz" of "gz-psycholoog") does not.
   */
  private static void addWhole(List<Gazetteer.Entry> names, EntityType type, String id, List<String> tokens) {
    if (tokens.size() == 1 && tokens.get(0).length() == 2 && tokens.get(0).chars().allMatch(Character::isLetter)
        && tokens.get(0).chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
      names.add(new Gazetteer.Entry(type, id, List.copyOf(tokens), names.size()));
    } else {
      add(names, type, id, tokens);
    }
  }
}
