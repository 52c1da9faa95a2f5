package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.lowerFirst;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Venue;

/**
 * Yes or no first, then why: what matched, or what there is instead ("Nee, de lunch is van 12:30 tot 13:00"). A
 * question about something the programme does not have gets "Nee" and says so.
 */
final class YesNoWriter {
  private final Answering a;

  YesNoWriter(Answering a) {
    this.a = a;
  }

  Written answer() {
    Selection selection = a.selection();
    Optional<Condition.OnDate> date = a.query().first(Condition.OnDate.class);
    if (date.isPresent()) {
      return onDate(date.get());
    }
    if (a.query().order().filter(o -> o == nl.dagwijzer.nlu.Query.Order.LONGEST
        || o == nl.dagwijzer.nlu.Query.Order.SHORTEST || o == nl.dagwijzer.nlu.Query.Order.SAME_LENGTH).isPresent()
        && selection.subject().size() >= 2 && a.query().all(Condition.About.class).size() >= 2) {
      return compareLengths();
    }
    Optional<String> contact = a.query().all(Condition.Detail.class).stream().flatMap(d -> d.contact().stream())
        .findFirst();
    if (contact.isPresent() && !selection.speakers().isEmpty()) {
      return Written.text("Dat staat niet in het programma: het noemt geen " + contact.get() + " van "
          + selection.speakers().get(0).name() + ".");
    }
    Optional<Condition.Lasting> dayLength = a.query().first(Condition.Lasting.class);
    if (dayLength.isPresent() && a.query().all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == EntityType.EVENT) && !a.query().all(Condition.About.class).isEmpty()) {
      int minutes = (int) java.time.Duration.between(a.programme().firstStart().orElseThrow(),
          a.programme().lastEnd().orElseThrow()).toMinutes();
      boolean yes = Resolver.compare(minutes, dayLength.get().comparison(), dayLength.get().minutes());
      return Written.text((yes ? "Ja, " : "Nee, ") + "het programma duurt " + DutchText.minutes(minutes) + ", van "
          + DutchText.time(a.programme().firstStart().orElseThrow()) + " tot "
          + DutchText.time(a.programme().lastEnd().orElseThrow()) + ".");
    }
    Optional<Written> role = speakerRole();
    if (role.isPresent()) {
      return role.get();
    }
    Optional<Written> place = venue();
    if (place.isPresent()) {
      return place.get();
    }
    Optional<Written> elsewhere = elsewhere();
    if (elsewhere.isPresent()) {
      return elsewhere.get();
    }
    Optional<Condition.Occurs> occurs = a.query().first(Condition.Occurs.class);
    if (occurs.isPresent() && selection.named()) {
      return often(occurs.get());
    }
    Optional<Condition.NotInProgramme> unknown = a.unknown();
    if (unknown.isPresent() && unknown.get().person() && selection.speakers().isEmpty()) {
      String missing = Missing.person(a.programme(), unknown.get()).text();
      // "Nee, de burgemeester staat ...", but a name keeps its capital: "Nee, Pieter Jansen staat ..."
      return Written.text("Nee, " + (missing.startsWith("De ") || missing.startsWith("Een ") ? lowerFirst(missing)
          : missing));
    }
    if (unknown.isPresent() && !unknown.get().person() && selection.named() && !selection.isEmpty()) {
      // "is er vegetarisch eten bij de lunch?": the programme cannot confirm what it does not mention.
      return Written.text("Nee, dat staat niet in het programma: over ‘" + unknown.get().words()
          + "’ zegt het niets. " + matched().text());
    }
    Optional<Condition.Progress> progress = a.query().first(Condition.Progress.class);
    if (progress.isPresent() && !selection.named() && !a.programme().sessions().isEmpty()
        && !a.query().has(Condition.InRound.class) && !a.query().has(Condition.InPeriod.class)) {
      return wholeDay(progress.get());
    }
    if (unknown.isPresent() && !unknown.get().person() && !selection.named()) {
      return Written.text("Nee, ‘" + unknown.get().words() + "’ staat niet in het programma.");
    }
    Optional<java.time.LocalTime> startsAt = progress.isPresent() ? Optional.empty() : startsAt();
    if (startsAt.isPresent()) {
      List<Session> subject = selection.subject();
      boolean yes = subject.stream().anyMatch(s -> s.start().equals(startsAt.get()));
      return Written.text((yes ? "Ja, " : "Nee, ") + join(subject.stream().limit(3)
          .map(s -> a.withSpeakers(s) + " " + DutchText.when(s) + TimeWriter.room(s)).toList()) + ".")
          .turningTo(subject);
    }
    if (selection.isEmpty() && !selection.missing().isEmpty()) {
      return Written.text("Nee, " + lowerFirst(Missing.part(a.programme(), selection.missing().get(0)).text()));
    }
    if (selection.isEmpty() && selection.at().isPresent() && !selection.named()) {
      Written now = new ListWriter(a).now();
      return new Written("Nee, " + lowerFirst(now.text()), now.overview(), now.turnedTo());
    }
    if (!selection.isEmpty()) {
      Written what = matched();
      return new Written("Ja, " + lowerFirst(what.text()), what.overview(), what.turnedTo());
    }
    return Written.text("Nee, " + instead());
  }

  /**
   * "is Lotte de Boer panellid?", "werkt Bart Hoogland bij de gemeente?": whether that person has that role or works
   * there, and who they are and which roles they have.
   */
  private Optional<Written> speakerRole() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    Optional<String> speakerId = names.stream().filter(c -> c.entity().type() == EntityType.SPEAKER)
        .map(c -> c.entity().id()).findFirst();
    Optional<String> role = names.stream().filter(c -> c.entity().type() == EntityType.ROLE)
        .map(c -> c.entity().id()).findFirst();
    Optional<String> organisation = names.stream().filter(c -> c.entity().type() == EntityType.ORGANISATION)
        .map(c -> c.entity().id()).findFirst();
    if (speakerId.isEmpty() || role.isEmpty() && organisation.isEmpty()) {
      return Optional.empty();
    }
    var speaker = a.programme().speaker(speakerId.get()).orElseThrow();
    boolean yes = role.isPresent() ? a.index().rolesMatching(java.util.Set.of(role.get())).stream()
        .anyMatch(h -> h.speaker().equals(speaker)) : a.index().ofOrganisation(organisation.get()).contains(speaker);
    List<String> roles = a.programme().sessionsOf(speaker).stream()
        .map(s -> s.roleOf(speaker.id()).map(r -> r + " bij " + DutchText.name(s)).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
    String what = DutchText.person(speaker) + (roles.isEmpty() ? "" : "; " + join(roles));
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + what + "."));
  }

  /** "is de kennismiddag in Zwolle?", "is het online?": the venue against the place asked about. */
  private Optional<Written> venue() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    boolean day = names.stream().allMatch(c -> c.entity().type() == EntityType.EVENT
        || c.entity().type() == EntityType.ORGANISATION);
    Optional<String> place = a.query().all(Condition.Detail.class).stream().flatMap(d -> d.place().stream())
        .findFirst()
        .or(() -> names.stream().filter(c -> c.entity().type() == EntityType.ORGANISATION)
            .map(c -> c.entity().text()).findFirst())
        // "is de kennismiddag in Zwolle?": a capital makes Zwolle look like a person, but beside the day it is a place
        .or(() -> a.unknown().filter(u -> (!u.person() || !u.words().contains(" ")) && names.stream()
            .anyMatch(c -> c.entity().type() == EntityType.EVENT)).map(Condition.NotInProgramme::words));
    boolean aboutTheDay = names.stream().anyMatch(c -> c.entity().type() == EntityType.EVENT) || names.isEmpty()
        || a.query().all(Condition.Detail.class).stream().anyMatch(Condition.Detail::namesPlace);
    if (!day || !aboutTheDay || place.isEmpty() || a.query().has(Condition.At.class)) {
      return Optional.empty();
    }
    String where = new PlaceWriter(a).venue();
    if (a.programme().event().venue().isEmpty()) {
      return Optional.of(Written.text(where)); // neither yes nor no: the programme does not say
    }
    boolean yes = a.programme().event().venue().map(v -> (v.name() + " " + v.address()).toLowerCase(
        java.util.Locale.ROOT)).filter(v -> v.contains(place.get().toLowerCase(java.util.Locale.ROOT))).isPresent();
    Venue venue = a.programme().event().venue().orElseThrow();
    if (!yes && venue.address().isBlank() && !place.get().equals("online")
        && !venue.name().toLowerCase(java.util.Locale.ROOT).startsWith("online")) {
      // "is het in Utrecht?" when the programme names only "Congrescentrum Het Veerhuis", no address: all it can say
      return Optional.of(Written.text("Nee, " + DutchText.capitalise(place.get()) + " staat niet in het programma:"
          + " het noemt als locatie alleen " + venue.name() + "."));
    }
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + where)); // it starts with the day's own title
  }

  /** "is het cabaret in zaal Valkhof?" when it is in another room: no, and where it is. */
  private Optional<Written> elsewhere() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    List<String> rooms = names.stream().filter(c -> c.entity().type() == EntityType.ROOM)
        .map(c -> c.entity().id()).toList();
    boolean other = names.stream().anyMatch(c -> c.entity().type() == EntityType.SESSION
        || c.entity().type() == EntityType.PART || c.entity().type() == EntityType.SPEAKER);
    if (rooms.isEmpty() || !other || !a.selection().subject().isEmpty()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().mentioned().stream()
        .filter(s -> s.room().filter(rooms::contains).isEmpty()).toList();
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

  /** "is alles om 1 uur afgelopen?", "is het al begonnen?": about the day as a whole. */
  private Written wholeDay(Condition.Progress progress) {
    java.time.LocalTime at = a.query().first(Condition.At.class).map(Condition.At::time)
        .or(() -> a.query().first(Condition.Until.class).map(Condition.Until::time)).orElse(a.now());
    java.time.LocalTime start = a.programme().firstStart().orElseThrow();
    java.time.LocalTime end = a.programme().lastEnd().orElseThrow();
    boolean yes = progress.ended() ? !end.isAfter(at) : !start.isAfter(at);
    return Written.text((yes ? "Ja, " : "Nee, ") + "het programma loopt van " + DutchText.time(start) + " tot "
        + DutchText.time(end) + ".");
  }

  /** "duurt het panel langer dan de inleiding?": the first thing named against the other. */
  private Written compareLengths() {
    List<Session> both = a.selection().subject();
    String firstId = a.query().all(Condition.About.class).get(0).entity().id();
    Session first = both.stream().filter(s -> s.id().equals(firstId)).findFirst().orElse(both.get(0));
    List<Session> others = both.stream().filter(s -> s != first).toList();
    nl.dagwijzer.nlu.Query.Order order = a.query().order().get();
    boolean yes = others.stream().allMatch(o -> switch (order) {
      case LONGEST -> first.lengthMinutes() > o.lengthMinutes();
      case SHORTEST -> first.lengthMinutes() < o.lengthMinutes();
      default -> first.lengthMinutes() == o.lengthMinutes();
    });
    return Written.text((yes ? "Ja, " : "Nee, ") + a.withSpeakers(first) + " duurt "
        + DutchText.minutes(first.lengthMinutes()) + ", " + join(others.stream().map(o -> DutchText.name(o) + " "
        + DutchText.minutes(o.lengthMinutes())).toList()) + ".").turningTo(both);
  }

  /**
   * "is de lunch om 12:30?" asks whether it starts then, for a session the question names. A kind of session ("loopt
   * er om 12:30 nog een workshop?", "kan ik om 20:45 nog aan een tafel?") asks whether one is on at that time.
   */
  private Optional<java.time.LocalTime> startsAt() {
    boolean namesSession = a.query().all(Condition.About.class).stream().anyMatch(c ->
        c.entity().type() == EntityType.SESSION || c.entity().type() == EntityType.PART
            && !SeriesNames.isSeries(c.entity()) && !c.entity().id().equals(DayPart.WORKSHOPS.id()));
    List<Condition.At> at = a.query().all(Condition.At.class);
    return namesSession && at.size() == 1 && !a.selection().subject().isEmpty()
        ? Optional.of(at.get(0).time()) : Optional.empty();
  }

  private Written onDate(Condition.OnDate asked) {
    Optional<java.time.LocalDate> date = a.programme().event().date();
    if (date.isEmpty()) {
      return Written.text("Dat weet ik niet: de datum staat niet in het programma.");
    }
    boolean yes = asked.day().map(d -> java.time.MonthDay.from(date.get()).equals(d))
        .or(() -> asked.weekday().map(d -> d == date.get().getDayOfWeek()))
        .or(() -> asked.year().map(y -> y == date.get().getYear())).orElse(false);
    return Written.text((yes ? "Ja, " : "Nee, ") + a.eventName() + " is op " + DutchText.date(date.get()) + ".");
  }

  private Written often(Condition.Occurs occurs) {
    List<Session> sessions = a.selection().subject();
    boolean yes = Resolver.compare(sessions.size(), occurs.comparison(), occurs.count());
    String list = join(sessions.stream().map(s -> DutchText.name(s) + " (" + DutchText.span(s) + ")").toList());
    return Written.text((yes ? "Ja, " : "Nee, ") + sessions.size() + " keer"
        + (sessions.isEmpty() ? "." : ": " + list + ".")).turningTo(sessions);
  }

  /** What matched: the people when the question was about people, otherwise the sessions and their times. */
  private Written matched() {
    boolean aboutPeople = a.query().has(Condition.Leading.class) || a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.ORGANISATION || c.entity().type() == EntityType.ROLE);
    if (aboutPeople) {
      return new PeopleWriter(a).who();
    }
    List<Session> sessions = a.sessions();
    if (a.query().has(Condition.Lasting.class)) {
      return new TimeWriter(a).duration();
    }
    if (sessions.size() == 1) {
      Session session = sessions.get(0);
      return Written.text(capitalise(a.withSpeakers(session)) + " " + DutchText.when(session)
          + TimeWriter.room(session) + ".").turningTo(sessions);
    }
    return new ListWriter(a).listed(a.context("Op het programma"), sessions);
  }

  /** Why not: the subject as it is, or that nothing matches at all. */
  private String instead() {
    Selection selection = a.selection();
    String context = selection.context().isEmpty() ? "" : " " + selection.context();
    boolean edge = !selection.named() && (selection.parts().contains(nl.dagwijzer.nlu.DayPart.BEGIN)
        || selection.parts().contains(nl.dagwijzer.nlu.DayPart.EINDE));
    if ((selection.named() || edge) && !selection.subject().isEmpty()) {
      List<Session> subject = selection.subject();
      boolean lengths = a.query().has(Condition.Lasting.class);
      String what = join(subject.stream().limit(3)
          .map(s -> a.withSpeakers(s) + (lengths ? " duurt " + DutchText.minutes(s.lengthMinutes()) + " en" : "")
              + " " + DutchText.when(s) + TimeWriter.room(s)).toList());
      return (context.isEmpty() ? "" : context.strip() + " niet: ") + what
          + (subject.size() > 3 ? " (en nog " + (subject.size() - 3) + " meer)" : "") + ".";
    }
    if (selection.named()) {
      return DutchText.lowerFirst(Missing.combination(a));
    }
    return (context.isEmpty() ? "daar" : context.strip()) + " staat er niets op het programma. Het programma loopt van "
        + DutchText.time(a.programme().firstStart().orElseThrow()) + " tot "
        + DutchText.time(a.programme().lastEnd().orElseThrow()) + ".";
  }
}
