package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.bullets;
import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.range;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Slot;

/**
 * Writes the Dutch reply for what a question asks, from the programme alone. Every time, name and description
 * comes from the programme; when it does not say something, the reply says so instead of guessing.
 */
final class ReplyWriter {
  /** Replies that need at least one session; a programme still being written has none. */
  private static final Set<Asked> EMPTY_ANSWERS_NOTHING = EnumSet.of(Asked.TIME, Asked.PEOPLE, Asked.CONTENT,
      Asked.DURATION, Asked.LIST, Asked.PROGRAMME, Asked.EVENT, Asked.COUNT, Asked.YESNO, Asked.ROOM);
  /** Replies about a particular thing, which a name missing from the programme leaves without a subject. */
  private static final Set<Asked> ABOUT_SOMETHING = EnumSet.of(Asked.TIME, Asked.PEOPLE, Asked.PERSON,
      Asked.CONTENT, Asked.DURATION, Asked.ROOM, Asked.COUNT);
  /** Programmes longer than this are summarised: the rest is asked for by part of the day. */
  private static final int PROGRAMME_LIMIT = 30;

  private final Answering a;

  ReplyWriter(Answering answering) {
    this.a = answering;
  }

  Written write() {
    return StatedLimit.checked(a, unchecked()); // "mag ik 3 dingen meenemen?" against "maximaal 2"
  }

  private Written unchecked() {
    Asked asked = a.query().asked();
    if (a.programme().sessions().isEmpty() && EMPTY_ANSWERS_NOTHING.contains(asked)) {
      return Written.text("Er staan nog geen onderdelen in het programma.");
    }
    Optional<Condition.Unreadable> unreadable = a.query().first(Condition.Unreadable.class);
    if (unreadable.isPresent() && asked != Asked.GREETING && asked != Asked.THANKS) {
      return Missing.unreadable(unreadable.get());
    }
    Optional<Written> otherDay = asked != Asked.GREETING && asked != Asked.THANKS ? OtherDays.answer(a)
        : Optional.empty();
    if (otherDay.isPresent()) {
      return otherDay.get(); // "wat was er vorig jaar?", "wanneer is de volgende wijkavond?"
    }
    boolean ranked = a.query().all(Detail.class).stream().anyMatch(d -> d.rank() > 0);
    if (ranked && a.sessions().isEmpty() && !a.selection().mentioned().isEmpty()) {
      // "hoe laat begint de tweede lezing?" when there is one: say so, and what there is
      List<String> there = a.selection().mentioned().stream().limit(4)
          .map(DutchText::spanned).toList();
      return Written.text("Die staat niet in het programma: er " + (there.size() == 1 ? "is er maar één, " : "zijn er "
          + a.selection().mentioned().size() + ": ") + DutchText.join(there) + ".");
    }
    // "wat is de goedkoopste afstand?": the prices decide, whatever the word for the sessions compared
    Asked first = asked;
    Optional<Written> missing = WhatToWear.answer(a).or(() -> NotAllowed.answer(a)).or(() -> PriceYesNo.answer(a))
        .or(() -> KindNotThere.answer(a)) // "wanneer is de demonstratie klompen maken?"
        .or(() -> PersonKindNotThere.answer(a)) // "wanneer is de signeersessie van Jorien Kuipers?"
        .or(() -> PriceCompared.answer(a))
        .or(() -> BadWeather.answer(a)).or(() -> Included.answer(a)).or(() -> PhotoRule.answer(a))
        .or(() -> PassesBy.answer(a))
        .or(() -> missingSubject(first));
    if (missing.isPresent()) {
      return missing.get();
    }
    Optional<String> noGroup = a.query().all(Detail.class).stream().flatMap(d -> d.group().stream())
        .filter(g -> AttendeeGroups.absent(a.programme().sessions(), g)).findFirst();
    if (noGroup.isPresent() && asked != Asked.GREETING && asked != Asked.THANKS) {
      return Written.text((asked == Asked.YESNO ? "Nee, " : "") + AttendeeGroups.display(noGroup.get())
          + " staat niet in het programma.");
    }
    if (AttendeeGroups.asked(a.query()) && asked != Asked.COUNT) {
      Optional<Written> lines = new ItemLookup(a).answer(); // "wie is de trainer van subgroep 2?"
      if (lines.isPresent()) {
        return lines.get();
      }
    }
    // "wat kost optie A?": the value, or that it is not there; "hoe laat wordt de groepsfoto gemaakt?": the time
    Optional<Written> property = UnpricedItem.checked(a, new PropertyAnswer(a).answer())
        .or(() -> DescribedTime.answer(a)).or(() -> FacilityHours.answer(a));
    if (property.isPresent()) {
      return TimesPrice.with(a, property.get()); // "wat kosten 4 bakjes kibbeling?": the sum too
    }
    if (a.query().hasDetail(Detail.DESCRIBED_CONTENT)) {
      Optional<String> said = Descriptions.quote(a, true);
      if (said.isPresent()) {
        return Written.text(said.get()); // "hoe geef ik dieetwensen door?": the sentence that says how
      }
      asked = Asked.UNKNOWN;
    }
    if (a.query().hasDetail(Detail.DESCRIBED_TIME)) {
      // no description gives the time: unanswerable, unless the day's own opening or closing is asked (its hours)
      asked = DayHoursAsked.asked(a) ? Asked.TIME : Asked.UNKNOWN;
    }
    Asked read = asked;
    Optional<Written> bring = asked == Asked.GREETING || asked == Asked.THANKS ? Optional.empty()
        : AccessReply.answer(a).or(() -> Unaccompanied.answer(a)).or(() -> ItemKindRule.answer(a))
        .or(() -> Capacity.left(a)).or(() -> SummedCount.answer(a)) // "hoeveel plekken zijn er nog bij X?"
        .or(() -> DayCount.answer(a))
        .or(() -> FullyBooked.answer(a)).or(() -> NumberBeforeNamed.answer(a)) // "hoeveel stoelen mag ik meenemen?"
        .or(() -> new BringAlong(a).answer())
        .or(() -> RegisterOnTheDay.answer(a)).or(() -> RegisterVerdict.answer(a)) // "kan ik me op de dag zelf
        // nog inschrijven?", "moet ik me vooraf aanmelden voor het open podium?"
        .or(() -> GiftSaid.answer(a)) // "krijg je wat als je een emmer vol plukt?"
        .or(() -> Prizes.answer(a)).or(() -> ContactSentence.phone(a)).or(() -> YesNoObtain.answer(a, read));
    if (bring.isPresent()) {
      return bring.get();
    }
    Optional<Written> most = new PartLengths(a).answer().or(() -> new MostWriter(a).answer())
        .or(() -> EarlierWriter.answer(a));
    if (most.isPresent()) {
      return most.get();
    }
    Optional<Written> numbered = NumberedLine.answer(a); // "wie staat er in kraam 8?"
    if (numbered.isPresent()) {
      return numbered.get();
    }
    Optional<Written> items = EnumSet.of(Asked.LIST, Asked.COUNT, Asked.PEOPLE, Asked.CONTENT).contains(asked)
        ? new ItemsWriter(a).listedOrCounted() : Optional.empty();
    if (items.isPresent()) {
      return items.get();
    }
    Optional<Written> item = new ItemLookup(a).answer();
    if (item.isPresent()) {
      return item.get();
    }
    Optional<Written> repeated = new RepeatWriter(a).answer();
    if (repeated.isPresent()) {
      return repeated.get();
    }
    TextFallback.Outcome fallback = TextFallback.answer(a, asked);
    if (fallback.written().isPresent()) {
      return fallback.written().get();
    }
    asked = fallback.asked();
    Written written = byAsked(asked);
    return QuotedBeside.add(a, asked, written);
  }

