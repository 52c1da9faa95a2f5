package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Venue;

/**
 * Yes/no questions about where and when: the day's venue, date, start and end, and whether a session is in the room
 * asked about. Each says yes or no and then what the programme does say.
 */
final class YesNoPlaces {
  private static final nl.dagwijzer.nlu.TextNormaliser NORMALISER = new nl.dagwijzer.nlu.TextNormaliser();
  private final Answering a;

  YesNoPlaces(Answering a) {
    this.a = a;
  }

  /** "eindigt de bijeenkomst om 13:00?", "begint het om half tien?": the day's start or end against the time. */
  Optional<Written> dayEdgeAt() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    List<Condition.At> at = a.query().all(Condition.At.class);
    boolean end = names.stream().anyMatch(c -> c.entity().type() == EntityType.PART && c.entity().id().equals("einde"));
    boolean start = names.stream().anyMatch(c -> c.entity().type() == EntityType.PART
        && c.entity().id().equals("begin"));
    boolean onlyDay = names.stream().allMatch(c -> c.entity().type() == EntityType.EVENT
        || c.entity().type() == EntityType.PART && (c.entity().id().equals("einde") || c.entity().id().equals("begin")));
    Optional<Condition.InRound> round = a.query().first(Condition.InRound.class);
    Optional<nl.dagwijzer.nlu.DayPeriod> period = a.query().first(Condition.InPeriod.class)
        .map(Condition.InPeriod::period);
    Optional<Slot> roundSlot = round.flatMap(r -> a.index().round(r.round(), period));
    if (roundSlot.isPresent() && at.size() == 1 && end != start) {
      // "begint de eerste ronde om 10:00?": that round's start (or end), not the day's
      int number = round.get().round();
      Slot slot = roundSlot.get();
      java.time.LocalTime edge = end ? slot.end() : slot.start();
      String which = (number < 0 ? "laatste" : DutchText.ordinal(number)) + " ronde";
      String ronde = period.map(p -> (number == 1 ? "ronde" : which) + " in " + p.phrase()).orElse(which);
      return Optional.of(Written.text((edge.equals(at.get(0).time()) ? "Ja, " : "Nee, ") + "de "
          + ronde + " " + (end ? "eindigt" : "begint") + " om "
          + DutchText.time(edge) + "."));
    }
    if (at.size() != 1 || end == start || !onlyDay || a.programme().sessions().isEmpty()) {
      return Optional.empty();
    }
    java.time.LocalTime edge = end ? a.programme().lastEnd().orElseThrow() : a.programme().firstStart().orElseThrow();
    DayEdges edges = new DayEdges(a.programme());
    java.time.LocalTime real = end ? edges.end() : edges.start().start();
    if (!real.equals(edge) && real.equals(at.get(0).time())) {
      // "begint het om 14:00?" when a walk-in opens at 13:50: not the programme's first minute, but say what is then
      List<Slot> slots = a.programme().slots();
      Slot outside = end ? slots.get(slots.size() - 1) : slots.get(0);
      Slot inside = end ? slots.get(slots.size() - 2) : edges.start();
      String verb = end ? " eindigt " : " begint ";
      return Optional.of(Written.text("Nee, het programma" + verb + "om " + DutchText.time(edge) + " met "
          + DutchText.slot(a.programme(), outside) + "; om " + DutchText.time(real) + verb
          + DutchText.slot(a.programme(), inside) + "."));
    }
    return Optional.of(Written.text((edge.equals(at.get(0).time()) ? "Ja, " : "Nee, ") + "het programma "
        + (end ? "eindigt" : "begint") + " om " + DutchText.time(edge) + "."));
  }

  /** The sentence of the day's description that names {@code place} as a whole word. */
  private Optional<String> describedPlace(String place) {
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])"
        + java.util.regex.Pattern.quote(place) + "(?![\\p{L}\\p{N}])");
    return DescriptionIndex.sentences(a.programme().event().summary()).stream()
        .filter(sentence -> word.matcher(sentence).find()).findFirst();
  }

  /** "is de kennismiddag in Zwolle?", "is het online?": the venue against the place asked about. */
  Optional<Written> venue() {
    Optional<String> asked = a.query().all(Detail.class).stream().flatMap(d -> d.place().stream()).findFirst();
    // "is de inwerkdag in het stadhuis?": a title with the place's word ("Rondleiding door het stadhuis") is no subject
    List<Condition.About> names = a.query().all(Condition.About.class).stream()
        .filter(c -> asked.isEmpty() || !c.entity().text().toLowerCase(java.util.Locale.ROOT).equals(asked.get()))
        .toList();
    boolean day = names.stream().allMatch(c -> c.entity().type() == EntityType.EVENT
        || c.entity().type() == EntityType.ORGANISATION);
    Optional<String> place = asked
        .or(() -> names.stream().filter(c -> c.entity().type() == EntityType.ORGANISATION)
            .map(c -> c.entity().text()).findFirst())
        // "is de kennismiddag in Zwolle?": a capital makes Zwolle look like a person, but beside the day it is a place
        // (not "is er na het toernooi nog een feestavond?", which asks whether there is one)
        .or(() -> a.query().hasDetail("er-is") ? Optional.empty() : a.unknown()
            .filter(u -> (!u.person() || !u.words().contains(" ")) && names.stream()
            .anyMatch(c -> c.entity().type() == EntityType.EVENT)).map(Condition.NotInProgramme::words));
    boolean aboutTheDay = names.stream().anyMatch(c -> c.entity().type() == EntityType.EVENT) || names.isEmpty()
        || a.query().all(Detail.class).stream().anyMatch(Detail::namesPlace);
    if (!day || !aboutTheDay || place.isEmpty() || a.query().has(Condition.At.class)) {
      return Optional.empty();
    }
    String where = new PlaceWriter(a).venue();
    if (a.programme().event().venue().isEmpty()) {
      // "is het online?" on a day without a venue whose description says "Online leerlunch via Microsoft Teams"
      return Optional.of(Written.text(describedPlace(place.get()).map(s -> "Ja, " + Descriptions.fromDay(s))
          .orElse(where))); // else neither yes nor no: the programme does not say
    }
    // whole words: "in Den Haag" is not in "Stadhuis Leiden"
    java.util.regex.Pattern words = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
        + java.util.regex.Pattern.quote(place.get().toLowerCase(java.util.Locale.ROOT)) + "(?![\\p{L}\\p{N}])");
    // "in het stadhuis van Tiel" is "Stadhuis Tiel": without the "van" of a place's name, every word of it there
    List<String> without = java.util.Arrays.stream(place.get().toLowerCase(java.util.Locale.ROOT).split(" "))
        .filter(w -> !w.equals("van") && !w.equals("de") && !w.equals("het")).toList();
    boolean yes = a.programme().event().venue().map(v -> NORMALISER.normalise(v.name() + " " + v.address()))
        .filter(v -> words.matcher(v).find() || without.size() >= 2 && without.stream().allMatch(w ->
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w)
                + "(?![\\p{L}\\p{N}])").matcher(v).find())).isPresent();
    Venue venue = a.programme().event().venue().orElseThrow();
    if (!yes && venue.address().isBlank() && !place.get().equals("online")
        && !venue.name().toLowerCase(java.util.Locale.ROOT).startsWith("online")) {
      // "is het in Utrecht?" when the programme names only "Congrescentrum Het Veerhuis", no address: all it can say
      return Optional.of(Written.text("Nee, " + DutchText.capitalise(place.get()) + " staat niet in het programma:"
          + " het noemt als locatie alleen " + venue.name() + "."));
    }
    if (!yes && place.get().equals("online")) {
      return Optional.of(Written.text("Nee, het is niet online: " + where)); // "kan ik het online volgen?"
    }
    if (!yes && where.endsWith(".")) {
      // "kan ik ook via Zoom meedoen?": no, where it is, and not there
      String via = java.util.Set.of("zoom", "teams", "webex", "youtube", "meet").contains(place.get()) ? "via " : "in ";
      return Optional.of(Written.text("Nee, " + where.substring(0, where.length() - 1) + ", niet " + via
          + java.util.Arrays.stream(place.get().split(" ")).map(DutchText::capitalise)
          .collect(java.util.stream.Collectors.joining(" ")) + "."));
    }
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + where)); // it starts with the day's own title
  }

  /**
   * "kan ik X en Y allebei volgen?" (yes when they are not at the same time), "overlappen X en Y?" (yes when they
   * are).
   */
  Optional<Written> together() {
    List<String> words = a.query().all(Detail.class).stream().map(Detail::word).toList();
    boolean overlap = words.contains("overlap");
    java.util.Set<String> ids = new java.util.HashSet<>();
    a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.SESSION)
        .forEach(c -> ids.add(c.entity().id()));
    // "wonen en werk en de workshop over jongeren": the sessions named, not every workshop
    List<Session> ofIds = a.selection().mentioned().stream().filter(s -> ids.contains(s.id())).toList();
    List<Session> named = ofIds.stream().map(Session::title).distinct().count() >= 2 ? ofIds
        : a.selection().mentioned();
    if (!overlap && !words.contains("allebei") || named.size() < 2) {
      return Optional.empty();
    }
    // a session given more than once is one choice with several times; a series ("twee thematafels") is any two
    java.util.Map<String, List<Session>> byTitle = new java.util.LinkedHashMap<>();
    named.forEach(s -> byTitle.computeIfAbsent(s.title(), t -> new ArrayList<>()).add(s));
    // "om 15:00 naar X en om 15:30 naar Y": the times say which of their times are meant
    java.util.Set<java.time.LocalTime> times = new java.util.HashSet<>();
    a.query().all(Condition.At.class).forEach(at -> times.add(at.time()));
    byTitle.replaceAll((title, options) -> options.stream().anyMatch(o -> times.contains(o.start()))
        ? options.stream().filter(o -> times.contains(o.start())).toList() : options);
    // "de eerste rondleiding en de eerste mantelzorgsessie": the first time of each
    a.query().order().filter(o -> o == nl.dagwijzer.nlu.Query.Order.FIRST || o == nl.dagwijzer.nlu.Query.Order.LAST)
        .ifPresent(o -> byTitle.replaceAll((title, options) -> List.of(o == nl.dagwijzer.nlu.Query.Order.FIRST
            ? options.get(0) : options.get(options.size() - 1))));
    boolean series = a.query().all(Condition.About.class).stream().anyMatch(c -> SeriesNames.isSeries(c.entity())
        || c.entity().type() == EntityType.PART) && a.query().all(Condition.About.class).stream()
        .noneMatch(c -> c.entity().type() == EntityType.SESSION);
    List<Session> plan = overlap ? List.of() : series ? anyTwo(named) : oneOfEach(new ArrayList<>(byTitle.values()),
        0, new ArrayList<>());
    boolean clash = plan.isEmpty();
    List<Session> shown = clash ? byTitle.values().stream().map(l -> l.get(0)).toList() : plan;
    if (overlap) {
      clash = false;
      for (int i = 0; i < named.size(); i++) {
        for (int j = i + 1; j < named.size(); j++) {
          clash |= clashes(named.get(i), named.get(j));
        }
      }
      shown = named;
    }
    boolean yes = overlap == clash;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + (clash ? "die zijn (deels) tegelijk: "
        : "die zijn niet tegelijk: ") + join(shown.stream().limit(4).map(this::brief).toList()) + ".")
        .turningTo(shown));
  }

  private static boolean clashes(Session x, Session y) {
    return x.start().isBefore(y.end()) && y.start().isBefore(x.end());
  }

  /** One time of each title, none at the same time as another; empty when there is no such choice. */
  private static List<Session> oneOfEach(List<List<Session>> titles, int at, List<Session> chosen) {
    if (at == titles.size()) {
      return List.copyOf(chosen);
    }
    for (Session option : titles.get(at)) {
      if (chosen.stream().noneMatch(c -> clashes(c, option))) {
        chosen.add(option);
        List<Session> plan = oneOfEach(titles, at + 1, chosen);
        chosen.remove(chosen.size() - 1);
        if (!plan.isEmpty()) {
          return plan;
        }
      }
    }
    return List.of();
  }

  /** Two of a series that are not at the same time. */
  private static List<Session> anyTwo(List<Session> sessions) {
    for (int i = 0; i < sessions.size(); i++) {
      for (int j = i + 1; j < sessions.size(); j++) {
        if (!clashes(sessions.get(i), sessions.get(j))) {
          return List.of(sessions.get(i), sessions.get(j));
        }
      }
    }
    return List.of();
  }

  /** "is het cabaret in zaal Valkhof?" when it is in another room: no, and where it is. */
  Optional<Written> elsewhere() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    List<String> rooms = names.stream().filter(c -> c.entity().type() == EntityType.ROOM)
        .map(c -> c.entity().id()).toList();
    boolean other = names.stream().anyMatch(c -> c.entity().type() == EntityType.SESSION
        || c.entity().type() == EntityType.PART || c.entity().type() == EntityType.SPEAKER
        || c.entity().type() == EntityType.TOPIC); // "is de open space in de Waalzaal?": a topic's sessions
    if (rooms.isEmpty() || !other || !a.selection().subject().isEmpty()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().mentioned().stream()
        .filter(s -> rooms.stream().noneMatch(r -> a.index().inRoom(r).contains(s))).toList();
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Written.text("Nee, " + join(named.stream().limit(3).map(s -> brief(s)
        + s.room().map(r -> " is in " + r).orElse(" heeft geen zaal in het programma")).toList()) + (named.size() > 3 ? " (en nog " + (named.size() - 3) + " meer)" : "")
        + "." + inRooms(rooms)).turningTo(named));
  }

  /** " In Break-out 3: ‘...’ (11:35–12:05)." for a room with one or two sessions: what is there instead. */
  private String inRooms(List<String> rooms) {
    StringBuilder text = new StringBuilder();
    for (String room : rooms) {
      List<Session> there = a.index().inRoom(room);
      if (!there.isEmpty() && there.size() <= 2) {
        text.append(" In ").append(room).append(": ").append(join(there.stream().map(this::brief).toList()))
            .append(".");
      }
    }
    return text.toString();
  }

  /** "‘Schulden en stress’ (Youssef Amrani, 11:00–12:15)", "de lunch (12:15–13:15)". */
  private String brief(Session session) {
    String who = join(a.speakersOf(session).stream().map(nl.dagwijzer.programme.Speaker::name).toList());
    return DutchText.name(session) + " (" + (who.isEmpty() ? "" : who + ", ") + DutchText.span(session) + ")";
  }

  Written onDate(Condition.OnDate asked) {
    Optional<java.time.LocalDate> date = a.programme().event().date();
    if (date.isEmpty()) {
      return Written.text("Dat weet ik niet: de datum staat niet in het programma.");
    }
    boolean yes = asked.day().map(d -> java.time.MonthDay.from(date.get()).equals(d))
        .or(() -> asked.weekday().map(d -> d == date.get().getDayOfWeek()))
        .or(() -> asked.year().map(y -> y == date.get().getYear()))
        .or(() -> asked.month().map(m -> m == date.get().getMonth())).orElse(false);
    java.util.Locale dutch = java.util.Locale.forLanguageTag("nl");
    java.time.format.TextStyle full = java.time.format.TextStyle.FULL;
    String not = asked.day().map(d -> "op " + d.getDayOfMonth() + " " + d.getMonth().getDisplayName(full, dutch))
        .or(() -> asked.weekday().map(d -> "op " + d.getDisplayName(full, dutch)))
        .or(() -> asked.year().map(y -> "in " + y))
        .or(() -> asked.month().map(m -> "in " + m.getDisplayName(full, dutch))).orElse("");
    return Written.text((yes ? "Ja, " : "Nee, ") + a.eventName() + " is op " + DutchText.date(date.get())
        + (yes || not.isEmpty() ? "" : ", niet " + not) + ".");
  }
}
