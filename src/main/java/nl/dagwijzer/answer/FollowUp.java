package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.SeriesNames;

/**
 * Reads a question in the light of the conversation: a bare name or condition ("en de lunch?", "en die van
 * 's middags?") asks the last question again with it; a question that names nothing ("en in welke zaal?") is about
 * what the last answer named or turned to.
 */
final class FollowUp {
  /** What a question about nothing in particular can ask of the last thing named. */
  private static final Set<Asked> ABOUT_FOCUS = EnumSet.of(Asked.TIME, Asked.PEOPLE, Asked.PERSON, Asked.CONTENT,
      Asked.DURATION, Asked.ROOM, Asked.YESNO, Asked.COUNT);
  /** What "en daarna?" goes on asking: who or what comes next, not how long the last one took. */
  private static final Set<Asked> LISTING = EnumSet.of(Asked.PEOPLE, Asked.LIST);
  /** Names that say what a question is about; a new one replaces all of them ("en de lunch?"). */
  private static final Set<EntityType> SUBJECTS = EnumSet.of(EntityType.SESSION, EntityType.SPEAKER, EntityType.PART,
      EntityType.TOPIC, EntityType.ORGANISATION, EntityType.EVENT);

  private FollowUp() {
  }

  /** The last question asked again with the fragment's names and conditions in place of those of the same kind. */
  static Query merge(Query last, Query fragment) {
    List<Condition> merged = new ArrayList<>();
    for (Condition old : last.conditions()) {
      if (fragment.conditions().stream().noneMatch(c -> sameKind(old, c))) {
        merged.add(old);
      }
    }
    merged.addAll(fragment.conditions());
    return new Query(last.asked(), merged, fragment.order().or(last::order), last.counted());
  }

  /** "en voor ...", "en met ...", "en als ...": words that narrow the question before rather than ask a new one. */
  private static final java.util.regex.Pattern NARROWING = java.util.regex.Pattern.compile(
      "\\+?\\s*en\\s+(voor|met|als|bij|zonder)\\s");

  /**
   * "+ en voor een kind van 8?" after "wat kost een kaartje voor een volwassene?": a question that asks nothing of
   * its own and only adds words of a description (an age, a kind of visitor) narrows the question before.
   */
  static boolean narrowsLast(String question, Query query) {
    return query.asked() == Asked.UNKNOWN && !query.conditions().isEmpty()
        && query.conditions().stream().allMatch(c -> c instanceof Detail)
        && NARROWING.matcher(question.strip().toLowerCase(java.util.Locale.ROOT)).lookingAt();
  }

  /**
   * The question before with the new words added; a detail of the same sort ("leeftijd:") replaces the old one, a
   * word of the text ("kind") adds to those asked before ("tribune").
   */
  static Query narrow(Query last, Query words) {
    Set<String> sorts = new java.util.HashSet<>();
    words.all(Detail.class).stream().filter(d -> d.text().isEmpty()).forEach(d -> sorts.add(sort(d)));
    List<Condition> merged = new ArrayList<>(last.conditions());
    merged.removeIf(c -> c instanceof Detail d && sorts.contains(sort(d)));
    merged.addAll(words.conditions());
    return last.withConditions(merged);
  }

  /**
   * "+ en welke daarvan is gratis?", "+ hoeveel daarvan zijn er 's middags?": the question before with the new
   * conditions added, asking which or how many.
   */
  static Query ofThose(Query last, Query query) {
    List<Condition> merged = new ArrayList<>(last.conditions());
    query.conditions().stream().filter(c -> !(c instanceof Detail d && (d.word().equals("pronoun")
        || d.word().equals(nl.dagwijzer.nlu.OfThose.DETAIL)))).forEach(merged::add);
    return new Query(query.asked(), merged, query.order(), query.counted(), true);
  }

  private static String sort(Detail detail) {
    int colon = detail.word().indexOf(':');
    return colon < 0 ? detail.word() : detail.word().substring(0, colon);
  }

  /**
   * "en daarna?" after "wat is er in lokaal 1.12 na X?" or "wie spreekt er om 10 uur?": only a relation to what came
   * before, so the last question goes on with its room, speaker and what it asked; after a question about one session
   * ("en wie geeft dat?") it is about what follows that session.
   */
  static boolean goesOn(Query last, Query query) {
    return LISTING.contains(last.asked()) && !query.conditions().isEmpty()
        && query.conditions().stream().allMatch(c -> c instanceof Condition.Relative r && r.target().isEmpty()
        || c instanceof Detail d && d.word().equals("vlak"))
        && last.all(Condition.About.class).stream().noneMatch(a -> a.entity().type() == EntityType.SESSION
        || a.entity().type() == EntityType.PART || a.entity().type() == EntityType.EVENT);
  }

