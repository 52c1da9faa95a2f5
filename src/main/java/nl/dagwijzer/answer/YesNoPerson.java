package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * "geeft Henk van 't Hof de workshop over jongeren?", "doet Anouk Brink de rondleiding van groep A?": whether one
 * person is at the session the rest of the question names, and if not, who is.
 */
final class YesNoPerson {
  /** More sessions than this and the question did not name one. */
  private static final int MAX_NAMED = 2;
  private static final Set<EntityType> NAMING = Set.of(EntityType.SESSION, EntityType.PART, EntityType.ROOM,
      EntityType.TOPIC, EntityType.ROUND);

  private final Answering a;

  YesNoPerson(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    List<Condition.About> abouts = a.query().all(Condition.About.class);
    List<Condition.About> people = abouts.stream().filter(c -> c.entity().type() == EntityType.SPEAKER).toList();
    List<Condition.About> naming = abouts.stream().filter(c -> NAMING.contains(c.entity().type())).toList();
    Optional<Condition.NotInProgramme> other = a.unknown().filter(Condition.NotInProgramme::person);
    if (people.size() == 1 && naming.isEmpty() && other.isPresent() && !other.get().words().contains(" ")) {
      // "werkt Lotte Vermeulen bij Buurtzorg?": where the programme says she works instead
      Optional<Speaker> speaker = a.programme().speaker(people.get(0).entity().id());
      if (speaker.isPresent() && !speaker.get().organisation().isBlank()) {
        return Optional.of(Written.text("Nee, " + DutchText.person(speaker.get()) + "."));
      }
    }
    List<Condition.About> organisations = abouts.stream()
        .filter(c -> c.entity().type() == EntityType.ORGANISATION).toList();
    if (people.size() == 1 && naming.isEmpty() && !organisations.isEmpty()) {
      // "werkt Marloes de Wit bij de gemeente Tiel?": what the programme says of where she works
      Optional<Speaker> speaker = a.programme().speaker(people.get(0).entity().id());
      if (speaker.isPresent() && !speaker.get().organisation().isBlank()) {
        String works = speaker.get().organisation().toLowerCase(java.util.Locale.ROOT);
        boolean yes = organisations.stream().anyMatch(c -> c.entity().id().equalsIgnoreCase(works))
            || organisations.stream().allMatch(c -> works.contains(c.entity().text()
            .toLowerCase(java.util.Locale.ROOT)));
        return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + DutchText.person(speaker.get()) + "."));
      }
    }
    // "is X een van de panelleden?" is about being a member, not the moderator: the roles say that
    if (people.size() != 1 || naming.isEmpty() || naming.stream().allMatch(c -> c.entity().id().equals("panel"))) {
      return Optional.empty();
    }
    String speakerId = people.get(0).entity().id();
    // the session the rest of the question names, found as if the person were not asked about
    List<nl.dagwijzer.nlu.Condition> rest = a.query().conditions().stream()
        .filter(c -> !(c instanceof Condition.About about && (about.entity().type() == EntityType.SPEAKER
            || about.entity().type() == EntityType.ROLE)))
        .toList();
    Query without = new Query(a.query().asked(), rest, a.query().order(), a.query().counted(), a.query().plural());
    List<Session> named = new Resolver(a.index(), a.now(), List.of()).resolve(without).sessions();
    if (named.isEmpty() || named.size() > MAX_NAMED) {
      return Optional.empty();
    }
    boolean there = named.stream().anyMatch(s -> s.speakerIds().contains(speakerId));
    Speaker asked = a.programme().speakers().stream().filter(s -> s.id().equals(speakerId)).findFirst()
        .orElseThrow();
    if (there) {
      Session session = named.stream().filter(s -> s.speakerIds().contains(speakerId)).findFirst().orElseThrow();
      return Optional.of(Written.text("Ja, " + asked.name() + " staat bij " + DutchText.name(session) + " ("
          + DutchText.span(session) + session.room().map(r -> ", in " + r).orElse("") + ")"
          + session.roleOf(speakerId).map(r -> " als " + r).orElse("") + ".")
          .turningTo(List.of(session)));
    }
    // "zit Bart de Graaf in de subgroep werkdruk?" when its details list him among its participants
    Optional<Written> listed = named.stream().flatMap(s -> DescriptionIndex.sentences(s).stream()
        .filter(sentence -> Groups.listing(sentence, asked.name())).limit(1)
        .map(sentence -> Written.text("Ja, " + Descriptions.from(s, sentence)).turningTo(List.of(s)))).findFirst();
    if (listed.isPresent()) {
      return listed;
    }
    Session session = named.get(0);
    // "geeft Ria Bakker de inleiding bij wonen?": of the others, the one with the role asked about
    List<String> roles = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.ROLE).map(c -> c.entity().id()).toList();
    List<Speaker> holders = a.speakersOf(session).stream().filter(s -> roles.isEmpty() || roles.stream()
        .anyMatch(r -> session.roleOf(s.id()).orElse(s.role()).toLowerCase(java.util.Locale.ROOT).contains(r)))
        .toList();
    List<String> others = (holders.isEmpty() ? a.speakersOf(session) : holders).stream().map(s -> s.name()
        + session.roleOf(s.id()).map(r -> " (" + r + ")").orElse("")).toList();
    String who = others.isEmpty() ? "staat geen spreker in het programma"
        : (others.size() == 1 ? "spreekt " : "spreken ") + DutchText.join(others);
    List<Session> own = a.programme().sessions().stream().filter(s -> s.speakerIds().contains(speakerId)).limit(3)
        .toList();
    String where = own.isEmpty() ? asked.name() + " staat daar niet bij."
        : asked.name() + " staat bij " + DutchText.join(own.stream().map(s -> DutchText.name(s) + " ("
        + DutchText.span(s) + s.room().map(r -> ", in " + r).orElse("") + ")").toList()) + ".";
    return Optional.of(Written.text("Nee, bij " + DutchText.name(session) + " (" + DutchText.span(session)
        + session.room().map(r -> ", in " + r).orElse("") + ") " + who + "; " + where).turningTo(List.of(session)));
  }
}
