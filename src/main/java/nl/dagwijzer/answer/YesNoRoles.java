package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * Yes/no questions about roles: "is er een dagvoorzitter?", "is de dagvoorzitter ook de moderator?", "is Lotte
 * Visser een van de panelleden?", "werkt Bart Hoogland bij de gemeente?".
 */
final class YesNoRoles {
  private final Answering a;

  YesNoRoles(Answering answering) {
    this.a = answering;
  }

  /** Names of one role that leads, where "leidt" or "presenteert" may be any of them. */
  private static final java.util.Set<String> LEAD_NOUNS = java.util.Set.of("dagvoorzitter", "moderator",
      "gespreksleider", "presentator", "avondvoorzitter", "dagvoorzitster", "gastheer", "gastvrouw");

  /**
   * "is er een dagvoorzitter?" on a day with only a moderator: no, and who leads instead; not the moderator as if
   * that were the same.
   */
  Optional<Written> absentRole() {
    Optional<Condition.Leading> leading = a.query().first(Condition.Leading.class);
    if (leading.isEmpty() || !LEAD_NOUNS.contains(leading.get().word())
        || !a.index().rolesMatching(java.util.Set.of(leading.get().word())).isEmpty()) {
      return Optional.empty();
    }
    List<String> others = a.index().rolesMatching(Resolver.LEAD_ROLES).stream()
        .map(h -> h.speaker().name() + " (" + h.role() + (h.session() == null ? "" : " bij "
            + DutchText.name(h.session())) + ")").distinct().limit(3).toList();
    return Optional.of(Written.text("Nee, een " + leading.get().word() + " staat niet in het programma."
        + (others.isEmpty() ? "" : " Wel: " + join(others) + ".")));
  }

  /**
   * "is er EHBO aanwezig?" when someone on the programme is "EHBO'er" but in no session: yes, and who. (With a
   * session, the sessions where they are answer it.)
   */
  Optional<Written> held() {
    List<Condition.About> named = a.query().all(Condition.About.class);
    if (named.size() != 1 || named.get(0).entity().type() != EntityType.ROLE || !a.selection().sessions().isEmpty()
        || !a.query().hasDetail("er-is")) {
      return Optional.empty();
    }
    List<String> holders = a.index().rolesMatching(java.util.Set.of(named.get(0).entity().id())).stream()
        .map(h -> DutchText.person(h.speaker())).distinct().limit(3).toList();
    return holders.isEmpty() ? Optional.empty() : Optional.of(Written.text("Ja, " + join(holders) + "."));
  }