  private Written byAsked(Asked asked) {
    return switch (asked) {
      case TIME -> new TimeWriter(a).when();
      case DURATION -> new DurationWriter(a).duration();
      case PEOPLE -> new PeopleWriter(a).who();
      case PERSON -> new PeopleWriter(a).person();
      case CONTENT -> new ContentWriter(a).about(event());
      case LIST -> ListedYes.said(a, new ListWriter(a).list()); // "is er iets voor kleuters?": yes, these
      case COUNT -> new CountWriter(a).count();
      case YESNO -> new YesNoWriter(a).answer();
      case ROOM -> new PlaceWriter(a).room();
      case DATE -> new PlaceWriter(a).date();
      case PROGRAMME -> programme();
      // "waar is het congres?": where the day is held, as any question where something is
      case EVENT -> a.query().hasDetail(nl.dagwijzer.nlu.EventPlace.PLACE) ? new PlaceWriter(a).room()
          : Written.text(event());
      case GREETING -> Written.text("Hallo! Ik ben Dagwijzer en beantwoord je vragen over " + a.eventName()
          + ". Vraag bijvoorbeeld: ‘" + ExampleQuestions.of(a.programme()).get(0) + "’");
      case THANKS -> Written.text("Graag gedaan! Vraag gerust verder als je nog iets wilt weten.");
      case HELP -> Written.text("Ik beantwoord vragen over het programma van " + a.eventName()
          + ": tijden, sprekers, zalen, workshops en waar de onderdelen over gaan. Vraag bijvoorbeeld:\n"
          + bullets(ExampleQuestions.of(a.programme())));
      case MY_PROGRAMME -> myProgramme();
      case UNKNOWN -> Written.text(unknown());
    };
  }

