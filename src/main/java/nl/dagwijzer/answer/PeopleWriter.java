package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.name;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * Who speaks, leads or presents, and who someone is. A question that filters on an organisation or a role names
 * only the people who match; a role someone has in one session is said with their name.
 */
final class PeopleWriter {
  private final Answering a;
  private RoleHolding holding;
  /** The people the question's words narrow the reply to ({@link DescribedRoles}), or empty for all. */
  private Set<Speaker> narrowed = Set.of();

  PeopleWriter(Answering a) {
    this.a = a;
  }

  Written who() {
    Selection selection = a.selection();
    Optional<Written> sessionless = PeopleWithoutSessions.answer(a, this::describe);
    if (sessionless.isPresent()) {
      return sessionless.get();
    }
    if (selection.sessions().isEmpty()) {
      if (!selection.speakers().isEmpty() && !selection.constrained()) {
        return person();
      }
      if (!selection.missing().isEmpty()) {
        return Missing.part(a.programme(), selection.missing().get(0));
      }
      Optional<Condition.Leading> leading = a.query().first(Condition.Leading.class);
      if (leading.isPresent() && !selection.named()) {
        return Written.text("Een " + leading.get().word() + " staat niet in het programma.");
      }
      Optional<Written> described = selection.named() || selection.constrained() ? Optional.empty()
          : DescribedPeople.answer(a);
      if (described.isPresent()) {
        return described.get();
      }
      if (!selection.named() && !selection.constrained() && !withoutOrganisation()
          && a.query().all(Condition.Excluded.class).isEmpty()) {
        Optional<Written> byWords = new PeopleByWords(a, s -> speakersOf(List.of(s))).answer();
        if (byWords.isPresent()) {
          return byWords.get();
        }
      }
      if (!selection.named() && !selection.constrained()) {
        // "welke sprekers werken niet bij een gemeente?": everyone but those left out
        List<String> people = a.programme().speakers().stream()
            .filter(p -> a.programme().sessionsOf(p).stream().anyMatch(s -> !excluded(s, p))
                || a.programme().sessionsOf(p).isEmpty() && !excludedEverywhere(p))
            .filter(p -> !withoutOrganisation() || p.organisation().isBlank())
            .map(DutchText::person).toList();
        if (people.isEmpty() && withoutOrganisation()) {
          return Written.text("Bij alle sprekers staat een organisatie in het programma.");
        }
        return listed(people);
      }
      return Written.text(a.context("Daar") + " staat geen spreker in het programma.");
    }
    List<Session> sessions = selection.sessions();
    List<Session> speaking = sessions.stream().filter(s -> !s.speakerIds().isEmpty()).toList();
    if (!selection.explicitSessions() && !speaking.isEmpty()) {
      sessions = speaking; // "wie spreekt er 's ochtends?" is about who speaks, not the coffee
    } else if (!selection.explicitSessions() && sessions.size() > 1) {
      if (a.query().hasDetail("organisatie")) {
        // "welke organisaties staan er op de informatiemarkt?" when each stand is a session of its own
        return new ListWriter(a).listed(a.context("Op het programma"), sessions);
      }
      return Written.text(a.context("Daar") + " staat geen spreker in het programma.");
    }
    narrowed = DescribedRoles.narrowed(a, sessions, this::filtered);
    if (!narrowed.isEmpty()) {
      // "wie van de markt is schilder?": only where those people speak
      sessions = sessions.stream().filter(s -> filtered(s).stream().anyMatch(narrowed::contains)).toList();
    }
    Optional<Written> byPerson = PeopleByPerson.answer(a, sessions, this::filtered, PeopleWriter::withRole);
    if (byPerson.isPresent()) {
      return byPerson.get();
    }
    Optional<Written> compact = RoleList.compact(a, sessions, this::filtered);
    if (compact.isPresent()) {
      return compact.get();
    }
    List<String> lines = RepeatedTalks.grouped(sessions, this::filtered).stream().map(this::speakersOf).toList();
    String text = String.join("\n", DutchText.limited(lines, "noem een onderdeel voor wie daar spreekt."));
    if (selection.at().isPresent() && lines.size() == 1) {
      text = a.context("") + ": " + DutchText.lowerFirst(text);
    }
    // "wie zitten er in de jury?" when a description names all four members and the programme two as speakers
    String written = text;
    List<Session> answered = sessions;
    // not for a role asked ("wie is de moderator van het panel?"): its holder is the answer, not the panel members
    Optional<Session> only = answered.size() == 1 && selection.explicitSessions() && a.query().all(Condition.About.class)
        .stream().noneMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROLE) ? Optional.of(answered.get(0))
        : Optional.empty();
    text += DescribedPeople.members(a, written, answered)
        .or(() -> only.filter(s -> !s.speakerIds().isEmpty()).flatMap(s -> DescribedPeople.inDetails(s,
            a.speakersOf(s))))
        .or(() -> DescribedPeople.withRole(a, written, answered))
        .map(line -> "\n" + line).orElse("");
    return Written.text(text).turningTo(sessions);
  }

  private String speakersOf(List<Session> same) {
    Session session = same.get(0);
    List<Speaker> speakers = filtered(session);
    String at = RepeatedTalks.spanned(same);
    if (speakers.isEmpty()) {
      // "welke organisaties staan er op de informatiemarkt?": who takes part may be in its description
      String details = String.join(", ", session.details());
      String described = (session.summary() + (details.isEmpty() ? "" : " " + details + ".")).strip();
      return "Bij " + at + " staat geen spreker in het programma."
          + (described.isBlank() || a.query().has(Condition.Excluded.class) ? "" : " Het programma zegt erover: "
          + described);
    }
    return "Bij " + at + (speakers.size() == 1 ? " spreekt " : " spreken ")
        + join(speakers.stream().map(s -> withRole(session, s)).toList()) + ".";
  }

  /** "welke spreker heeft geen organisatie?" */
  private boolean withoutOrganisation() {
    return a.query().hasDetail("zonder:organisatie");
  }

  private boolean excludedEverywhere(Speaker speaker) {
    return a.query().all(Condition.Excluded.class).stream().anyMatch(e -> switch (e.entity().type()) {
      case SPEAKER -> speaker.id().equals(e.entity().id());
      case ORGANISATION -> a.index().ofOrganisation(e.entity().id()).contains(speaker);
      default -> false;
    });
  }

  private boolean excluded(Session session, Speaker speaker) {
    for (Condition.Excluded excluded : a.query().all(Condition.Excluded.class)) {
      var entity = excluded.entity();
      switch (entity.type()) {
        case SPEAKER -> {
          if (speaker.id().equals(entity.id())) {
            return true;
          }
        }
        case ORGANISATION -> {
          if (a.index().ofOrganisation(entity.id()).contains(speaker)) {
            return true;
          }
        }
        case ROLE -> {
          if (a.index().rolesMatching(Set.of(entity.id())).stream().anyMatch(h -> h.speaker().equals(speaker)
              && (h.session() == null || h.session().equals(session)))) {
            return true;
          }
        }
        default -> {
        }
      }
    }
    return false;
  }

  /** The session's speakers, narrowed to the organisation or role the question asks about when any match. */
  private List<Speaker> filtered(Session session) {
    List<Speaker> all = a.speakersOf(session).stream().filter(s -> !excluded(session, s)
        && (narrowed.isEmpty() || narrowed.contains(s))).toList();
    if (a.query().hasDetail("samen")) {
      return all; // "met wie zit Marloes van der Veen aan tafel?": everyone there, not only her
    }
    boolean byPerson = a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.ORGANISATION || c.entity().type() == EntityType.SPEAKER);
    // "wie zijn de panelleden bij het slotgesprek?": those on the panel, not who leads it
    boolean members = a.query().all(Condition.About.class).stream()
        .anyMatch(c -> Resolver.namesPanelMembers(c.entity()));
    List<Speaker> led = all.stream().filter(s -> Resolver.leadRole(session, s.id()).isEmpty()).toList();
    if (members && !led.isEmpty() && led.size() < all.size()) {
      all = led;
    }
    if (holding().any()) {
      List<Speaker> leading = all.stream().filter(s -> holding().holds(session, s)).toList();
      // "wie van de gespreksleiders werkt bij Mitros?", "welke gespreksleiders komen van een organisatie?"
      List<Speaker> ofThem = byPerson ? leading.stream().filter(this::namedOrOfOrganisation).toList()
          : a.query().hasDetail("organisatie")
          ? leading.stream().filter(p -> !p.organisation().isBlank()).toList() : leading;
      if (!ofThem.isEmpty()) {
        return ofThem;
      }
    }
    if (byPerson) {
      List<Speaker> named = all.stream().filter(a.selection().speakers()::contains).toList();
      if (!named.isEmpty()) {
        return named;
      }
    }
    return all;
  }

  private boolean namedOrOfOrganisation(Speaker speaker) {
    return a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.SPEAKER
        && c.entity().id().equals(speaker.id()) || c.entity().type() == EntityType.ORGANISATION
        && a.index().ofOrganisation(c.entity().id()).contains(speaker));
  }

  /** The people with the role the question asks about, worked out once per reply. */
  private RoleHolding holding() {
    if (holding == null) {
      holding = new RoleHolding(AskedRoles.holders(a));
    }
    return holding;
  }

  /** "An de Wit (gespreksleider; directeur, Platform Schuldhulp)": a role in this session comes first. */
  private static String withRole(Session session, Speaker speaker) {
    Optional<String> role = session.roleOf(speaker.id());
    String about = DutchText.role(speaker);
    if (role.isEmpty()) {
      return DutchText.person(speaker);
    }
    if (about.toLowerCase(java.util.Locale.ROOT).contains(role.get().toLowerCase(java.util.Locale.ROOT))) {
      return DutchText.person(speaker);
    }
    return speaker.name() + " (" + role.get() + (about.isEmpty() ? "" : "; " + about) + ")";
  }

  Written person() {
    Selection selection = a.selection();
    List<Speaker> speakers = selection.speakers().isEmpty()
        ? selection.sessions().stream().flatMap(s -> a.speakersOf(s).stream()).distinct().toList()
        : selection.speakers();
    if (speakers.isEmpty()) {
      // "wie is Marijke ten Brink?" when only a round's details name her ("Tafel 5: tafelhost Marijke ten Brink")
      List<String> words = a.query().textWords();
      Optional<DescriptionIndex.Sentence> named = words.size() >= 2 ? a.index().descriptions().withAll(words)
          : Optional.empty();
      if (named.isPresent()) {
        return Written.text("Die persoon staat niet op de sprekerslijst, maar wel in de beschrijving van "
            + DutchText.name(named.get().session()) + ": " + named.get().text()).turningTo(List.of(
            named.get().session()));
      }
      return Written.text("Die persoon ken ik niet uit het programma. Vraag ‘wie spreken er?’ voor alle sprekers.");
    }
    boolean contactAsked = a.query().all(Detail.class).stream().anyMatch(d -> d.contact().isPresent());
    Optional<String> contact = contactAsked && speakers.size() == 1 ? ContactSentence.of(a, speakers.get(0))
        : Optional.empty();
    if (contact.isPresent()) {
      return Written.text(contact.get()); // "tel nr joyce?": where a description gives her number
    }
    List<String> lines = speakers.stream().map(this::describe).toList();
    String missing = a.query().all(Detail.class).stream().flatMap(d -> d.contact().stream())
        .findFirst()
        .map(w -> "Een " + w + " van " + speakers.get(0).name()
            + " staat niet in het programma. ")
        .orElse(speakers.size() == 1 && asksOrganisation() && speakers.get(0).organisation().isBlank()
            ? "Voor welke organisatie " + speakers.get(0).name() + " werkt, staat niet in het programma. " : "");
    return Written.text(missing + String.join("\n", DutchText.limited(lines, "noem een naam voor meer.")));
  }

  private boolean asksOrganisation() {
    return a.query().hasDetail("organisatie");
  }

  private String describe(Speaker speaker) {
    String role = DutchText.role(speaker).isEmpty() ? "" : " is " + roleSentence(speaker) + ".";
    List<String> sessions = a.programme().sessionsOf(speaker).stream()
        .map(s -> name(s) + " (" + DutchText.span(s) + s.roleOf(speaker.id()).map(r -> ", als " + r).orElse("")
            + ")").toList();
    String on = sessions.isEmpty() ? "" : " Op het programma: " + join(sessions) + ".";
    return (speaker.name() + role + on).strip();
  }

  private static String roleSentence(Speaker speaker) {
    if (speaker.role().isEmpty()) {
      return "van " + speaker.organisation();
    }
    return speaker.organisation().isEmpty() ? speaker.role() : speaker.role() + " bij " + speaker.organisation();
  }

  /** "Op het programma staan:" and the people, at most eight and how many more. */
  static Written listed(List<String> people) {
    return Written.text("Op het programma staan:\n" + DutchText.bullets(DutchText.limited(people,
        "vraag naar een onderdeel om te zien wie daar spreekt.")));
  }
}
