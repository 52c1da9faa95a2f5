package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Query.Counted;
import nl.dagwijzer.nlu.Query.Order;

/**
 * Decides what a question asks. The classifier's intent is the starting point; the question's own form overrides it
 * where the form is more reliable: "hoeveel" always counts, a question that opens with a verb and has no question
 * word asks yes or no, "welke zaal" asks a room, "welke datum" a date. When the classifier is unsure, the question
 * word decides ("wie" asks people, "wanneer" a time).
 */
final class QueryReader {

  Query read(Intent intent, List<String> tokens, List<Span> spans, List<Condition> found) {
    List<String> free = QuestionForm.unnamed(tokens, spans);
    List<Condition> all = new ArrayList<>(found);
    // Details ("het adres", "die") say how to answer, not what the question is about.
    List<Condition> conditions = all.stream().filter(c -> !(c instanceof Detail)).collect(
        java.util.stream.Collectors.toCollection(ArrayList::new));
    if (conditions.stream().anyMatch(c -> c instanceof Condition.NotInProgramme u && u.words().startsWith("de "))) {
      // "de wethouder van Nijmegen": the place only says which office-holder, one the programme does not have
      conditions.removeIf(c -> c instanceof Condition.About about
          && about.entity().type() == EntityType.ORGANISATION);
    }
    all.stream().filter(c -> c instanceof Detail d && d.word().startsWith("leeftijd:")).findFirst()
        .ifPresent(age -> AgeNotTime.drop(((Detail) age).word(), tokens, conditions));
    if (wholeDay(tokens)
        && conditions.stream().allMatch(c -> ConditionKinds.isEvent(c) || c instanceof Condition.InPeriod)) {
      conditions.clear(); // "hoe lang duurt de hele avond?", "tot hoe laat duurt het vanavond?": the day itself
    }
    if (QuestionForm.asksWhen(tokens) || QuestionForm.startsWith(tokens, "waar") && !tokens.contains("over")
        || tokens.stream().anyMatch(t -> t.startsWith("organiseer"))) {
      // "hoe laat begint het burgerberaad?" on the day called "Burgerberaad ...": the day, not its topic so named
      java.util.Set<String> day = conditions.stream().filter(ConditionKinds::isEvent)
          .map(c -> ((Condition.About) c).entity().text()).collect(java.util.stream.Collectors.toSet());
      // "waar is de vakbeurs?" when the Stichting Vakbeurs organises it: the day, not the organisation
      conditions.removeIf(c -> c instanceof Condition.About about && (about.entity().type() == EntityType.TOPIC
          || about.entity().type() == EntityType.ORGANISATION) && day.contains(about.entity().text()));
    }
    if (!YesNoForm.isYesNo(tokens) && conditions.stream().anyMatch(c -> !ConditionKinds.isEvent(c))) {
      conditions.removeIf(ConditionKinds::isEvent); // "wat doet de GGD op de studiedag?": the day is only the setting
    }
    Asked asked = Asked.of(intent);
    if (asked == Asked.GREETING && tokens.size() >= 4) {
      // "mogen studenten ook komen?" is no greeting; "hoi, wanneer zingt het koor?" asks what comes after "hoi"
      asked = !Greetings.opens(tokens) ? Asked.UNKNOWN
          : conditions.isEmpty() ? asked : QuestionForm.byQuestionWord(tokens).orElse(asked);
    }
    Optional<Order> order = QuestionForm.order(free);
    if (order.isPresent()) {
      ConditionKinds.kindOverOne(conditions, tokens);
    }
    boolean onlyTheDay = !conditions.isEmpty() && conditions.stream().allMatch(ConditionKinds::isEvent);
    if (asked == Asked.UNKNOWN && (!conditions.isEmpty() && !onlyTheDay || order.isPresent())) {
      asked = QuestionForm.byQuestionWord(tokens)
          .orElse(ConditionKinds.onlyListable(conditions) ? Asked.LIST : Asked.UNKNOWN);
    }
    if (asked == Asked.UNKNOWN && (QuestionForm.startsWith(tokens, "welke") || QuestionForm.startsWith(tokens, "welk"))
        && all.stream().anyMatch(c -> c instanceof Detail d && d.group().isPresent())) {
      asked = Asked.LIST; // "welke stops heeft groep A?": what that group of attendees has
    }
    if (asked == Asked.EVENT && !conditions.isEmpty() && !onlyTheDay) {
      // the day was named, but something else is asked about: "wat doet Hanna de Vos op de netwerkmiddag?"
      asked = conditions.stream().anyMatch(ConditionKinds::namesPerson) && QuestionForm.startsWith(tokens, "wat")
          ? Asked.PERSON : QuestionForm.byQuestionWord(tokens).orElse(Asked.LIST);
    }
    if (QuestionForm.asksWhen(tokens) && WHEN_OVERRIDES.contains(intent)) {
      asked = Asked.TIME;
    }
    asked = ContentForm.of(asked, tokens, conditions);
    if (QuestionForm.asksWhen(tokens) && !QuestionForm.asksClockTime(tokens) && !conditions.isEmpty()
        && conditions.stream().allMatch(c -> c instanceof Condition.About
        && ((Condition.About) c).entity().type() == EntityType.EVENT)) {
      asked = Asked.DATE; // "wanneer is de kennismiddag?": the day, and its hours
    }
    if ((asked == Asked.CONTENT || asked == Asked.TIME) && QuestionForm.startsWith(tokens, "wie")
        && !conditions.isEmpty()) {
      asked = Asked.PEOPLE; // "wie doen de presentatie over de wijk?" asks who, whatever the topic
    }
    if (asked == Asked.CONTENT && QuestionForm.startsWith(tokens, "waar") && tokens.contains("over")
        && !tokens.contains("gaat") && !tokens.contains("gaan") && !QuestionForm.aboutNamed(tokens, conditions)) {
      asked = Asked.LIST; // "waar hoor ik iets over de buurtkamer?": which part; "waar gaat X over?" stays
    } else if (asked == Asked.CONTENT && QuestionForm.startsWith(tokens, "waar") && !tokens.contains("over")
        && (tokens.contains("is") || tokens.contains("plaats"))) {
      asked = Asked.ROOM; // "waar is de open space?", "waar vindt de open space plaats?": where, not what it is
    }
    if (asked == Asked.CONTENT && !tokens.isEmpty() && (tokens.get(0).equals("welke") || tokens.get(0).equals("welk"))) {
      asked = Asked.LIST; // "welke presentatie gaat over DigiD?" asks which one
    }
    boolean oneSession = order.isEmpty() && !QuestionForm.startsWith(tokens, "waar")
        && ContentForm.namesOneSession(tokens, spans, conditions);
    if (asked == Asked.LIST && oneSession) {
      asked = Asked.CONTENT; // "wat is er in de theepauze?": a list would only name the session back
    }
    Optional<Counted> counted = Optional.empty();
    int count = QuestionForm.indexOfCount(tokens);
    if (count >= 0) {
      String noun = count + 1 < tokens.size() ? tokens.get(count + 1) : "";
      if (noun.equals("uur") && count > 0 && tokens.get(count - 1).equals("om")) {
        asked = Asked.TIME; // "om hoeveel uur begint de opening?" asks a clock time, not how long
      } else if (CueWords.TIME_NOUNS.contains(noun)) {
        asked = Asked.DURATION;
      } else if (noun.equals("langer") || noun.equals("korter")) {
        asked = Asked.DURATION; // "hoeveel langer duurt de lezing dan de vragenronde?": the difference
        conditions.add(new Detail("verschil"));
      } else if (CueWords.COUNT_OUTSIDE.contains(noun) || AskersTime.capacity(tokens)) {
        asked = AskersTime.outside(tokens, conditions);
      } else {
        asked = Asked.COUNT;
        counted = Optional.of(CountedForm.of(tokens, count, conditions));
        if (tokens.contains("sprekers") && tokens.contains("en") && counted.get() == Counted.PEOPLE) {
          // "hoeveel sprekers en trainers zijn er?": everyone, not only those the programme calls trainer
          conditions.removeIf(c -> c instanceof Condition.About about && about.entity().type() == EntityType.ROLE
              && CueWords.PEOPLE_NOUNS.contains(about.entity().text()));
        }
        if (CueWords.GUESTS.contains(noun)) {
          conditions.add(new Detail("gasten")); // "hoeveel gasten zitten er in blok 2?": not who leads it
        }
      }
    }
    if (free.contains("datum") || QuestionForm.followedBy(free, "welke", CueWords.DATE_NOUNS)
        || QuestionForm.followedBy(free, "welk", CueWords.DATE_NOUNS)) {
      asked = Asked.DATE;
    } else if (QuestionForm.followedBy(free, "welke", CueWords.ROOM_NOUNS) || QuestionForm.followedBy(free, "welk", CueWords.ROOM_NOUNS)
        || free.stream().anyMatch(t -> t.startsWith("adres"))) { // "het adres", "de adressen"
      asked = Asked.ROOM;
    }
    if (asked == Asked.PERSON && !conditions.isEmpty() && conditions.stream().noneMatch(ConditionKinds::namesPerson)) {
      asked = Asked.PEOPLE;
    }
    if ((asked == Asked.PERSON || asked == Asked.PEOPLE) && QuestionForm.startsWith(tokens, "wat", "doet", "doen")
        && conditions.stream().anyMatch(ConditionKinds::narrows)) {
      asked = Asked.LIST; // "wat doet Maartje Bos voor de koffiepauze?": her sessions then
    }
    if (asked == Asked.PERSON && QuestionForm.startsWith(tokens, "wat", "doet", "doen")
        && tokens.stream().anyMatch(CueWords.MORE::contains)) {
      asked = Asked.LIST; // "wat doet Rachid El Amrani allemaal?", "wat doet X behalve de quiz?": X's sessions
    }
    if (asked == Asked.PERSON && conditions.stream().anyMatch(ConditionKinds::narrows)) {
      asked = Asked.LIST;
    }
    if (asked == Asked.PEOPLE && QuestionForm.startsWith(tokens, "wat") && !conditions.isEmpty()) {
      asked = Asked.LIST; // "wat zit er tussen het panel en de afsluiting?" asks what, not who
    }
    if (asked == Asked.COUNT && count < 0) {
      asked = Asked.LIST; // the classifier heard a count, but nothing asks "hoeveel"
    }
    if (asked == Asked.TIME && !QuestionForm.asksWhen(tokens) && !QuestionForm.mentionsTime(tokens)
        && (QuestionForm.startsWith(tokens, "wat", "is", "zijn") || QuestionForm.startsWith(tokens, "welke") || QuestionForm.startsWith(tokens, "welk"))) {
      asked = Asked.LIST; // "wat is de eerste workshop in zaal rijn?"
    }
    Optional<String> which = QuestionForm.nounAfterWhich(tokens);
    if (which.isPresent() && !CueWords.PEOPLE_NOUNS.contains(which.get()) && !CueWords.ROOM_NOUNS.contains(which.get())
        && !CueWords.ORGANISATION_NOUNS.contains(which.get())
        && !CueWords.DATE_NOUNS.contains(which.get()) && !CueWords.TIME_NOUNS.contains(which.get())
        && (asked == Asked.PEOPLE || asked == Asked.ROOM || asked == Asked.CONTENT || asked == Asked.TIME
        || asked == Asked.PERSON) && !(asked == Asked.CONTENT && oneSession)) {
      asked = Asked.LIST; // "welke workshop geeft X?", "in welke programmapunten zit Y?"
    }
    if (asked == Asked.DURATION && conditions.stream().anyMatch(c -> c instanceof Condition.Lasting)) {
      asked = Asked.LIST;
    }
    if ((QuestionForm.startsWith(tokens, "welke") || QuestionForm.startsWith(tokens, "welk"))
        && spans.stream().anyMatch(s -> s.entity().type() == EntityType.ROLE && s.from() <= 2)
        && (asked == Asked.LIST || asked == Asked.TIME)) {
      asked = Asked.PEOPLE; // "welke lectoren spreken er?", "welke wethouders zijn er?": people by their role
    }
    order = QuestionForm.comparison(free, conditions).or(() -> QuestionForm.order(free));
    if (all.stream().anyMatch(c -> c instanceof Detail d && d.targetBlock().isPresent())) {
      order = Optional.empty(); // "wat is er na de laatste workshop?": the last workshop is the anchor, no order
      conditions.removeIf(c -> c instanceof Detail d && d.rank() > 0); // "het tweede teamwerkblok" is the anchor
    }
    if (conditions.stream().anyMatch(c -> c instanceof Condition.Edge)) {
      order = Optional.empty(); // "in het laatste half uur": "laatste" is the stretch, not the last session
    }
    if (order.filter(o -> o == Order.FEWEST).isPresent() && tenMinste(tokens)) {
      order = Optional.empty(); // "ten minste een uur" is an amount, not the fewest
    }
    boolean beforeOrAfter = BeforeOrAfter.asked(tokens);
    if (beforeOrAfter) {
      BeforeOrAfter.compare(conditions); // "komt X voor of na Y?": which is first
    } else if (QuestionsAfter.asked(tokens)) {
      QuestionsAfter.reshape(conditions); // "is er na de keynote tijd voor vragen?": about the keynote
    }
    if (QuestionForm.comparison(free, conditions).isPresent() && asked != Asked.COUNT) {
      asked = Asked.DURATION;
    } else if (QuestionForm.earlier(free, conditions).isPresent() && asked != Asked.COUNT && asked != Asked.YESNO
        || beforeOrAfter) {
      order = QuestionForm.earlier(free, conditions).or(() -> Optional.of(Order.FIRST));
      // "wat begint eerder, budgetcoaching of vroegsignalering?": the first of the two; "wie spreekt eerst, X of
      // Y?" still asks who
      asked = free.contains("eerst") && asked == Asked.PEOPLE ? asked : Asked.LIST;
      conditions.add(new Detail("vergelijk"));
    }
    KindInOrder.widen(order, tokens, conditions); // "wat is de langste pauze?", "welke lezing is het eerst?"
    if ((asked == Asked.PROGRAMME || asked == Asked.EVENT || asked == Asked.CONTENT) && order.isPresent()
        && conditions.stream().noneMatch(c -> c instanceof Condition.About about
        && about.entity().type() != EntityType.PART)) {
      asked = Asked.LIST;
    }
    if (asked == Asked.PROGRAMME && !conditions.isEmpty()) {
      asked = Asked.LIST; // "welke onderdelen zijn in de grote zaal?" is the part of the programme there
    }
    if (all.stream().anyMatch(c -> c instanceof Detail d && d.contact().isPresent())
        && conditions.stream().anyMatch(ConditionKinds::namesPerson)) {
      asked = Asked.PERSON; // "wat is het telefoonnummer van X?"
    }
    if (QuestionForm.startsWith(tokens, "met", "wie") && !conditions.isEmpty()) {
      asked = Asked.PEOPLE; // "met wie gaat Ellen Mulder in debat?"
    }
    boolean aboutPlace = all.stream().anyMatch(c -> c instanceof Detail d
        && d.place().isPresent());
    if ((YesNoForm.isYesNo(tokens) || VerbFirst.asks(tokens, spans)) && (!conditions.isEmpty() || aboutPlace)
        && asked != Asked.COUNT && !beforeOrAfter) {
      asked = Asked.YESNO;
    }
    if (asked == Asked.LIST && which.filter(CueWords.PEOPLE_NOUNS::contains).isPresent()) {
      asked = Asked.PEOPLE; // "welke panelleden komen van een gemeente?"
    }
    if (QuestionForm.startsWith(tokens, "waar") && tokens.contains("mee") && (asked == Asked.ROOM
        || asked == Asked.UNKNOWN || asked == Asked.TIME) && !conditions.isEmpty()) {
      asked = Asked.LIST; // "waar begint de avond mee?" asks with what, not where
      boolean end = conditions.stream().anyMatch(c -> c instanceof Condition.About about
          && about.entity().type() == EntityType.PART && about.entity().id().equals("einde"));
      order = order.or(() -> Optional.of(end ? Order.LAST : Order.FIRST));
    } else if (asked == Asked.TIME && QuestionForm.startsWith(tokens, "waar") && !conditions.isEmpty()) {
      asked = Asked.ROOM; // "waar begint de rondleiding?", "waar treedt het koor op?"
    }
    if ((tokens.contains("tijden") || tokens.contains("tijdstippen")) && (QuestionForm.startsWith(tokens, "op")
        || QuestionForm.startsWith(tokens, "welke")) && asked != Asked.YESNO) {
      asked = Asked.TIME; // "op welke tijden kan ik naar de workshop?"
    }
    if ((asked == Asked.TIME || asked == Asked.LIST) && all.stream()
        .anyMatch(c -> c instanceof Detail d && d.waiting())) {
      asked = Asked.DURATION; // "hoe lang moet ik nog wachten tot de break-outs?"
    }
    AskersTime.adjust(tokens, all, conditions);
    asked = AskersTime.asked(tokens, conditions, asked);
    if (asked == Asked.LIST || asked == Asked.TIME) { // ("ik kom pas om 14:00, wanneer kan ik dan nog naar X?")
      AskersTime.fromThen(tokens, conditions);
    }
    asked = PhraseAsked.adjust(tokens, asked, conditions);
    if ((asked == Asked.UNKNOWN || asked == Asked.CONTENT || asked == Asked.PROGRAMME) && all.stream()
        .anyMatch(c -> c instanceof Detail d && d.rank() > 0)) { // "wat is het tweede onderdeel van de dag?"
      asked = Asked.LIST;
    }
    boolean help = asked == Asked.HELP;
    if ((asked == Asked.PROGRAMME || asked == Asked.UNKNOWN || help) && all.stream().anyMatch(c
        -> c instanceof Detail d && (d.wholeStretch().isPresent() || help && d.acrossTheDay()))) {
      // "wat loopt er de hele dag door?", "wat kan ik doen met 17?" (no help with this bot): what runs through it
      asked = Asked.LIST;
    }
    if (asked == Asked.PROGRAMME && all.stream().anyMatch(c -> c instanceof Detail d && (d.people() > 0
        || d.word().startsWith("zonder:") || d.word().equals("items")))) {
      asked = Asked.LIST; // "welke onderdelen hebben geen spreker?" is a part of the programme, not all of it
    }
    // "bij welke onderdelen is er een spreker?": a question about the whole day, not about now
    // "wat is er allemaal te doen vandaag?": the whole day, not only now
    boolean shaped = all.stream().anyMatch(c -> c instanceof Detail d && d.acrossTheDay())
        || tokens.contains("vandaag") && tokens.contains("allemaal");
    if (Greetings.introducesSelf(tokens)) {
      asked = Asked.GREETING; // "goedemorgen, ik doe mee aan de wandelconferentie": a greeting, not a choice
    }
    boolean servedAs = PresentDefaults.servedAs(tokens, spans); // "wat is er als hoofdgerecht?": that course
    asked = servedAs && (asked == Asked.LIST || asked == Asked.UNKNOWN) ? Asked.CONTENT : asked;
    PresentDefaults.add(servedAs ? Intent.UNKNOWN : intent, asked, conditions, order, tokens, shaped);
    if (asked != Asked.YESNO) {
      conditions.removeIf(c -> c instanceof Condition.Progress);
    }
    all.stream().filter(c -> c instanceof Detail).forEach(conditions::add);
    return new Query(asked, conditions, order, counted, PluralForm.plural(free, tokens, all));
  }


  private static boolean tenMinste(List<String> tokens) {
    return java.util.stream.IntStream.range(1, tokens.size())
        .anyMatch(k -> tokens.get(k - 1).equals("ten") && tokens.get(k).startsWith("minst"));
  }

  private static boolean wholeDay(List<String> tokens) {
    return tokens.contains("hele") || tokens.contains("gehele") || tokens.contains("totale")
        || QuestionForm.startsWith(tokens, "tot", "hoe") || QuestionForm.startsWith(tokens, "tot", "hoelaat")
        || QuestionForm.startsWith(tokens, "tot", "wanneer");
  }

  /** Intents that "wanneer" or "hoe laat" in the question overrule: they ask for a time. */
  private static final java.util.Set<Intent> WHEN_OVERRIDES = java.util.EnumSet.of(Intent.NOW, Intent.NEXT,
      Intent.PROGRAMME, Intent.WORKSHOPS, Intent.UNKNOWN, Intent.WHO, Intent.EVENT, Intent.DURATION, Intent.ABOUT,
      Intent.HELP, Intent.ROOM);
}
