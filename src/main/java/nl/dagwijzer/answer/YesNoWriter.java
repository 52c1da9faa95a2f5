package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.lowerFirst;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * Yes or no first, then why: what matched, or what there is instead ("Nee, de lunch is van 12:30 tot 13:00"). A
 * question about something the programme does not have gets "Nee" and says so.
 */
final class YesNoWriter {
  private final Answering a;
  private final YesNoPlaces places;

  YesNoWriter(Answering a) {
    this.a = a;
    this.places = new YesNoPlaces(a);
  }

  Written answer() {
    Selection selection = a.selection();
    // "is X in het engels?" where it says another language; "is er een pauze tijdens de quiz?"
    Optional<Written> about = YesNoLanguage.answer(a).or(() -> PauseWithin.answer(a))
        .or(() -> YesNoRegisterBy.answer(a)).or(() -> YesNoDescribedHours.answer(a))
        .or(() -> OnlyAllowed.answer(a)).or(() -> YesNoAge.answer(a))
        .or(() -> YesNoJoinedKind.answer(a))
        .or(() -> YesNoSame.answer(a))
        .or(() -> new YesNoAbout(a).answer());
    if (about.isPresent()) {
      return about.get();
    }
    Optional<Condition.OnDate> date = a.query().first(Condition.OnDate.class);
    if (date.isPresent()) {
      return places.onDate(date.get());
    }
    if (a.query().order().filter(o -> o == nl.dagwijzer.nlu.Query.Order.LONGEST
        || o == nl.dagwijzer.nlu.Query.Order.SHORTEST || o == nl.dagwijzer.nlu.Query.Order.SAME_LENGTH).isPresent()
        && selection.subject().size() >= 2 && (a.query().all(Condition.About.class).size() >= 2
        || a.query().order().get() == nl.dagwijzer.nlu.Query.Order.SAME_LENGTH)) {
      return YesNoLengths.answer(a);
    }
    Optional<String> contact = a.query().all(Detail.class).stream().flatMap(d -> d.contact().stream())
        .findFirst();
    if (contact.isPresent() && !selection.speakers().isEmpty()) {
      return Written.text("Dat staat niet in het programma: het noemt geen " + contact.get() + " van "
          + selection.speakers().get(0).name() + ".");
    }
    if (contact.isPresent() && !selection.isEmpty() && a.index().descriptions().having(List.of(contact.get()),
        List.of()).isEmpty()) {
      // "komen de resultaten op de website?" when no text of the day speaks of a website
      Written what = matched();
      return new Written("Dat staat niet in het programma: over een " + contact.get() + " zegt het niets. "
          + what.text(), what.overview(), what.turnedTo());
    }
    Optional<Condition.Lasting> dayLength = a.query().first(Condition.Lasting.class);
    if (dayLength.isPresent() && a.query().all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == EntityType.EVENT) && !a.query().all(Condition.About.class).isEmpty()) {
      DayEdges edges = new DayEdges(a.programme());
      int minutes = (int) java.time.Duration.between(a.programme().firstStart().orElseThrow(),
          a.programme().lastEnd().orElseThrow()).toMinutes();
      // "duurt de bijeenkomst anderhalf uur?": yes when it does with or without the walk-in and the optional end
      boolean yes = Resolver.compare(minutes, dayLength.get().comparison(), dayLength.get().minutes())
          || edges.trimmed() && Resolver.compare(edges.minutes(), dayLength.get().comparison(),
          dayLength.get().minutes());
      return Written.text((yes ? "Ja, " : "Nee, ") + "het programma duurt " + DutchText.minutes(edges.minutes())
          + ", van " + DutchText.time(edges.start().start()) + " tot " + DutchText.time(edges.end())
          + edges.around() + ".");
    }
    Optional<Written> describedWhen = YesNoDescribedWhen.answer(a).or(() -> YesNoGroupSize.answer(a))
        .or(() -> YesNoMeasure.answer(a)).or(() -> YesNoLatest.answer(a)).or(() -> YesNoWithout.answer(a));
    if (describedWhen.isPresent()) {
      return describedWhen.get();
    }
    YesNoRoles roles = new YesNoRoles(a);
    // "leidt X de vragenronde?": its leader, before "X is in it"; "zit X in categorie 1?" when a description names X
    Optional<Written> leads = YesNoOpener.answer(a).or(roles::leadsSession).or(() -> InnerTimes.yesNo(a)).or(() -> YesNoWholeDay.answer(a))
        .or(() -> new YesNoDescribed(a).answer())
        .or(() -> YesNoQuestionsAfter.answer(a)).or(() -> YesNoDuring.answer(a));
    if (leads.isPresent()) {
      return leads.get();
    }
    Optional<Written> lasting = new YesNoCompound(a).answer().or(() -> new UnitLength(a).yesNo())
        .or(() -> new YesNoPart(a).answer())
        .or(() -> new YesNoUntil(a).answer()).or(() -> new YesNoPerson(a).answer()).or(() -> new YesNoEdge(a).answer())
        .or(() -> new YesNoOrder(a).answer())
        .or(() -> new YesNoCount(a).answer());
    if (lasting.isPresent()) {
      return lasting.get();
    }
    Optional<Written> role = roles.absentRole().or(roles::oneHolder).or(roles::speakerRole).or(roles::held);
    if (role.isPresent()) {
      return role.get();
    }
    Optional<Written> place = new YesNoRoom(a).answer().or(places::venue);
    if (place.isPresent()) {
      return place.get();
    }
    Optional<Written> together = places.together();
    if (together.isPresent()) {
      return together.get();
    }
    Optional<Written> elsewhere = places.elsewhere();
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
      // "is er een maximum aantal deelnemers bij X?" when its description says "Maximaal 25 deelnemers."
      Optional<Written> said = Descriptions.saying(a, List.of(unknown.get().words().split(" ")), selection.sessions());
      if (said.isPresent()) {
        return said.get();
      }
      Optional<Written> ruledOut = Alternatives.answer(a, unknown.get().words(), selection.sessions());
      if (ruledOut.isPresent()) {
        return ruledOut.get(); // "is de kennistoets op papier?" where it says "De toets is digitaal"
      }
      // "is er vegetarisch eten bij de lunch?": the programme cannot confirm what it does not mention.
      return Written.text("Nee, dat staat niet in het programma: over ‘" + unknown.get().words()
          + "’ zegt het niets. " + matched().text());
    }
    Optional<Condition.Progress> progress = a.query().first(Condition.Progress.class);
    if (progress.isPresent() && !selection.named() && !a.programme().sessions().isEmpty()
        && !a.query().has(Condition.InRound.class) && !a.query().has(Condition.InPeriod.class)) {
      return YesNoProgress.answer(a, progress.get());
    }
    if (unknown.isPresent() && !unknown.get().person() && !selection.named()) {
      // "krijgen alle jeugdzeilers een medaille?" when one text gives each "een herinneringsmedaille"
      Optional<Written> said = Descriptions.inCompound(a, unknown.get().words());
      if (said.isPresent()) {
        return said.get();
      }
      return Written.text("Nee, ‘" + unknown.get().words() + "’ staat niet in het programma.");
    }
    Optional<Written> edge = places.dayEdgeAt();
    if (edge.isPresent()) {
      return edge.get();
    }
    Optional<Written> atTime = progress.isPresent() ? Optional.empty() : YesNoAtTime.answer(a);
    if (atTime.isPresent()) {
      return atTime.get();
    }
    if (selection.isEmpty() && !selection.missing().isEmpty()) {
      Optional<String> asking = selection.missing().get(0) == DayPart.VRAGEN ? Descriptions.questionsTaken(a)
          : Optional.empty();
      if (asking.isPresent()) {
        return Written.text(asking.get()); // "kan ik vragen stellen?" when a description says where they go
      }
      Optional<Written> described = described(selection.missing().get(0));
      if (described.isPresent()) {
        return described.get(); // "is er na afloop een drankje?" when only a description has the drink
      }
      return Written.text("Nee, " + lowerFirst(Missing.part(a.programme(), selection.missing().get(0)).text()));
    }
    if (selection.isEmpty() && selection.at().isPresent() && !selection.named()) {
      Written now = new ListWriter(a).now();
      return new Written("Nee, " + lowerFirst(now.text()), now.overview(), now.turnedTo());
    }
    Optional<Written> forAll = YesNoForEveryone.answer(a).or(() -> YesNoForEveryone.online(a))
        .or(() -> TopicOnly.yesNo(a));
    if (forAll.isPresent()) {
      return forAll.get();
    }
    // "moet ik me aanmelden voor een rondleiding?": of a kind of session, the sentence their descriptions share
    boolean kind = selection.subject().size() >= 2 && a.query().all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == EntityType.PART)
        && a.index().descriptions().having(a.query().textWords(), selection.subject()).size()
        == selection.subject().size();
    Optional<String> judged = Descriptions.judged(a, selection.sessions(), kind);
    if (judged.isPresent()) {
      return Written.text(judged.get()).turningTo(selection.sessions());
    }
    if (!selection.isEmpty()) {
      Written what = matched();
      Optional<String> unsaid = unsaid(selection.sessions());
      // "komen de verslagen na afloop online?" when another session's description says it ("Alle verslagen komen
      // na de conferentie op de website"): that sentence, not "it says nothing" with that sentence quoted after it
      // (not when the question names a kind: "is er een workshop trouwringen smeden?" is not a stand that sells them)
      boolean kindNamed = a.query().hasDetail("er-is") && a.query().all(Condition.About.class).stream()
          .anyMatch(c -> c.entity().type() == EntityType.PART);
      Optional<Written> said = kindNamed ? Optional.empty()
          : unsaid.flatMap(words -> Descriptions.saying(a, List.of(words.split(" ")), List.of()));
      if (said.isPresent()) {
        return said.get();
      }
      Optional<Written> ruledOut = unsaid.flatMap(words -> Alternatives.answer(a, words, selection.sessions()));
      if (ruledOut.isPresent()) {
        return ruledOut.get();
      }
      if (unsaid.isPresent()) {
        // "is er kinderopvang tijdens de markt?": the markt is there, what is asked of it is not
        return new Written("Dat staat niet in het programma: over ‘" + unsaid.get() + "’ zegt het niets. "
            + what.text(), what.overview(), what.turnedTo());
      }
      Optional<Written> able = YesNoAbility.answer(a, what);
      if (able.isPresent()) {
        return able.get(); // "mag ik zelf een aannemer kiezen?": the market is there, choosing is not said
      }
      return new Written("Ja, " + lowerFirst(what.text()), what.overview(), what.turnedTo());
    }
    return Written.text("Nee, " + new YesNoInstead(a).text());
  }

  /**
   * The words of the descriptions the question asks about, when none of {@code sessions}' own texts has any of them
   * ("is er kinderopvang tijdens de markt?").
   */
  private Optional<String> unsaid(List<Session> sessions) {
    List<String> words = a.query().textWords();
    // a session, person or topic named by name is what is asked about; other words only describe it
    boolean byName = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type() != EntityType.PART
        && c.entity().type() != EntityType.ROOM && c.entity().type() != EntityType.EVENT);
    if (words.isEmpty() || byName) {
      return Optional.empty();
    }
    // "zijn er vegetarische bitterballen op de borrel?" when it only says "bitterballen": not all of it is said
    List<String> unsaid = words.stream().filter(word -> {
      // "wordt er gekeurd?" of the "Keuring": a past participle by the start of its verb
      String root = word.length() >= 6 && word.startsWith("ge") && (word.endsWith("d") || word.endsWith("t"))
          ? word.substring(2, word.length() - 1) : word;
      // ("trouwringen" is not said by "trouwspeech": the start of a compound is not the compound)
      String start = root.substring(0, Math.min(root.length(), Math.max(5, root.length() - 3)));
      boolean named = sessions.stream().anyMatch(s -> (s.title() + " " + String.join(" ", s.aliases()))
          .toLowerCase(java.util.Locale.ROOT).contains(start));
      return !named && a.index().descriptions().having(List.of(word), sessions).isEmpty();
    }).toList();
    return unsaid.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", unsaid));
  }

  /** The one description sentence with the word the question named a part of the day by that has no session. */
  private Optional<Written> described(DayPart part) {
    return a.query().all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == EntityType.PART && e.id().equals(part.id()) && e.text().length() >= 4
            && !e.text().contains(" "))
        .findFirst().flatMap(e -> Descriptions.saying(a, List.of(e.text()), List.of()));
  }

  private Written often(Condition.Occurs occurs) {
    List<Session> sessions = a.selection().subject();
    boolean yes = Resolver.compare(sessions.size(), occurs.comparison(), occurs.count());
    // "wordt de workshop twee keer gegeven?" when both are at once: the rooms tell them apart
    boolean rooms = sessions.stream().map(Session::room).distinct().count() > 1;
    String list = join(sessions.stream().map(s -> DutchText.name(s) + " (" + DutchText.span(s)
        + (rooms ? s.room().map(r -> ", in " + r).orElse("") : "") + ")").toList());
    if (!yes && sessions.size() == 1 && occurs.comparison() == nl.dagwijzer.nlu.Quantities.Comparison.AT_LEAST
        && occurs.count() == 2) {
      return Written.text("Nee, er is geen tweede; alleen " + list + ".").turningTo(sessions); // "nog een tweede X?"
    }
    return Written.text((yes ? "Ja, " : "Nee, ") + sessions.size() + " keer"
        + (sessions.isEmpty() ? "." : ": " + list + ".")).turningTo(sessions);
  }

  /** What matched: the people when the question was about people, otherwise the sessions and their times. */
  private Written matched() {
    boolean aboutPeople = a.query().has(Condition.Leading.class) || a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.ORGANISATION || c.entity().type() == EntityType.ROLE);
    List<Session> sessions = a.sessions();
    if (aboutPeople) {
      Written who = new PeopleWriter(a).who();
      // "begeleidt X ook een break-out?" when the break-outs are rooms: which one is part of the answer
      List<String> rooms = sessions.stream().flatMap(s -> s.room().stream()).distinct()
          .filter(r -> !who.text().contains(r)).toList();
      boolean series = a.query().all(Condition.About.class).stream().anyMatch(c -> SeriesNames.isSeries(c.entity()));
      return series && !rooms.isEmpty() && rooms.size() <= 3
          ? new Written(who.text() + " Dat is in " + join(rooms) + ".", who.overview(), who.turnedTo()) : who;
    }
    if (a.query().has(Condition.Lasting.class)) {
      return new DurationWriter(a).duration();
    }
    if (sessions.size() == 1) {
      Session session = sessions.get(0);
      return Written.text(capitalise(a.whenAndWhere(session)) + ".").turningTo(sessions);
    }
    return new ListWriter(a).listed(a.context("Op het programma"), sessions);
  }
}
