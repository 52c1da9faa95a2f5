package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a question adds to its reading once what it asks is known, each step for its own kind of question: a group or
 * one of a series, the words a description must have, a price, an organisation's word, the other words of a yes or no,
 * a thing no text mentions, the day's own place. Kept apart from {@link Understander}, which reads the rest.
 */
final class LaterReadings {
  private LaterReadings() {
  }

  /**
   * {@code quotable}: the description's words the question may be answered by; {@code property}: the property asked
   * ("kosten"); {@code ordinary}: the words of the question language.
   */
  static Query read(Query read, List<String> tokens, List<Span> spans, List<Entity> entities,
                    List<Condition> quotable, boolean yesNoOnText, Optional<String> property, ForProgramme day,
                    Predicate<String> ordinary) {
    Query query = GroupWord.only(WhichOfOne.read(read, tokens, spans), day.series());
    query = PriceAsked.askedToPay(ThingCount.read(DescribedWords.added(query, tokens, entities, quotable,
        yesNoOnText), tokens, spans, day.words()), property, day.words(), tokens, spans,
        day.programme());
    query = OrganisationWord.read(AbsentCompounds.read(query, spans, day.words()), tokens, spans, day.programme());
    // "is er ook koffie bij de pauze?", "kan ik motorolie kopen op de markt?"
    query = UnknownThing.add(LooseWords.add(ForChildren.read(query, tokens, spans), tokens, spans), tokens, spans,
        day.words(), ordinary);
    query = KindOfUnknown.add(query, tokens, spans, day.words()); // "wanneer is de demonstratie klompen maken?"
    query = KindOfUnknown.compound(query, tokens, spans, day.words()); // "hoe laat begint de fakkeltocht?"
    query = AloneChild.read(FullAsked.read(query, tokens), tokens); // "is de ochtendworkshop vol?", "alleen
    query = EventPlace.named(query, tokens, spans, day.programme()); // "waar is de schapenscheerdag?"
    query = EventPlace.address(query, tokens, day.programme()); // "wat is het adres van de kringloop?"
    query = RoundOfSession.read(query, tokens, day.programme()); // "de tweede ronde van de make-up workshop"
    query = NarrowerRoom.read(RoleInTitle.read(query, day.programme())); // "de briefing voor de groepsleiders"
    query = EventPlace.read(UnsaidThings.add(query, tokens, spans, day.words()), tokens); // "kunnen jullie ...?"
    query = PlacesLimit.read(DescribedAcrossDay.read(query, tokens), tokens); // "wat is er gratis?", "maximaal 20"
    query = AccessAsked.read(query, tokens, spans); // "kan ik met een rolstoel in de torens komen?"
    // "zijn er panels, welke?", "waarvoor moet je reserveren?", "om 16:00 of later"
    query = OrLater.read(RegisterList.read(TrailingWhich.read(query, tokens), tokens), tokens);
    query = AgeList.somethingFor(PricedItem.read(query, tokens), tokens); // "wat kost een minifiguur?", "is er iets
    // voor mijn kleuter van 4 jaar?"
    query = ProceedsAsked.read(NumberedTitle.read(query, day.programme()), tokens); // "in voorronde 2?", "het geld"
    query = ForChildren.read(SomethingAsked.read(query, tokens), tokens, spans); // "is er nu iets?": what there is
    query = PriceTimes.read(PassesAsked.read(query, tokens), tokens); // "komt de fietstocht langs de noordstar?",
    // "wat kosten 4 bakjes kibbeling?"
    // "zit de lunch bij de prijs in?", "mag ik foto's maken in de tentoonstelling?"
    query = PhotoAsked.read(IncludedAsked.read(query, tokens), tokens, day.programme());
    query = FreeForAll.read(RegisterAsked.read(query, tokens), tokens); // "moet ik me vooraf aanmelden voor het
    // open podium?", "is de huifkarrit gratis?"
    query = ActivityAt.read(GiftAsked.read(query, tokens, spans), tokens); // "krijg je wat als je een emmer vol
    // plukt?", "wat doen kinderen in het modderlab?"
    query = WorksAt.read(query, tokens); // "welke sprekers werken bij de scheepswerf zelf?"
    query = MemberOfName.read(query, day.series()); // "wanneer is de finale van de ouderrace?"
    query = OnTheDayAsked.read(query, tokens); // "kan ik me op de dag zelf nog inschrijven?"
    query = PresenceAsked.read(RuleAsked.read(query, tokens), tokens); // "is een helm verplicht?", "moet ik erbij
    // zijn om te winnen?"
    // "wie helpt X bij ...?", "tot hoe laat is het bezoekerscentrum open?" where the venue is an organisation
    query = VenueHours.read(HelpersAsked.read(query, tokens), tokens, day.programme());
    query = RoundWait.read(Greetings.announcing(query, tokens)); // "hallo, ik heb een vraag", "hoe lang nog tot de
    // tweede ronde begint?"
    query = PayerWords.read(ThingsShown.read(query, tokens), day.words()); // "welke knopen leren de kinderen?",
    // "wat kost een entreekaartje voor een volwassene?"
    query = TheOneAt.read(query, tokens, day.programme()); // "de rondleiding na die van 11:00"
    query = ComparedPrice.read(query, tokens); // "is een avondkaart goedkoper dan een dagkaart?"
    query = WhileSomeone.read(query, tokens); // "wat kan ik doen terwijl mijn kind ... zit?"
    query = EatOrDrink.read(OfThose.read(query, tokens), tokens, spans); // "+ en welke daarvan is gratis?", "waar
    // kan ik wat eten?"
    query = LanguageAsked.read(UntilOrdinal.read(query, tokens), tokens); // "tussen X en de tweede Y", "is de
    // rondleiding in het engels?"
    return ReportPlace.read(query, tokens, day.programme()); // "waar moeten we ons melden?"
  }
}
