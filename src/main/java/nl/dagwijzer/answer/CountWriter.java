package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.range;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.nlu.Query.Counted;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;

/** How many: a number first, then what it counts, so the answer is visible at a glance. */
final class CountWriter {
  private final Answering a;

  CountWriter(Answering a) {
    this.a = a;
  }

  Written count() {
    Counted counted = a.query().counted().orElse(Counted.SESSIONS);
    Selection selection = a.selection();
    if (counted == Counted.TIMES && (selection.named() || !selection.speakers().isEmpty())) {
      return InnerTimes.count(a).orElseGet(() -> new TimesCount(a).times());
    }
    Optional<Written> slots = InnerTimes.countNamed(a); // "hoeveel tijdsloten zijn er voor de handmassage?"
    if (slots.isPresent()) {
      return slots.get();
    }
    Optional<Written> ofSeries = counted == Counted.SESSIONS ? SeriesOfSeries.count(a)
        .or(() -> RoomSeriesCount.count(a)) : Optional.empty(); // "hoeveel velden zijn er?" of "Veld 1" to "Veld 4"
    if (ofSeries.isPresent()) {
      return ofSeries.get(); // "hoeveel toernooien zijn er?": two tournaments of several rounds
    }
    return switch (counted) {
      case ORGANISATIONS -> new OtherCounts(a).organisations();
      case PEOPLE -> people();
      case ROUNDS -> new OtherCounts(a).rounds();
      case ROOMS -> new OtherCounts(a).rooms();
      default -> sessions();
    };
  }

  private Written people() {
    Selection selection = a.selection();
    boolean all = !selection.named() && !selection.constrained();
    Set<Speaker> people = new LinkedHashSet<>();
    if (all) {
      people.addAll(a.programme().speakers());
    } else if (namesPeople() && !selection.speakers().isEmpty()) {
      // "hoeveel sprekers komen van een gemeente?": those people, not everyone on their sessions
      // in the programme's order, whatever order the names were found in
      Set<Speaker> named = new java.util.HashSet<>(selection.speakers());
      if (!selection.sessions().isEmpty()) {
        // ("hoeveel teamcaptains zijn er?" of captains who speak at no session: all of them)
        named.retainAll(selection.sessions().stream().flatMap(s -> a.speakersOf(s).stream()).toList());
      }
      a.programme().speakers().stream().filter(named::contains).forEach(people::add);
    } else {
      selection.sessions().forEach(s -> people.addAll(a.speakersOf(s)));
      boolean included = a.query().hasDetail("inclusief");
      // "hoeveel gasten zitten er in blok 2?" of a panel; "hoeveel sprekers" counts its leader too
      boolean panels = !selection.sessions().isEmpty() && selection.sessions().stream()
          .allMatch(s -> s.kind() == nl.dagwijzer.programme.SessionKind.PANEL)
          && a.query().hasDetail("gasten");
      // "hoeveel mensen zitten er in het panel?" where "het panel" names the question round it is in
      boolean panelNamed = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream().anyMatch(c -> nl.dagwijzer
          .nlu.DayPart.ofWord(c.entity().text()).filter(p -> p == nl.dagwijzer.nlu.DayPart.PANEL).isPresent())
          && !a.query().hasDetail("hoeveel:sprekers");
      if ((selection.parts().contains(nl.dagwijzer.nlu.DayPart.PANEL) || panels || panelNamed) && !included) {
        // Panel members: the people on the panel, not the one who leads it.
        a.index().rolesMatching(Resolver.LEAD_ROLES).stream()
            .filter(h -> h.session() != null && Sessions.setOf(selection.sessions()).contains(h.session()))
            .forEach(h -> people.remove(h.speaker()));
      }
      if (selection.sessions().isEmpty()) {
        people.addAll(selection.speakers());
      }
    }
    boolean withoutOrganisation = a.query().hasDetail("zonder:organisatie");
    if (withoutOrganisation) {
      people.removeIf(p -> !p.organisation().isBlank()); // "hoeveel sprekers hebben geen organisatie?"
    }
    // "hoeveel sprekers komen van buiten Stichting Helder Schrijven?": those of other organisations
    // (the speakers of an organisation as the list of them leaves them out: ProgrammeIndex.ofOrganisation)
    a.query().all(nl.dagwijzer.nlu.Condition.Excluded.class).stream().map(nl.dagwijzer.nlu.Condition.Excluded::entity)
        .filter(e -> e.type() == nl.dagwijzer.nlu.EntityType.ORGANISATION)
        .forEach(e -> people.removeAll(a.index().ofOrganisation(e.id())));
    List<String> names = people.stream().map(Speaker::name).toList();
    List<String> from = a.organisationsSaid();
    String where = (all ? "op het programma" : !selection.context().isEmpty() ? selection.context()
        : from.isEmpty() ? "daarbij" : "van " + DutchText.join(from)) // "van Cardea staan 2 sprekers"
        + (withoutOrganisation ? " zonder organisatie" : "");
    if (names.isEmpty()) {
      return Written.text("Er staan " + where + " geen sprekers in het programma: er spreekt niemand.");
    }
    return Written.text(DutchText.capitalise(where) + " " + (names.size() == 1 ? "staat " : "staan ")
        + names.size() + (names.size() == 1 ? " spreker: " : " sprekers: ")
        + (names.size() <= 8 ? join(names) : String.join(", ", names.subList(0, 8)) + " en nog "
        + (names.size() - 8) + (names.size() == 9 ? " andere" : " anderen")) + ".");
  }