  /** A question about a person or thing the programme does not have gets that said, not an answer about another. */
  private Optional<Written> missingSubject(Asked asked) {
    Optional<Condition.NotInProgramme> unknown = a.unknown();
    // ("komt wethouder Hendrik Smit ook?": a yes or no about someone with a role, below)
    boolean roleHolder = unknown.isPresent() && unknown.get().person() && asked == Asked.YESNO
        && !a.query().all(Condition.About.class).isEmpty() && a.query().all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROLE);
    if (unknown.isEmpty() || !ABOUT_SOMETHING.contains(asked) && asked != Asked.LIST && !roleHolder) {
      return Optional.empty();
    }
    boolean onlyGeneral = a.query().all(Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.PART);
    if (Missing.isPlace(unknown.get()) && asked != Asked.LIST) {
      return Optional.of(Missing.thing(unknown.get())); // "waar is Zaal Nieuwe Maas?" when there is only Zaal Maas
    }
    if (unknown.get().asked() && !Prizes.named(unknown.get().words())) {
      return Optional.of(Missing.thing(unknown.get())); // "wat is het telefoonnummer van de helpdesk?"
    }
    List<Condition.About> names = a.query().all(Condition.About.class);
    if (unknown.get().person() && !names.isEmpty()
        && (asked == Asked.PEOPLE || asked == Asked.PERSON || asked == Asked.YESNO)
        && names.stream().allMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROLE)) {
      // "wie is wethouder Hendrik Smit?": that person is not on it, the one with the role is ("komt wethouder
      // Hendrik Smit ook?": no)
      Written holders = new PeopleWriter(a).who();
      return Optional.of(new Written((asked == Asked.YESNO ? "Nee, " : "") + Missing.absent(a.programme(),
          unknown.get()) + "\n" + holders.text(), holders.overview(), holders.turnedTo()));
    }
    // "wie geeft de workshop Python voor beginners?": a kind of session with a name the programme lacks
    if (a.selection().named() && !onlyGeneral) {
      return Optional.empty();
    }
    if (asked == Asked.LIST && !a.selection().named() && !unknown.get().person()
        && !Missing.isPlace(unknown.get())) {
      return Optional.empty();
    }
    if (unknown.get().person()) {
      Written missing = Missing.person(a.programme(), unknown.get());
      // "wie is bas van beeck?": one letter from Bas van Beek, so who that is, beside "bedoel je"
      return Optional.of(Missing.nearlyNamed(a.programme(), unknown.get().words())
          .map(s -> Written.text(missing.text() + " " + DutchText.person(s) + ": " + DutchText.join(a.programme()
              .sessionsOf(s).stream().limit(3).map(DutchText::spanned).toList())
              + ".").turningTo(a.programme().sessionsOf(s)))
          .orElse(missing));
    }
    return a.selection().constrained() ? Optional.empty() : Optional.of(Missing.thing(unknown.get()));
  }

  /**
   * Here (the console, {@code ask}) there is no personal programme to keep: say where there is one, and give the time
   * of what was named so the question is not wasted. On Discord the personal programme answers before this.
   */
  private Written myProgramme() {
    String where = "Een eigen programma bijhouden kan op Discord: kies daar met /kies en vraag /mijnprogramma.";
    if (!a.selection().named()) {
      return Written.text(where);
    }
    Written when = new TimeWriter(a).when();
    return new Written(where + "\n" + when.text(), when.overview(), when.turnedTo());
  }

  private String unknown() {
    List<String> examples = ExampleQuestions.of(a.programme()).stream().map(q -> "‘" + q + "’").toList();
    return "Dat weet ik niet: het staat niet in het programma van deze dag. Je kunt bijvoorbeeld vragen: "
        + DutchText.either(examples.subList(0, Math.min(3, examples.size()))) + ".";
  }

  private Written programme() {
    List<Slot> slots = a.programme().slots();
    List<Overview.Entry> entries = slots.stream()
        .map(slot -> new Overview.Entry(range(slot.start(), slot.end()),
            capitalise(DutchText.slot(a.programme(), slot))))
        .toList();
    List<String> lines = entries.stream().limit(PROGRAMME_LIMIT).map(e -> e.heading() + " " + e.body())
        .collect(Collectors.toList());
    if (entries.size() > PROGRAMME_LIMIT) {
      lines.add("… en nog " + (entries.size() - PROGRAMME_LIMIT) + " blokken; vraag bijvoorbeeld ‘wat is er 's"
          + " middags?’ of ‘wat is er om 15:00?’.");
    }
    String text = "Het programma van " + a.eventName() + ":\n" + String.join("\n", lines);
    return new Written(text, Optional.of(new Overview(a.eventName(),
        entries.subList(0, Math.min(entries.size(), PROGRAMME_LIMIT)))));
  }

  private String event() {
    Event event = a.programme().event();
    StringBuilder text = new StringBuilder(a.eventName());
    if (!event.organiser().isEmpty()) {
      text.append(", georganiseerd door ").append(event.organiser());
    }
    text.append('.');
    event.date().ifPresent(d -> text.append(" Datum: ").append(DutchText.date(d)).append('.'));
    event.venue().ifPresent(v -> text.append(" Locatie: ").append(v.name())
        .append(v.address().isEmpty() ? "" : ", " + v.address()).append('.'));
    text.append(' ').append(DutchText.dayRuns(a.programme()));
    if (!event.summary().isEmpty()) {
      text.append('\n').append(event.summary());
    }
    return text.toString();
  }
}