  /**
   * "+ en ervoor?" after "welke rondes zijn er na de bingo?": the same question on the other side of the same
   * session, when it names nothing of its own.
   */
  static java.util.Optional<Query> otherSide(Query last, Query query) {
    List<Condition.Relative> asked = query.all(Condition.Relative.class);
    List<Condition.Relative> before = last.all(Condition.Relative.class);
    if (asked.size() != 1 || !asked.get(0).target().isEmpty() || before.size() != 1
        || before.get(0).target().isEmpty() || !opposite(asked.get(0).relation(), before.get(0).relation())
        || !query.conditions().stream().allMatch(c -> c instanceof Condition.Relative || c instanceof Detail)) {
      return java.util.Optional.empty();
    }
    Condition.Relative old = before.get(0);
    List<Condition> flipped = last.conditions().stream().map(c -> c == old
        ? new Condition.Relative(asked.get(0).relation(), old.target(), old.until()) : c)
        .filter(c -> !(c instanceof Detail d && d.word().equals("vlak"))).toList();
    return java.util.Optional.of(last.withConditions(flipped));
  }

  private static boolean opposite(Condition.Relation a, Condition.Relation b) {
    return a == Condition.Relation.BEFORE && b == Condition.Relation.AFTER
        || a == Condition.Relation.AFTER && b == Condition.Relation.BEFORE;
  }