  /** "is de dagvoorzitter ook de moderator van het slotdebat?": whether one person has both roles. */
  Optional<Written> oneHolder() {
    List<String> roles = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.ROLE).map(c -> c.entity().id()).distinct().toList();
    if (roles.size() != 2) {
      return Optional.empty();
    }
    java.util.Set<Session> named = java.util.Set.copyOf(a.selection().mentioned());
    List<ProgrammeIndex.RoleHolder> first = a.index().rolesMatching(java.util.Set.of(roles.get(0)));
    List<ProgrammeIndex.RoleHolder> second = a.index().rolesMatching(java.util.Set.of(roles.get(1))).stream()
        .filter(h -> named.isEmpty() || h.session() == null || named.contains(h.session())).toList();
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    boolean yes = first.stream().anyMatch(f -> second.stream().anyMatch(g -> g.speaker().equals(f.speaker())));
    String who = join(java.util.stream.Stream.concat(
        first.stream().map(h -> h.speaker().name() + " is " + h.role()),
        second.stream().map(h -> h.speaker().name() + " is " + h.role() + (named.isEmpty() || h.session() == null
            ? "" : " bij " + DutchText.name(h.session())))).distinct().toList());
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + who + "."));
  }

  /** Verbs that ask who leads a session, as against who is in it. */
  private static final java.util.Set<String> LEAD_VERBS = java.util.Set.of("leidt", "leiden", "modereert",
      "presenteert", "voorzit");

  /**
   * "leidt Ingrid van der Meulen de vragenronde?" when Marloes Hendriks is its gespreksleider and Ingrid only answers
   * questions: no, and who leads it; being one of its speakers is not leading it.
   */
  Optional<Written> leadsSession() {
    Optional<Condition.Leading> leading = a.query().first(Condition.Leading.class);
    Optional<String> speakerId = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SPEAKER).map(c -> c.entity().id()).findFirst();
    // "leidt X het interview met Daan Koopmans?": of the sessions of that kind, the one the other person named is in
    List<String> others = a.query().all(Condition.About.class).stream().filter(c -> c.entity().type()
        == EntityType.SPEAKER).map(c -> c.entity().id()).filter(id -> !speakerId.get().equals(id)).toList();
    List<Session> all = namedSessions();
    List<Session> withOther = all.stream().filter(s -> s.speakerIds().stream().anyMatch(others::contains)).toList();
    List<Session> named = withOther.isEmpty() ? all : withOther;
    if (leading.isEmpty() || !LEAD_VERBS.contains(leading.get().word()) || speakerId.isEmpty() || named.isEmpty()) {
      return Optional.empty();
    }
    List<String> leaders = new java.util.ArrayList<>();
    List<Session> led = new java.util.ArrayList<>();
    boolean yes = false;
    for (Session session : named) {
      for (String id : session.speakerIds()) {
        Optional<String> role = Resolver.leadRole(session, id);
        if (role.isPresent()) {
          yes |= id.equals(speakerId.get());
          String name = a.programme().speaker(id).map(p -> p.name()).orElse(id);
          String line = name + " (" + role.get() + ")";
          if (!leaders.contains(line)) {
            leaders.add(line);
          }
          if (!led.contains(session)) {
            led.add(session);
          }
        }
      }
    }
    if (leaders.isEmpty()) {
      return Optional.empty(); // no session says who leads it: being in it is the best answer there is
    }
    if (yes) {
      // "Ja, Wendy van der Veen leidt ‘Tafelgesprek: Respijtzorg’ (14:00–14:45), als gespreksleider."
      String id = speakerId.get();
      List<String> hers = led.stream().filter(x -> x.roleOf(id).isPresent())
          .map(DutchText::spanned).distinct().limit(3).toList();
      String role = led.stream().flatMap(x -> x.roleOf(id).stream()).findFirst().orElse("");
      return Optional.of(Written.text("Ja, " + a.programme().speaker(id).map(p -> p.name()).orElse(id) + " leidt "
          + join(hers) + ", als " + role + "."));
    }
    List<String> titles = led.stream().map(DutchText::name).distinct().limit(3).toList();
    return Optional.of(Written.text("Nee, " + join(titles) + (titles.size() == 1 ? " wordt" : " worden")
        + " geleid door " + join(leaders) + "."));
  }

  /** The sessions the question names by title or kind, not those of the person it names. */
  private List<Session> namedSessions() {
    List<Session> named = new java.util.ArrayList<>();
    for (Condition.About about : a.query().all(Condition.About.class)) {
      var entity = about.entity();
      List<Session> of = entity.type() == EntityType.SESSION ? a.programme().session(entity.id()).stream().toList()
          : entity.type() != EntityType.PART ? List.of()
          : nl.dagwijzer.nlu.SeriesNames.isSeries(entity) ? a.index().series(entity.id())
          : nl.dagwijzer.nlu.DayPart.ofId(entity.id()).map(a.index()::part).orElse(List.of());
      of.stream().filter(s -> !named.contains(s)).forEach(named::add);
    }
    return named;
  }

  Optional<Written> speakerRole() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    Optional<String> speakerId = names.stream().filter(c -> c.entity().type() == EntityType.SPEAKER)
        .map(c -> c.entity().id()).findFirst();
    // ("is Maurits ten Velde de presentator?" where the role is written "presentatrice": a leading role by its word)
    Optional<String> role = names.stream().filter(c -> c.entity().type() == EntityType.ROLE)
        .map(c -> c.entity().id()).findFirst()
        .or(() -> a.query().first(Condition.Leading.class).map(Condition.Leading::word)
            .filter(w -> LEAD_NOUNS.contains(w) && !holders(w).isEmpty()));
    Optional<String> organisation = names.stream().filter(c -> c.entity().type() == EntityType.ORGANISATION)
        .map(c -> c.entity().id()).findFirst();
    // "is Lotte Visser een van de panelleden?": on a panel, and not the one who leads it
    boolean panelMember = names.stream().anyMatch(c -> Resolver.namesPanelMembers(c.entity())
        && c.entity().id().equals(nl.dagwijzer.nlu.DayPart.PANEL.id()));
    if (speakerId.isEmpty() || role.isEmpty() && organisation.isEmpty() && !panelMember) {
      return Optional.empty();
    }
    var speaker = a.programme().speaker(speakerId.get()).orElseThrow();
    // "werkt X bij de gemeente Amsterdam?" when no organisation in the programme is in Amsterdam: not any gemeente
    boolean otherOfKind = organisation.filter(o -> o.startsWith(nl.dagwijzer.nlu.Gazetteer.ORGANISATION_KIND))
        .isPresent() && a.unknown().filter(u -> !u.words().contains(" ")).isPresent();
    boolean yes = otherOfKind ? false : panelMember && role.isEmpty() && organisation.isEmpty()
        ? a.programme().sessionsOf(speaker).stream().anyMatch(s -> s.kind() == nl.dagwijzer.programme.SessionKind.PANEL
            && Resolver.leadRole(s, speaker.id()).isEmpty())
        : role.isPresent() ? holders(role.get()).stream()
        .anyMatch(h -> h.speaker().equals(speaker)) : a.index().ofOrganisation(organisation.get()).contains(speaker);
    List<String> roles = a.programme().sessionsOf(speaker).stream()
        .map(s -> s.roleOf(speaker.id()).map(r -> r + " bij " + DutchText.name(s)).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
    String what = DutchText.person(speaker) + (roles.isEmpty() ? "" : "; " + join(roles));
    // "is Sanne de Graaf de voorzitter?": no, and who is
    List<String> holders = !yes && role.isPresent() ? holders(role.get()).stream()
        .map(h -> h.speaker().name()).distinct().toList() : List.of();
    String when = a.query().first(Condition.InPeriod.class).map(p -> " in " + p.period().phrase()).orElse("");
    String instead = holders.isEmpty() ? "" : "; " + role.get() + when + ": " + join(holders);
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + what + instead + "."));
  }

  /**
   * Who has {@code role}, in the part of the day asked about ("is X ook 's avonds tafelhost?") when one is; a role a
   * speaker has for the whole day (no session) holds in every part of it.
   */
  private List<ProgrammeIndex.RoleHolder> holders(String role) {
    Optional<Condition.InPeriod> period = a.query().first(Condition.InPeriod.class);
    return a.index().rolesMatching(java.util.Set.of(role)).stream()
        .filter(h -> period.isEmpty() || h.session() == null || period.get().period().contains(h.session().start()))
        .toList();
  }
}
