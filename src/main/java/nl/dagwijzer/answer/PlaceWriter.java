package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Venue;

/** Where and on which day: rooms and the venue as the programme gives them, and plainly when it gives none. */
final class PlaceWriter {
  private final Answering a;

  PlaceWriter(Answering a) {
    this.a = a;
  }

  Written room() {
    Selection selection = a.selection();
    Optional<String> detail = a.query().first(Detail.class)
        .map(Detail::word);
    if (selection.isEmpty() && !selection.missing().isEmpty()) {
      return Missing.part(a.programme(), selection.missing().get(0));
    }
    // "waar vind ik de EHBO?": a topic of no session is placed by what the programme says of it, not by the venue
    if (!selection.topics().isEmpty() && selection.topics().stream().allMatch(t -> t.sessionIds().isEmpty())) {
      Optional<Written> explained = TopicOnly.explained(a);
      if (explained.isPresent()) {
        return explained.get();
      }
    }
    // "adres van PLNT?", "adres vd hogeschool?": a name the venue's own name has is the venue, not its people
    boolean venueNamed = detail.filter("adres"::equals).isPresent() && a.programme().event().venue()
        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).filter(name -> a.query()
            .all(nl.dagwijzer.nlu.Condition.About.class).stream().anyMatch(c -> c.entity().text().length() >= 4
            && name.contains(c.entity().text().toLowerCase(java.util.Locale.ROOT)))).isPresent()
        // "wat is het adres van de school?": a building's word, whichever organisation has it in its name
        || detail.filter("adres"::equals).isPresent() && a.programme().event().venue().isPresent()
        && !a.query().all(nl.dagwijzer.nlu.Condition.About.class).isEmpty()
        && a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream().allMatch(c -> c.entity().type()
        == nl.dagwijzer.nlu.EntityType.ORGANISATION && !c.entity().text().contains(" ")
        && nl.dagwijzer.nlu.Buildings.named(c.entity().text().toLowerCase(java.util.Locale.ROOT)))
        // "wat is het adres van de sporthal?" when the halls are rooms of the venue and no text gives one of their own
        || detail.filter("adres"::equals).isPresent() && a.programme().event().venue()
        .filter(v -> !v.address().isEmpty()).isPresent() && !a.query().all(nl.dagwijzer.nlu.Condition.About.class)
        .isEmpty() && a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream().allMatch(c -> nl.dagwijzer.nlu
        .SeriesNames.isSeries(c.entity()) || c.entity().type() == nl.dagwijzer.nlu.EntityType.ROOM
        && !STREET.matcher(c.entity().id()).find()) && address().isEmpty();
    if (selection.isEmpty() || !selection.named() && !selection.constrained() || venueNamed) {
      if (detail.filter("zaal"::equals).isPresent() && a.index().rooms().isEmpty()) {
        return Written.text("Een zaal staat niet in het programma. " + venue());
      }
      if (detail.filter("zaal"::equals).isPresent() && a.query().plural()) {
        // "welke zalen zijn er?": the rooms, in programme order
        List<String> rooms = a.programme().sessions().stream().flatMap(s -> s.room().stream()).distinct().toList();
        return Written.text("Het programma noemt " + rooms.size() + (rooms.size() == 1 ? " zaal: " : " zalen: ")
            + DutchText.join(rooms) + ". " + venue());
      }
      if (detail.filter("adres"::equals).isPresent() && a.programme().event().venue()
          .filter(v -> v.address().isEmpty()).isPresent()) {
        return Written.text("Het adres staat niet in het programma. " + venue());
      }
      if (a.query().hasDetail("plaats") && a.programme().event()
          .venue().filter(v -> v.address().isEmpty()).isPresent()) {
        // "in welke stad ligt congrescentrum Het Veerhuis?" when the programme gives only the venue's name
        return Written.text("De plaats staat niet in het programma. " + venue());
      }
      return Written.text(venue());
    }
    List<Session> sessions = selection.sessions();
    boolean ofRoom = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROOM);
    Optional<String> roomAddress = detail.filter("adres"::equals).isPresent() && ofRoom ? address() : Optional.empty();
    if (roomAddress.isPresent()) {
      return Written.text(roomAddress.get()).turningTo(sessions); // the address asked, not each session there
    }
    Optional<OpenedParts.Part> part = a.index().openedParts().whole(sessions);
    if (part.isPresent() && !part.get().room().isEmpty()) {
      // "via welk platform loopt webinar 2?": the part's one room, not each of its sessions
      return Written.text("‘" + part.get().name() + "’ (" + DutchText.range(part.get().start(), part.get().end())
          + ") is" + part.get().room().substring(1) + ".").turningTo(sessions);
    }
    List<String> lines = sessions.stream().map(this::roomOf).toList();
    boolean anyRoom = sessions.stream().anyMatch(s -> s.room().isPresent());
    String text = String.join("\n", DutchText.limited(lines, "noem er één voor de zaal."));
    Optional<String> way = roomWay().or(() -> sessions.size() == 1 ? ownWay(sessions.get(0)) : Optional.empty())
        .or(this::address);
    return Written.text((anyRoom ? text : text + " " + venue()) + way.map(w -> "\n" + w).orElse(""))
        .turningTo(sessions);
  }

  private static final java.util.regex.Pattern WAY = java.util.regex.Pattern.compile("(?iu)\\b(verdieping|etage|"
      + "begane grond|trap|lift|boven|naast|achter|tussen|tegenover|ingang|gang|vleugel)\\b");

  /**
   * "waar staat de stiltetent?" when its room is called "Stiltetent" too: the place says nothing new, so the sentence
   * of its own description that says where it stands ("achter de kinderboerderij").
   */
  private static Optional<String> ownWay(Session session) {
    String room = session.room().orElse("").toLowerCase(java.util.Locale.ROOT);
    boolean sameName = !room.isEmpty() && (session.title().toLowerCase(java.util.Locale.ROOT).contains(room)
        || session.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(room)));
    if (!sameName) {
      return Optional.empty();
    }
    return DescriptionIndex.sentences(session).stream().filter(sentence -> WAY.matcher(sentence).find()).findFirst()
        .map(sentence -> Descriptions.quoted(session, sentence));
  }

  private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
      "\\b\\p{L}+(straat|weg|laan|plein|kade|singel|gracht|dijk|steeg)\\s+\\d+");

  /**
   * "waar zit Eemwerk precies?", "waar staat buurthuis De Kruisboog?": the sentence of a description that gives the
   * address of the place asked about ("Eemwerk zit aan de Nijverheidsweg 30").
   */
  private Optional<String> address() {
    for (nl.dagwijzer.nlu.Condition.About about : a.query().all(nl.dagwijzer.nlu.Condition.About.class)) {
      if (about.entity().type() != nl.dagwijzer.nlu.EntityType.ROOM
          && about.entity().type() != nl.dagwijzer.nlu.EntityType.ORGANISATION) {
        continue;
      }
      // "wat is het adres van de moskee?": the address line of what is held in that room
      Optional<String> line = about.entity().type() != nl.dagwijzer.nlu.EntityType.ROOM ? Optional.empty()
          : a.index().inRoom(about.entity().id()).stream().flatMap(s -> s.details().stream()
              .filter(d -> d.toLowerCase(java.util.Locale.ROOT).startsWith("adres"))
              .map(d -> Descriptions.quoted(s, d))).findFirst();
      if (line.isPresent()) {
        return line;
      }
      String[] words = about.entity().text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
      String last = words[words.length - 1];
      if (last.length() < 4) {
        continue;
      }
      java.util.function.Predicate<String> says = sentence -> sentence.toLowerCase(java.util.Locale.ROOT)
          .contains(last) && STREET.matcher(sentence).find();
      Optional<String> found = Descriptions.anywhereSaying(a, says).map(Written::text);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** "waar is zaal 1.08?": the sentence of a description that says where in the building the room named is. */
  private Optional<String> roomWay() {
    List<String> rooms = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROOM).map(c -> c.entity().id()).toList();
    if (rooms.size() != 1) {
      return Optional.empty();
    }
    String room = rooms.get(0).toLowerCase(java.util.Locale.ROOT);
    java.util.function.Predicate<String> says = sentence -> sentence.toLowerCase(java.util.Locale.ROOT)
        .contains(room) && WAY.matcher(sentence).find();
    return Descriptions.anywhereSaying(a, says).map(Written::text);
  }

  private String roomOf(Session session) {
    // "waar begint de kunstroute?" in "Buurthuis De Wissel", the venue itself: with the venue's address
    Optional<String> address = a.programme().event().venue().filter(v -> !v.address().isBlank()
        && session.room().filter(v.name()::equalsIgnoreCase).isPresent()).map(v -> ", " + v.address());
    return session.room()
        .map(room -> capitalise(a.withSpeakers(session)) + " (" + DutchText.span(session) + ") is in " + room
            + address.orElse("") + ".")
        .orElse("Voor " + a.withSpeakers(session) + " staat geen zaal in het programma; waar precies staat er niet"
            + " in.");
  }

  /** "Het evenement is in De Reehorst, Bennekomseweg 24, Ede." or that the programme gives no place. */
  String venue() {
    Event event = a.programme().event();
    Optional<Venue> venue = event.venue();
    if (venue.isEmpty()) {
      return "Waar " + event.title() + " plaatsvindt, staat niet in het programma: het noemt geen locatie.";
    }
    Venue v = venue.get();
    return event.title() + " is " + (v.name().toLowerCase(java.util.Locale.ROOT).startsWith("online") ? "" : "in ")
        + v.name() + (v.address().isEmpty() ? "" : ", " + v.address()) + ".";
  }

  Written date() {
    Event event = a.programme().event();
    return Written.text(event.date()
        .map(d -> capitalise(a.eventName()) + " is op " + DutchText.date(d) + ", van "
            + DutchText.time(a.programme().firstStart().orElseThrow()) + " tot "
            + DutchText.time(a.programme().lastEnd().orElseThrow()) + ".")
        .orElse("De datum staat niet in het programma: het noemt geen dag voor " + event.title() + "."));
  }
}
