package nl.dagwijzer.nlu;

import java.time.LocalTime;
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
  private static final Set<String> NEGATIONS = Set.of("niet", "behalve", "zonder", "buiten", "uitgezonderd",
      "exclusief");
  private static final Set<EntityType> NEGATABLE = Set.of(EntityType.SESSION, EntityType.PART, EntityType.SPEAKER,
      EntityType.ROOM, EntityType.ORGANISATION, EntityType.TOPIC, EntityType.ROLE);
  private static final Set<String> CONTACT = Set.of("telefoonnummer", "nummer", "mail", "mailadres", "email",
      "emailadres", "mobiel", "06", "linkedin", "twitter", "website", "contactgegevens");
  private static final Set<String> PRONOUNS = Set.of("hem", "haar", "hen", "hun", "die", "dat", "deze", "dit",
      "ze", "zij");
  private static final Set<String> JOINERS = Set.of("en", "van", "de", "het", "die", "met", "door", "over");
  /** Names that narrow a relation's target: "de opening van de dagvoorzitter". */
  private static final Set<EntityType> LINKED = Set.of(EntityType.ORGANISATION, EntityType.ROLE, EntityType.TOPIC,
      EntityType.MENTION);
  private static final Set<EntityType> RELATABLE =
      Set.of(EntityType.SESSION, EntityType.PART, EntityType.SPEAKER, EntityType.ROUND, EntityType.ROLE,
          EntityType.TOPIC, EntityType.MENTION);

  List<Condition> read(List<String> tokens, List<Span> spans) {
    List<Condition> conditions = new ArrayList<>();
    List<Span> ordered = spans;
    int i = 0;
    while (i < ordered.size()) {
      Span span = ordered.get(i);
      Entity entity = span.entity();
      // Several entities for the same words (two speakers called "Jan") stay together.
      List<Entity> same = new ArrayList<>(List.of(entity));
      while (i + 1 < ordered.size() && ordered.get(i + 1).from() == span.from()) {
        same.add(ordered.get(++i).entity());
      }
      i++;
      if (countedIn(tokens, span.to())) {
        conditions.add(new Condition.Detail("inclusief")); // "als je de gespreksleider meetelt"
        continue;
      }
      if ((negated(tokens, span.from()) || leftOut(tokens, span.to())) && NEGATABLE.contains(entity.type())) {
        same.forEach(e -> conditions.add(new Condition.Excluded(e)));
        continue;
      }
      Optional<Relation> relation = relationBefore(tokens, span.from());
      if (relation.isPresent() && RELATABLE.contains(entity.type()) && !isBeginOrEnd(entity)) {
        // "na Bob en David", "na de opening van de dagvoorzitter", "tussen de inleiding en de workshops"
        List<Entity> target = new ArrayList<>(same);
        List<Entity> until = new ArrayList<>();
        int end = span.to();
        while (i < ordered.size() && joined(tokens, end, ordered.get(i).from())
            && (RELATABLE.contains(ordered.get(i).entity().type()) || LINKED.contains(ordered.get(i).entity().type()))) {
          Span next = ordered.get(i);
          boolean second = relation.get() == Relation.BETWEEN && until.isEmpty() && target.size() == same.size()
              && tokens.subList(end, next.from()).contains("en");
          (second || !until.isEmpty() ? until : target).add(next.entity());
          end = next.to();
          i++;
        }
        conditions.add(new Condition.Relative(relation.get(), target, until));
        continue;
      }
      switch (entity.type()) {
        case TIME -> conditions.add(time(tokens, span, ordered, i));
        case FROM_NOW -> conditions.add(new Condition.AtNow(Integer.parseInt(entity.id())));
        case PERIOD -> DayPeriod.ofId(entity.id()).ifPresent(p -> conditions.add(new Condition.InPeriod(p)));
        case ROUND -> conditions.add(new Condition.InRound(entity.id().equals("last") ? -1
            : Integer.parseInt(entity.id())));
        case LENGTH -> conditions.add(new Condition.Lasting(comparison(entity.id()), amount(entity.id())));
        case TIMES -> conditions.add(new Condition.Occurs(comparison(entity.id()), amount(entity.id())));
        case BAD_TIME -> conditions.add(new Condition.Unreadable(entity.text()));
        case DATE -> conditions.add(DateWords.condition(entity.id()));
        case UNKNOWN -> {
          if (!entity.id().startsWith("word:")) {
            conditions.add(new Condition.NotInProgramme(entity.text(), entity.id().startsWith("person:")));
          }
        }
        default -> same.forEach(e -> conditions.add(new Condition.About(e)));
      }
    }
    mergeRanges(conditions);
    present(tokens, spans, conditions);
    return conditions;
  }

  /** "niet in Zaal 2", "behalve de lunch", "zonder de pauzes": what the question leaves out. */
  private static boolean negated(List<String> tokens, int at) {
    int k = at - 1;
    while (k >= 0 && (CueWords.FILLERS_BEFORE_TARGET.contains(tokens.get(k)) || tokens.get(k).equals("in")
        || tokens.get(k).equals("bij") || tokens.get(k).equals("door") || tokens.get(k).equals("over"))) {
      k--;
    }
    return k >= 0 && NEGATIONS.contains(tokens.get(k));
  }

  /** "de gespreksleider meegerekend", "als je de gespreksleider meetelt": included, not a condition. */
  private static boolean countedIn(List<String> tokens, int after) {
    return after < tokens.size() && (tokens.get(after).startsWith("meetel") || tokens.get(after).startsWith(
        "meegerekend") || tokens.get(after).startsWith("meegeteld") || tokens.get(after).equals("erbij"));
  }

  /** "als je het welkom niet meetelt": a name followed by "niet meetelt/meegerekend". */
  private static boolean leftOut(List<String> tokens, int after) {
    return after + 1 < tokens.size() && tokens.get(after).equals("niet")
        && (tokens.get(after + 1).startsWith("meetel") || tokens.get(after + 1).startsWith("meegerekend")
        || tokens.get(after + 1).startsWith("meegeteld") || tokens.get(after + 1).startsWith("meerekent"));
  }

  /** Only "en", "van", articles and the like between two names: they belong to one phrase. */
  private static boolean joined(List<String> tokens, int from, int to) {
    if (to < from || to - from > 3) {
      return false;
    }
    return tokens.subList(from, to).stream().allMatch(JOINERS::contains);
  }

  private static boolean isBeginOrEnd(Entity entity) {
    return entity.type() == EntityType.PART && (entity.id().equals("begin") || entity.id().equals("einde"));
  }

  /** "na de inleiding": the relation word before a name, over articles and "afloop van". */
  private static Optional<Relation> relationBefore(List<String> tokens, int at) {
    int k = at - 1;
    while (k >= 0 && (CueWords.FILLERS_BEFORE_TARGET.contains(tokens.get(k))
        || CueWords.SESSION_NOUNS.contains(tokens.get(k)))) {
      k--;
    }
    if (k < 0) {
      return Optional.empty();
    }
    String word = tokens.get(k);
    if (word.equals("met") && k > 0 && CueWords.DURING.contains(tokens.get(k - 1))) {
      return Optional.of(Relation.DURING);
    }
    if (word.equals("aan") && k > 0 && CueWords.DURING.contains(tokens.get(k - 1))) {
      return Optional.of(Relation.DURING);
    }
    if (word.equals("op") && k > 0 && (tokens.get(k - 1).startsWith("volg") || k > 1
        && tokens.get(k - 2).startsWith("volg"))) {
      return Optional.of(Relation.AFTER);
    }
    if (CueWords.AFTER.contains(word) || word.equals("aansluitend")) {
      return Optional.of(Relation.AFTER);
    }
    if (CueWords.BEFORE.contains(word) && !forSomething(tokens, k)) {
      return Optional.of(Relation.BEFORE);
    }
    if (CueWords.DURING.contains(word)) {
      return Optional.of(Relation.DURING);
    }
    if (word.equals("tussen")) {
      return Optional.of(Relation.BETWEEN);
    }
    return Optional.empty();
  }

  /** "tijd voor de inleiding", "hoeveel tijd is er voor": time for something, not before it. */
  private static boolean forSomething(List<String> tokens, int at) {
    for (int k = Math.max(0, at - 3); k < at; k++) {
      if (CueWords.FOR_NOUNS.contains(tokens.get(k)) && !tokens.get(k).equals("staat")
          && !tokens.get(k).equals("wat")) {
        return true;
      }
    }
    return at > 0 && CueWords.FOR_NOUNS.contains(tokens.get(at - 1));
  }

  private static Condition time(List<String> tokens, Span span, List<Span> spans, int next) {
    LocalTime time = LocalTime.parse(span.entity().id());
    String before = span.from() > 0 ? tokens.get(span.from() - 1) : "";
    String twoBefore = span.from() > 1 ? tokens.get(span.from() - 2) : "";
    if (CueWords.FROM.contains(before) || before.equals("dan") && twoBefore.equals("later")) {
      return new Condition.From(time);
    }
    if (CueWords.UNTIL.contains(before) || before.equals("dan") && twoBefore.equals("eerder")) {
      return new Condition.Until(time);
    }
    return new Condition.At(time);
  }

  /**
   * "tussen 10:20 en 10:50" and "van 10 tot 11" are one range: two clock times read as "at" and "until", or after
   * "tussen", become {@link Condition.Between}.
   */
  private static void mergeRanges(List<Condition> conditions) {
    for (int i = 0; i + 1 < conditions.size(); i++) {
      Condition first = conditions.get(i);
      Condition second = conditions.get(i + 1);
      LocalTime from = first instanceof Condition.At at ? at.time()
          : first instanceof Condition.From f ? f.time() : null;
      LocalTime to = second instanceof Condition.At at ? at.time()
          : second instanceof Condition.Until u ? u.time() : null;
      if (from != null && to != null && from.isBefore(to)) {
        conditions.set(i, new Condition.Between(from, to));
        conditions.remove(i + 1);
      }
    }
  }

  /** "nu", "straks", "daarna", "al begonnen", "wie leidt": conditions from words rather than names. */
  private static void present(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    boolean[] named = new boolean[tokens.size()];
    spans.forEach(s -> {
      for (int k = s.from(); k < s.to(); k++) {
        named[k] = true;
      }
    });
    boolean hasTime = conditions.stream().anyMatch(c -> c instanceof Condition.At || c instanceof Condition.Between
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.AtNow);
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k);
      if (named[k]) {
        // "afgelopen" is also a word for the end of the day; in "is de lunch al afgelopen?" it is the lunch's state.
        if (word.equals("afgelopen") || word.equals("voorbij") || word.equals("begonnen")) {
          conditions.add(new Condition.Progress(!word.equals("begonnen")));
        }
        continue;
      }
      if (CueWords.NOW.contains(word) && !hasTime && !(word.equals("moment") && !precededBy(tokens, k, "dit"))) {
        conditions.add(new Condition.AtNow(0));
        hasTime = true;
      } else if (CueWords.NEXT.contains(word) && !word.equals("zo") && !hasTime) {
        conditions.add(new Condition.AfterNow());
        hasTime = true;
      } else if ((word.equals("na") || word.equals("voor")) && k + 1 < tokens.size()
          && PRONOUNS.contains(tokens.get(k + 1)) && (k + 2 >= tokens.size() || !named[k + 2]
          && !tokens.get(k + 2).equals("van"))) {
        // "en wie komt er na hen?": after what the conversation was about
        conditions.add(new Condition.Relative(word.equals("na") ? Relation.AFTER : Relation.BEFORE, List.of()));
      } else if ((word.equals("dezelfde") || word.equals("zelfde")) && k + 1 < tokens.size()
          && CueWords.ROOM_NOUNS.contains(tokens.get(k + 1))) {
        conditions.add(new Condition.SameRoom());
      } else if (word.equals("al") && k > 0 && tokens.get(k - 1).equals("het") && k + 1 < tokens.size()
          && named[k + 1] && conditions.stream().noneMatch(c -> c instanceof Condition.Progress)) {
        conditions.add(new Condition.Progress(false)); // "is het al lunchtijd?"
      } else if (word.equals("online") && conditions.stream().noneMatch(c -> c instanceof Condition.Detail)) {
        conditions.add(new Condition.Detail("online"));
      } else if ((word.equals("in") || word.equals("via") || word.equals("op")) && k >= 2
          && tokens.get(0).equals("is") && (tokens.get(1).equals("het") || tokens.get(1).equals("dit"))
          && k + 1 < tokens.size()
          && (!named[k + 1] || k == 2) && conditions.stream().noneMatch(c -> c instanceof Condition.Detail)) {
        // "is het in Ede?" asks where the day is, even when Ede is also in an organisation's name
        conditions.add(new Condition.Detail("plaats:" + tokens.get(k + 1))); // "is het in zwolle?", "via teams?"
      } else if ((word.startsWith("organisatie") || word.equals("bedrijf") || word.equals("werkgever"))
          && conditions.stream().noneMatch(c -> c instanceof Condition.Detail)) {
        conditions.add(new Condition.Detail("organisatie"));
      } else if (CONTACT.contains(word)) {
        conditions.add(new Condition.Detail("contact:" + word));
      } else if ((word.equals("die") || word.equals("dat") || word.equals("hij") || word.equals("zij")
          || word.equals("deze")) && k > 0 && CueWords.YES_NO_VERBS.contains(tokens.get(k - 1))) {
        conditions.add(new Condition.Detail("pronoun")); // "is die ook 's ochtends?": about what came before
      } else if ((word.equals("verschillende") || word.equals("unieke"))
          && conditions.stream().noneMatch(c -> c instanceof Condition.Detail)) {
        conditions.add(new Condition.Detail("verschillende")); // "hoeveel verschillende workshops": by title
      } else if (CueWords.THEN.contains(word)) {
        conditions.add(new Condition.Relative(Relation.AFTER, List.of()));
      } else if (word.equals("begonnen") || word.equals("gestart") || word.equals("bezig") || word.equals("gaande")) {
        conditions.add(new Condition.Progress(false));
      } else if (word.equals("afgelopen") || word.equals("voorbij") || word.equals("geweest")) {
        conditions.add(new Condition.Progress(true));
      } else if (CueWords.LEADING.contains(word) && conditions.stream().noneMatch(c -> c instanceof Condition.Leading)) {
        conditions.add(new Condition.Leading(word));
      } else if ((word.equals("adres") || CueWords.ROOM_NOUNS.contains(word) && !word.equals("locatie"))
          && conditions.stream().noneMatch(c -> c instanceof Condition.Detail)) {
        conditions.add(new Condition.Detail(word.equals("adres") ? "adres" : "zaal"));
      }
    }
  }

  private static boolean precededBy(List<String> tokens, int k, String word) {
    return k > 0 && tokens.get(k - 1).equals(word);
  }

  private static Quantities.Comparison comparison(String id) {
    return Quantities.Comparison.valueOf(id.substring(0, id.indexOf(':')).toUpperCase(java.util.Locale.ROOT));
  }

  private static int amount(String id) {
    return Integer.parseInt(id.substring(id.indexOf(':') + 1));
  }
}
