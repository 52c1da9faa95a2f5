package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition.Relation;

/**
 * Turns what a question names into conditions: a name right after "na", "voor" or "tijdens" is a relation to that
 * part of the programme; a clock time after "tussen", "vanaf" or "voor" is a range; the rest are conditions of their
 * own kind. Words such as "nu", "hierna", "daarna" and "al begonnen" add conditions about the asker's present.
 */
final class ConditionReader {
  private static final Set<EntityType> NEGATABLE = Set.of(EntityType.SESSION, EntityType.PART, EntityType.SPEAKER,
      EntityType.ROOM, EntityType.ORGANISATION, EntityType.TOPIC, EntityType.ROLE);
  /** Names that "voor" without an article makes an audience ("voor vrijwilligers"), where "voor de X" is before. */
  private static final Set<EntityType> AUDIENCE = Set.of(EntityType.SESSION, EntityType.TOPIC, EntityType.MENTION);
  private static final Set<String> JOINERS = Set.of("en", "van", "de", "het", "die", "met", "door", "over", "eerste",
      "volgende");
  /** Names that narrow a relation's target: "de opening van de dagvoorzitter". */
  private static final Set<EntityType> LINKED = Set.of(EntityType.ORGANISATION, EntityType.ROLE, EntityType.TOPIC,
      EntityType.MENTION);
  private static final Set<EntityType> RELATABLE = Set.of(EntityType.SESSION, EntityType.PART, EntityType.SPEAKER,
      EntityType.ROUND, EntityType.ROLE, EntityType.TOPIC, EntityType.MENTION, EntityType.ROOM);

  /** Words that ask what runs beside a round, not what is in it. */
  private static final Set<String> ALONGSIDE = Set.of("tegelijk", "tegelijkertijd", "gelijktijdig", "naast");

  private final NamedAfterRole afterRole;

  /** {@code ordinary}: words of the question language ("is er EHBO aanwezig?" names no one after the role). */
  ConditionReader(java.util.function.Predicate<String> ordinary) {
    this.afterRole = new NamedAfterRole(ordinary);
  }