  /**
   * "+ en welke is het kortst?" after "welke tocht duurt het langst?", "+ en bij welke de minste?" after "bij welke
   * keuring zijn de meeste veulens?": the same question from the other end, when it names nothing of its own.
   */
  static java.util.Optional<Query> otherEnd(Query last, Query query, String question) {
    if (last.order().isEmpty() || query.order().isEmpty() || query.order().equals(last.order())
        || query.has(Condition.About.class) || !question.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en ")) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Query(last.asked(), last.conditions(), query.order(), last.counted()));
  }

  /**
   * "+ en die daarna?" after "wanneer is de volgende kastinspectie?": the same question about those sessions, from the
   * end of the first one the last answer gave, not what comes after now.
   */
  static java.util.Optional<Query> nextOfSame(Query last, String question, List<Entity> focus,
                                              nl.dagwijzer.programme.Programme programme) {
    if (last.asked() != Asked.TIME || !last.has(Condition.AfterNow.class) && !last.has(Condition.From.class)
        || !THEN_ALONE.matcher(question.strip().toLowerCase(java.util.Locale.ROOT)).matches()
        || last.all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.SESSION).count() < 2) {
      return java.util.Optional.empty(); // (asked of every question in a conversation: the cheap checks first)
    }
    java.util.Optional<java.time.LocalTime> end = focus.stream().filter(e -> e.type() == EntityType.SESSION)
        .flatMap(e -> programme.session(e.id()).stream()).map(nl.dagwijzer.programme.Session::end)
        .min(java.util.Comparator.naturalOrder());
    if (end.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Condition> conditions = new ArrayList<>(last.conditions());
    conditions.removeIf(c -> c instanceof Condition.AfterNow || c instanceof Condition.From);
    conditions.add(new Condition.From(end.get()));
    return java.util.Optional.of(last.withConditions(conditions));
  }

  /**
   * "+ en daarna" after "wat is er hierna?" or "wat is er na de prijsuitreiking?": what starts next after the start of
   * what the last answer gave (one minute later), not after its end, which a long session would push past the rest.
   */
  static java.util.Optional<java.time.LocalTime> nextAfterStart(Query last, String question, List<Entity> focus,
                                                                nl.dagwijzer.programme.Programme programme) {
    boolean sequence = last.asked() == Asked.LIST && (last.has(Condition.AfterNow.class)
        || last.all(Condition.Relative.class).stream().anyMatch(r -> r.relation() == Condition.Relation.AFTER));
    if (!sequence || !THEN_ALONE.matcher(question.strip().toLowerCase(java.util.Locale.ROOT)).matches()) {
      return java.util.Optional.empty();
    }
    return focus.stream().filter(e -> e.type() == EntityType.SESSION).flatMap(e -> programme.session(e.id()).stream())
        .map(nl.dagwijzer.programme.Session::start).min(java.util.Comparator.comparingInt(programme::minutes))
        .map(start -> start.plusMinutes(1));
  }

  /** The detail that marks such a question: its reply says "Daarna", not "Hierna". */
  static final String THEN = "daarna";

  /** The last question asked again as what comes next ({@link #nextAfterStart}), with its other conditions. */
  static Query nextFrom(Query last) {
    List<Condition> conditions = new ArrayList<>(last.conditions());
    conditions.removeIf(c -> c instanceof Condition.AfterNow || c instanceof Condition.Relative);
    conditions.add(new Condition.AfterNow());
    conditions.add(new nl.dagwijzer.nlu.Detail(THEN));
    return last.withConditions(conditions);
  }

  /** "+ en die daarna?", "en daarna", "die erna": only "after that", of what the last answer gave. */
  private static final java.util.regex.Pattern THEN_ALONE = java.util.regex.Pattern.compile(
      "\\+?\\s*(en\\s+)?(die\\s+|de\\s+)?(daarna|erna|daarop)\\s*\\??");

  /** "en wat komt er daarna?" with nothing talked about before: what comes after now. */
  static Query thenIsNext(Query query) {
    if (query.conditions().stream().noneMatch(c -> c instanceof Condition.Relative r && r.then())) {
      return query;
    }
    return query.withConditions(query.conditions().stream()
        .map(c -> c instanceof Condition.Relative r && r.then() ? new Condition.AfterNow() : c).toList());
  }

  /** Adds the conversation's focus to a question that names nothing and sets no condition of its own. */
  static Query withFocus(Query query, List<Entity> focus) {
    // "waar gaat die tafel over?": "die" with only the kind of thing points back as surely as "die" alone
    // "is die ook in de foyer?": the room is what is asked of it
    boolean onlyKinds = query.all(Condition.About.class).stream().allMatch(c -> SeriesNames.isSeries(c.entity())
        || c.entity().type() == EntityType.ROOM);
    boolean pronoun = query.conditions().stream().anyMatch(c -> c instanceof Detail d
        && d.word().equals("pronoun")) && onlyKinds;
    boolean listing = query.asked() == Asked.LIST && pronoun; // "welke zijn dat?"
    // "+ hoeveel plekken zijn er?" after a question about the rope bridge: the places of the rope bridge
    boolean capacity = query.hasDetail("capaciteit") && focus.stream().anyMatch(e -> e.type() == EntityType.SESSION);
    if (focus.isEmpty() || !ABOUT_FOCUS.contains(query.asked()) && !listing && !capacity
        || !selectsNothing(query) && !pronoun) {
      return query;
    }
    if (capacity && query.asked() != Asked.YESNO) {
      query = query.withAsked(Asked.COUNT);
    }
    if (query.asked() == Asked.YESNO && !query.conditions().isEmpty() && query.conditions().stream()
        .allMatch(c -> c instanceof Detail d && (d.text().isPresent() || d.word().equals("er-is")))) {
      return query; // "mogen we eigen data meenemen?" asks the descriptions, not about the last session
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    focus = nth(query, focus);
    if (focus.stream().anyMatch(e -> e.type() == EntityType.SPEAKER)) {
      // "komt hij van een woningcorporatie?" "+ geeft hij ook iets?": the person, not everyone of his organisation
      focus = focus.stream().filter(e -> e.type() != EntityType.ORGANISATION).toList();
    }
    if (focus.stream().anyMatch(e -> e.type() == EntityType.SESSION)) {
      // the table talked about, not all tables; "aan welke tafel zit hij?" keeps "tafel" to narrow his sessions
      conditions.removeIf(c -> c instanceof Condition.About about && SeriesNames.isSeries(about.entity()));
    }
    focus.forEach(e -> conditions.add(new Condition.About(e)));
    return query.withConditions(conditions);
  }

  /** "en wie geeft de tweede?": the second of the sessions the conversation was about, if there are that many. */
  private static List<Entity> nth(Query query, List<Entity> focus) {
    int n = query.all(Detail.class).stream().mapToInt(Detail::nth).filter(k -> k > 0)
        .findFirst().orElse(0);
    List<Entity> sessions = focus.stream().filter(e -> e.type() == EntityType.SESSION).distinct().toList();
    return n >= 2 && sessions.size() >= n ? List.of(sessions.get(n - 1)) : focus;
  }

  /** Whether the question names nothing and narrows nothing down, so it must be about what came before. */
  static boolean selectsNothing(Query query) {
    return query.conditions().stream().allMatch(c -> c instanceof Condition.Leading
        || c instanceof Detail
        || c instanceof Condition.About about && about.entity().beginOrEnd()
        || c instanceof Condition.Progress || c instanceof Condition.Occurs
        || c instanceof Condition.NotInProgramme unknown && !unknown.person());
  }

  private static boolean sameKind(Condition a, Condition b) {
    if (a instanceof Condition.About x && b instanceof Condition.About y) {
      EntityType tx = x.entity().type();
      EntityType ty = y.entity().type();
      if (tx == EntityType.ROLE && ty == EntityType.ROLE) {
        // "en van groep 3?" after "wie is de leerkracht van groep 8?": the group's words found in another role
        // ("begeleidende ouder groep 3-4") replace the group, not the role asked
        return AskedRoles.qualifier(x.entity()) == AskedRoles.qualifier(y.entity());
      }
      return tx == ty || SUBJECTS.contains(tx) && SUBJECTS.contains(ty);
    }
    return timeLike(a) && timeLike(b) || a.getClass() == b.getClass()
        || b instanceof Condition.Relative && a instanceof Condition.InPeriod;
  }

  private static boolean timeLike(Condition c) {
    return c instanceof Condition.At || c instanceof Condition.AtNow || c instanceof Condition.Between
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.AfterNow
        || c instanceof Condition.Relative;
  }
}