  private boolean namesPeople() {
    return a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.ORGANISATION
        || c.entity().type() == EntityType.ROLE || c.entity().type() == EntityType.SPEAKER);
  }

  /**
   * "hoeveel woningen worden er gerenoveerd?" when "woningen" names a session only as the end of its title's compound
   * ("Rondleiding proefwoning"): the number a description gives ("640 woningen"), not the one session.
   */
  private Optional<Written> describedInstead() {
    List<nl.dagwijzer.nlu.Condition.About> about = a.query().all(nl.dagwijzer.nlu.Condition.About.class);
    if (about.isEmpty() || about.stream().anyMatch(c -> c.entity().type() != nl.dagwijzer.nlu.EntityType.SESSION)) {
      return Optional.empty();
    }
    // ("hoeveel modeshows zijn er nog na 12 uur?": in a stretch of time the sessions are counted, not a text)
    if (a.query().conditions().stream().anyMatch(c -> c instanceof nl.dagwijzer.nlu.Condition.From
        || c instanceof nl.dagwijzer.nlu.Condition.AfterNow || c instanceof nl.dagwijzer.nlu.Condition.InPeriod
        || c instanceof nl.dagwijzer.nlu.Condition.Relative)) {
      return Optional.empty();
    }
    String word = about.get(0).entity().text();
    if (word.contains(" ") || !word.endsWith("en") && !(word.endsWith("s") && word.length() > 5)) {
      return Optional.empty();
    }
    // (a word the titles have is counted from them: DescribedCount leaves it)
    return new DescribedCount(a).anywhere(word).filter(w -> Character.isDigit(w.text().charAt(0)));
  }

  private Written sessions() {
    Selection selection = a.selection();
    List<Session> sessions = !selection.named() && !selection.constrained()
        ? a.programme().sessions() : selection.sessions();
    if (sessions.isEmpty()) {
      if (!selection.missing().isEmpty()) {
        return Written.text(Missing.absent(selection.missing().get(0)));
      }
      String context = a.context("").toLowerCase(Locale.ROOT).strip();
      return Written.text("Er " + (context.isEmpty() ? "" : context + " ")
          + "staat niets op het programma dat daarbij past: 0.").turningTo(sessions);
    }
    if (a.query().hasDetail("verschillende")) {
      // "hoeveel verschillende workshops": a workshop given in two rounds counts once
      // "Scenario Bushalte – groep rood" and "– groep geel" are one scenario, played by each group in turn
      Set<String> titles = new LinkedHashSet<>();
      sessions.forEach(s -> titles.add(AttendeeGroups.withoutGroup(s.title())));
      return Written.text("Er zijn " + titles.size() + " verschillende " + noun(sessions) + ": "
          + DutchText.joinedSentence(titles.stream().map(t -> "‘" + t + "’").toList(), "vraag ‘wat is het"
          + " programma?’ voor alles.")).turningTo(sessions);
    }
    Optional<Written> described = describedInstead();
    if (described.isPresent()) {
      return described.get();
    }
    String noun = noun(sessions);
    String where = selection.context().isEmpty() ? "" : " " + selection.context();
    java.util.Set<Session> counted = Sessions.setOf(sessions);
    List<Slot> rounds = a.index().rounds().stream()
        .filter(r -> r.sessions().stream().anyMatch(counted::contains)).toList();
    String head = "Er " + (sessions.size() == 1 ? "is" : "zijn") + where + " " + sessions.size() + " "
        + (sessions.size() == 1 ? singular(noun) : noun);
    // Per round, so "hoeveel workshops kan ik kiezen?" shows one choice per round (when a round has one to make)
    if (rounds.size() > 1 && rounds.stream().allMatch(r -> counted.containsAll(r.sessions()))
        && rounds.stream().anyMatch(r -> r.sessions().size() >= 2)) {
      List<String> perRound = rounds.stream().map(r -> range(r.start(), r.end()) + ": keuze uit "
          + join(r.sessions().stream().filter(counted::contains).map(s -> DutchText.item(a.programme(), s))
          .toList())).toList();
      List<Long> each = rounds.stream().map(r -> r.sessions().stream().filter(counted::contains).count()).toList();
      boolean perRoundAsked = a.query().hasDetail("per:ronde") || a.query().hasDetail("per:blok");
      // "hoeveel tafelgesprekken zijn er per ronde?": the number in each round first
      String opening = perRoundAsked && each.stream().distinct().count() == 1 ? "Per ronde zijn er" + where + " "
          + each.get(0) + " " + noun + ", " + sessions.size() + " in " + rounds.size() + " rondes"
          : head + " in " + rounds.size() + " rondes";
      return Written.text(opening + "; per ronde kies je er één:\n"
          + DutchText.bullets(DutchText.limited(perRound, "vraag naar een ronde voor de keuze daarin.")))
          .turningTo(sessions);
    }
    List<String> items = sessions.stream().map(s -> DutchText.item(a.programme(), s) + ", " + DutchText.span(s))
        .toList();
    if (sessions.size() == 1 && sessions.get(0).speakerIds().size() >= 2 && a.query().all(Condition.About.class)
        .stream().anyMatch(c -> nl.dagwijzer.nlu.SeriesNames.isSeries(c.entity()))) {
      // "hoeveel pitches zijn er in de tweede ronde?" when one session holds them: how many people it has
      head += ", met " + sessions.get(0).speakerIds().size() + " sprekers";
    }
    return Written.text(head + ":\n"
        + DutchText.bullets(DutchText.limited(items, "vraag ‘wat is het programma?’ voor alles."))).turningTo(sessions);
  }

  private String noun(List<Session> sessions) {
    // "hoeveel tafels zijn er?": the programme's own word for its series, as the question wrote it
    Optional<String> series = a.query().all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == nl.dagwijzer.nlu.EntityType.PART && !e.text().contains(" ") && !edge(e))
        .map(e -> e.text()).filter(t -> t.endsWith("s") || t.endsWith("en"))
        .findFirst();
    // "hoeveel maaltijden zijn er?" of one: "Er is 1 maaltijd", whatever kind of session it is
    if (series.isPresent() && (sessions.size() > 1 || !singular(series.get()).equals(series.get()))) {
      return series.get();
    }
    boolean namedPart = a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.PART && !edge(c.entity()));
    SessionKind kind = sessions.get(0).kind();
    if (!namedPart || sessions.stream().anyMatch(s -> s.kind() != kind)) {
      return "onderdelen";
    }
    return switch (kind) {
      case WORKSHOP -> "workshops";
      case BREAK -> "pauzes";
      case PANEL -> "panels";
      case KEYNOTE -> "keynotes";
      case QA -> "vragenrondes";
      case MARKET -> "markten";
      case PLENARY -> "onderdelen";
    };
  }

  /** "hoeveel onderdelen beginnen om 16:00 of later?": "beginnen" names no kind of session. */
  private static boolean edge(nl.dagwijzer.nlu.Entity entity) {
    return entity.id().equals("begin") || entity.id().equals("einde");
  }

  private static String singular(String noun) {
    return switch (noun) {
      case "onderdelen" -> "onderdeel";
      case "pauzes" -> "pauze";
      case "workshops" -> "workshop";
      case "panels" -> "panel";
      case "keynotes" -> "keynote";
      case "vragenrondes" -> "vragenronde";
      case "markten" -> "markt";
      case "maaltijden" -> "maaltijd";
      default -> noun;
    };
  }
}