  List<Condition> read(List<String> tokens, List<Span> spans) {
    List<Condition> conditions = new ArrayList<>();
    List<Span> ordered = spans;
    int i = 0;
    while (i < ordered.size()) {
      Span span = ordered.get(i);
      // Several entities for the same words (two speakers called "Jan") stay together.
      List<Entity> same = new ArrayList<>(List.of(span.entity()));
      while (i + 1 < ordered.size() && ordered.get(i + 1).from() == span.from()) {
        same.add(ordered.get(++i).entity());
      }
      i++;
      PlaceOrName.choose(tokens, ordered, span, same);
      if (same.isEmpty()) {
        continue;
      }
      Entity entity = same.get(0);
      if (LeftOut.countedIn(tokens, span.to())) {
        conditions.add(new Detail("inclusief")); // "als je de gespreksleider meetelt"
        continue;
      }
      if ((LeftOut.negated(tokens, span.from()) || LeftOut.leftOut(tokens, span.to()))
          && NEGATABLE.contains(entity.type())) {
        same.forEach(e -> conditions.add(new Condition.Excluded(e)));
        continue;
      }
      Optional<Relation> relation = RelationWords.before(tokens, spans, span.from());
      // "na de laatste workshop": its last block; "parallel aan het tweede teamwerkblok", "voor het tweede optreden
      // van Sanne": its second
      int ordinal = span.from() > 0 && RelationWords.ordinalTarget(tokens.get(span.from() - 1)) ? span.from() - 1
          : RelationWords.timeOf(tokens, span.from() - 1) ? span.from() - 2 // "tijdens de tweede keer X"
          : span.from() > 2 && tokens.get(span.from() - 1).equals("van")
          && RelationWords.ordinalTarget(tokens.get(span.from() - 3)) ? span.from() - 3 : -1;
      if (relation.isPresent() && ordinal >= 0) {
        conditions.add(Detail.target(RoundWords.ORDINALS.get(tokens.get(ordinal))));
      }
      if (relation.filter(r -> r == Relation.BEFORE).isPresent() && span.from() > 0 && (tokens.get(span.from() - 1)
          .equals("voor") || entity.type() == EntityType.MENTION && span.from() > 1
          && tokens.get(span.from() - 2).equals("voor")) && AUDIENCE.contains(entity.type())
          && (plural(tokens.get(span.to() - 1)) || span.to() < tokens.size() && plural(tokens.get(span.to())))
          || relation.filter(r -> r == Relation.BEFORE).isPresent() && AudienceWord.forGroup(tokens, span)) {
        relation = Optional.empty(); // "een tafelgesprek voor jonge mantelzorgers": meant for them, not before it
      }
      if (relation.filter(r -> r == Relation.BEFORE).isPresent() && WordsBefore.precededBy(tokens, span.from(), "voor")
          && conditions.stream().anyMatch(c -> c instanceof Condition.Relative)) {
        relation = Optional.empty(); // "wat is er na de fruitpauze voor de vossen?": after it, for them
      }
      if (relation.filter(r -> r == Relation.BEFORE).isPresent() && span.from() > 0
          && tokens.get(span.from() - 1).equals("voor") || relation.filter(r -> r == Relation.BEFORE).isPresent()
          && span.from() > 1 && tokens.get(span.from() - 2).equals("voor")) {
        if (!tokens.isEmpty() && MODALS.contains(tokens.get(0))) {
          relation = Optional.empty(); // "moet ik iets meenemen voor de workshop?": for it, not before it
        }
      }
      if (relation.filter(r -> r == Relation.DURING).isPresent() && entity.type() == EntityType.ROUND) {
        relation = Optional.empty(); // "tijdens de tweede ronde", "tijdens ronde B": in that round
        if (tokens.subList(0, span.from()).stream().anyMatch(ALONGSIDE::contains)) {
          conditions.add(new Detail(Detail.ALONGSIDE_ROUND)); // "wat loopt er tegelijk met de eerste ronde?": beside it
        }
      }
      if (relation.isEmpty() && UntilNamed.fromNow(tokens, span, entity, conditions)) {
        relation = Optional.of(Relation.BEFORE); // "wat kan ik doen tot de lunch?": from now until it starts
      }
      if (relation.isPresent() && entity.type() == EntityType.ROOM && WordsBefore.placeBefore(tokens, span.from())) {
        relation = Optional.empty(); // "wat volgt er op Podium Zuid na de talk?": the place, not what it follows
      }
      if (RelationWords.endOf(tokens, span.from()) && span.to() == span.from() + 1 && relation.isPresent()) {
        if (relation.get() == Relation.BETWEEN && conditions.stream().noneMatch(c -> c instanceof Condition.Relative)
            && (tokens.get(span.from()).equals("begin") || tokens.get(span.from()).equals("start"))) {
          conditions.add(new Detail("vanaf-begin")); // "tussen het begin van de lunch en de lezing": from its start
        }
        continue; // "tussen het einde van het debat en de lunch": the relation is to the debate
      }
      // ("voor de afsluiting": before the session that closes the day, which "afsluiting" also names)
      if (relation.isPresent() && RELATABLE.contains(entity.type()) && (!entity.beginOrEnd()
          || entity.text().equals("afsluiting"))) {
        // "na Bob en David", "na de opening van de dagvoorzitter", "tussen de inleiding en de workshops"
        List<Entity> target = new ArrayList<>(same);
        List<Entity> until = new ArrayList<>();
        int end = span.to();
        int untilRank = 0; // "tussen X en de tweede Y"
        while (i < ordered.size() && (joined(tokens, end, ordered.get(i).from())
            || relation.get() == Relation.BETWEEN && (untilNext(tokens, end, ordered.get(i).from())
            || andThatOf(tokens, end, ordered.get(i).from())
            || UntilOrdinal.gap(tokens, end, ordered.get(i).from())))
            && (RELATABLE.contains(ordered.get(i).entity().type()) || LINKED.contains(ordered.get(i).entity().type()))) {
          Span next = ordered.get(i);
          // ("tussen de finale van de jo11 en de clinic", "tussen de lezing over oplichting en die over het
          // testament": after a name narrowed by "van" or "over", "en" still starts the end)
          boolean second = relation.get() == Relation.BETWEEN && until.isEmpty()
              && (target.size() == same.size() || NARROWING.contains(tokens.get(span.to())))
              && (tokens.subList(end, next.from()).contains("en") || tokens.subList(end, next.from()).contains("tot")
              || entity.type() == EntityType.ROUND && next.entity().type() == EntityType.ROUND);
          // "na de tweede set van Hoog Water" where both name sessions: the first says which, the second whose
          List<String> gap = tokens.subList(end, next.from());
          untilRank = second && until.isEmpty() ? UntilOrdinal.rank(gap) : untilRank;
          boolean whose = relation.get() != Relation.BETWEEN && !gap.isEmpty() && gap.get(0).equals("van")
              && gap.size() <= 2 && (gap.size() == 1 || gap.get(1).equals("de") || gap.get(1).equals("het"))
              && entity.type() == EntityType.SESSION && next.entity().type() == EntityType.SESSION;
          if (!whose) {
            (second || !until.isEmpty() ? until : target).add(next.entity());
          }
          end = next.to();
          i++;
          while (i < ordered.size() && ordered.get(i).from() == next.from()) {
            // "de tafel over energie" where two sessions are called that: both are the target
            Entity also = ordered.get(i++).entity();
            if (!whose) {
              (second || !until.isEmpty() ? until : target).add(also);
            }
          }
        }
        until = UntilOrdinal.nth(until, untilRank);
        i = PlacedTarget.narrow(tokens, ordered, i, end, target); // "na het planten bij de molenbeek"
        if (relation.get() == Relation.DURING && i < ordered.size() && ordered.get(i).entity().type() == EntityType.ROOM
            && end < tokens.size() && tokens.get(end).equals("in") && ordered.get(i).from() <= end + 2) {
          target.add(ordered.get(i++).entity()); // "tegelijk met de workshop in Studio 1": that workshop's room
        }
        if (relation.get() == Relation.DURING && until.isEmpty() && YesNoForm.isYesNo(tokens)
            && spans.stream().anyMatch(s -> s.entity().type() == EntityType.SPEAKER)
            && target.stream().allMatch(e -> e.type() == EntityType.SESSION || e.type() == EntityType.PART)) {
          // "spreekt Ton Zwart tijdens het diner?": at the dinner, not at what runs beside it
          target.forEach(e -> conditions.add(new Condition.About(e)));
          continue;
        }
        conditions.add(new Condition.Relative(relation.get(), target, until));
        continue;
      }
      switch (entity.type()) {
        case TIME -> conditions.add(ClockConditions.time(tokens, span, ordered, i));
        case FROM_NOW -> conditions.add(new Condition.AtNow(Integer.parseInt(entity.id())));
        case PERIOD -> {
          // ("na vijf uur 's middags": the part of the day says which five, not that it must end by six)
          boolean ofTheHour = spans.stream().anyMatch(s -> s.to() == span.from()
              && s.entity().type() == EntityType.TIME);
          DayPeriod.ofId(entity.id()).filter(p -> !ofTheHour).ifPresent(p -> conditions.add(new Condition.InPeriod(p)));
          // "de eerste middagronde": the first round of the afternoon
          String before = span.from() > 0 ? tokens.get(span.from() - 1) : "";
          if (entity.text().matches("\\p{L}+rondes?") && RoundWords.ORDINALS.containsKey(before)) {
            conditions.add(new Condition.InRound(RoundWords.ORDINALS.get(before)));
          } else if (entity.text().matches("\\p{L}+ronde") && !ofSession(tokens, spans, span)) {
            conditions.add(new Condition.InRound(1)); // "de avondronde": the round of the evening
          }
        }
        case ROUND -> conditions.add(new Condition.InRound(entity.id().equals("last") ? -1
            : Integer.parseInt(entity.id())));
        case LENGTH -> conditions.add(edge(tokens, span.from()).map(last -> (Condition) new Condition.Edge(last,
            amount(entity.id()))).orElseGet(() -> new Condition.Lasting(comparison(entity.id()), amount(entity.id()))));
        case TIMES -> conditions.add(new Condition.Occurs(comparison(entity.id()), amount(entity.id())));
        case BAD_TIME -> conditions.add(new Condition.Unreadable(entity.text()));
        case DATE -> conditions.add(DateWords.condition(entity.id()));
        case UNKNOWN -> {
          Optional<Span> role = afterRole.role(spans, span, tokens);
          if (role.isPresent()) {
            // "komt juf anja ook mee?", "komt wethouder pieter de graaf?": a name right after a role is a person
            conditions.add(new Condition.NotInProgramme(role.get().entity().text() + " "
                + Character.toUpperCase(entity.text().charAt(0)) + entity.text().substring(1), true, false));
          } else if (!entity.id().startsWith("word:")) {
            boolean person = entity.id().startsWith("person:");
            conditions.add(new Condition.NotInProgramme(entity.text(), person,
                QuestionForm.asksFor(tokens, span.from(), span.to())));
          }
        }
        default -> {
          // "waar staat het Taalhuis?": the stand whose title says it, not also everything its people give
          boolean session = same.stream().anyMatch(e -> e.type() == EntityType.SESSION);
          // "speeddaten": the word the series' titles share, not the first of them that also has it
          boolean series = same.stream().anyMatch(e -> e.type() == EntityType.PART && e.id().startsWith("series:"))
              && !WordsBefore.precededBy(tokens, span.from(), "een"); // "een speeddateronde" is one of them
          // "iets over valpreventie" when a session and a topic are both called so: every session about it
          // (not "de workshop over beschut werk", which names the kind of the one session meant)
          boolean topic = span.from() > 0 && tokens.get(span.from() - 1).equals("over")
              && same.stream().anyMatch(e -> e.type() == EntityType.TOPIC)
              && spans.stream().noneMatch(s -> s.entity().type() == EntityType.PART);
          // "wie komt er van het UWV?", "wie spreekt namens het UWV?": people of the organisation, not the session
          boolean people = tokens.contains("wie") && same.stream().anyMatch(e -> e.type() == EntityType.ORGANISATION)
              && (WordsBefore.comesFrom(tokens, span.from()) || WordsBefore.precededBy(tokens, span.from(), "namens"));
          same.stream()
              .filter(e -> people ? e.type() != EntityType.SESSION : !session || e.type() != EntityType.ORGANISATION)
              .filter(e -> !series || e.type() != EntityType.SESSION)
              .filter(e -> !topic || e.type() != EntityType.SESSION)
              .forEach(e -> conditions.add(new Condition.About(e)));
        }
      }
    }
    ClockConditions.mergeRanges(conditions);
    // "waar zit de jury tijdens het beraad?" when "jury" already names the Juryberaad: that session, not what runs
    // beside it
    Set<String> named = conditions.stream().filter(c -> c instanceof Condition.About)
        .map(c -> ((Condition.About) c).entity().id()).collect(java.util.stream.Collectors.toSet());
    // (a yes/no question keeps it: "wordt de groepsfoto tijdens de borrel gemaakt?" is yes when both are one session)
    conditions.removeIf(c -> !YesNoForm.isYesNo(tokens) && c instanceof Condition.Relative r
        && r.relation() == Relation.DURING && r.until().isEmpty() && !r.target().isEmpty()
        && r.target().stream().allMatch(e -> named.contains(e.id())));
    // "wat is er na de ontvangst bij het stadhuis?" when "stadhuis" names the reception too: the target, said twice
    Set<String> related = conditions.stream().filter(c -> c instanceof Condition.Relative r
        && r.relation() != Relation.DURING).flatMap(c -> ((Condition.Relative) c).target().stream())
        .map(Entity::id).collect(java.util.stream.Collectors.toSet());
    conditions.removeIf(c -> !YesNoForm.isYesNo(tokens) && c instanceof Condition.About about
        && about.entity().type() == EntityType.SESSION && related.contains(about.entity().id()));
    WordConditions.read(tokens, spans, conditions);
    NumberedLabel.add(tokens, spans, conditions);
    AfterEnding.read(tokens, spans, conditions);
    RoundOwner.read(tokens, spans, conditions);
    AboutTopic.read(tokens, spans, conditions);
    return conditions;
  }

  /** "in het laatste half uur", "het eerste uur": a stretch at the end or the start of the day, not a length. */
  private static Optional<Boolean> edge(List<String> tokens, int at) {
    if (at < 2 || !(tokens.get(at - 2).equals("het") || tokens.get(at - 2).equals("t"))) {
      return Optional.empty();
    }
    String word = tokens.get(at - 1);
    return CueWords.FIRST.contains(word) ? Optional.of(false)
        : CueWords.LAST.contains(word) ? Optional.of(true) : Optional.empty();
  }

  /** A word for a group of people ("vrijwilligers", "jongeren"), not a label ("presentatie 1"). */
  private static boolean plural(String word) {
    return word.length() > 4 && (word.endsWith("ers") || word.endsWith("en")) && word.chars().noneMatch(Character::isDigit);
  }

  /** Only "en", "van", articles and the like between two names: they belong to one phrase. */
  private static boolean joined(List<String> tokens, int from, int to) {
    if (to < from || to - from > 3) {
      return false;
    }
    return tokens.subList(from, to).stream().allMatch(JOINERS::contains);
  }

  /** "van de lunch tot de borrel": "tot" and joiners between the two ends of a span of time. */
  private static boolean untilNext(List<String> tokens, int from, int to) {
    return to > from && to - from <= 3 && tokens.get(from).equals("tot")
        && tokens.subList(from + 1, to).stream().allMatch(JOINERS::contains);
  }

  /** "tussen de start van de 5 km en die van de 10 km": "en die van de" before the second end ("en die over"). */
  private static boolean andThatOf(List<String> tokens, int from, int to) {
    return (to - from == 4 && JOINERS.contains(tokens.get(from + 3)) || to - from == 3) && tokens.get(from).equals("en")
        && tokens.get(from + 1).equals("die") && NARROWING.contains(tokens.get(from + 2));
  }

  /** Words after a name that narrow it to one: "de finale van de jo11", "de lezing over oplichting". */
  private static final Set<String> NARROWING = Set.of("van", "over");

  /** Verbs a question of what one must or may do starts with: "voor" after them is "for". */
  private static final Set<String> MODALS = Set.of("moet", "moeten", "kan", "kunnen", "mag", "mogen", "heb",
      "hebben", "krijg", "krijgen", "wil", "willen");

  private static Quantities.Comparison comparison(String id) {
    return Quantities.Comparison.valueOf(id.substring(0, id.indexOf(':')).toUpperCase(java.util.Locale.ROOT));
  }

  private static int amount(String id) {
    return Integer.parseInt(id.substring(id.indexOf(':') + 1));
  }

  /** "de middagronde van de snoeiworkshop": which time of that session, no round of the day. */
  private static boolean ofSession(List<String> tokens, List<Span> spans, Span span) {
    return span.to() < tokens.size() && tokens.get(span.to()).equals("van") && spans.stream().anyMatch(s
        -> s.from() > span.to() && s.from() <= span.to() + 2 && s.entity().type() == EntityType.SESSION);
  }
}
