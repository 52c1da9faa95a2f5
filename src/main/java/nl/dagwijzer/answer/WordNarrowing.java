package nl.dagwijzer.answer;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * The sessions a question's own words narrow a kind to, for {@link Resolver}: those whose texts use the words
 * ("welke stand helpt met geldzaken?"), whose titles have the word ("welk koor zingt het langst?"), or whose own texts
 * call them so ("welke stops heeft groep A?").
 */
final class WordNarrowing {
  private final ProgrammeIndex index;

  WordNarrowing(ProgrammeIndex index) {
    this.index = index;
  }

  /** What a question can ask of a kind named by its titles' word; not a count or how-to the texts may answer. */
  private static final Set<Asked> KIND_ASKED = java.util.EnumSet.of(Asked.LIST, Asked.TIME, Asked.ROOM,
      Asked.PEOPLE, Asked.DURATION);

  /** "concerten": "concert"; "koren": "kor" too, which ends no title. */
  private static java.util.stream.Stream<String> singulars(String word) {
    return word.endsWith("en") && word.length() >= 6 ? java.util.stream.Stream.of(word, word.substring(0,
        word.length() - 2)) : word.endsWith("s") && word.length() >= 5 ? java.util.stream.Stream.of(word,
        word.substring(0, word.length() - 1)) : java.util.stream.Stream.of(word);
  }

  /** "welke stand helpt met geldzaken?": of a kind of session, those whose texts use the question's word. */
  List<Session> narrowed(Query query, List<Condition.About> names, List<Session> sessions) {
    // "wat is er voor kinderen?", "wat kunnen kinderen 's ochtends doen?": the sessions whose texts say the word
    boolean nothingElse = names.isEmpty() && query.asked() == Asked.LIST && query.conditions().stream().allMatch(c
        -> c instanceof Detail || c instanceof Condition.InPeriod && ForWhom.only(query));
    if (names.isEmpty() && ChildSessions.asked(query)) { // not only the "Kaartspelletjes voor kinderen"
      List<Session> children = ChildSessions.of(index.programme().sessions());
      if (!children.isEmpty()) {
        return children;
      }
    }
    if (names.isEmpty() && FoodPlaces.asked(query)) { // "waar kan ik wat eten?": every place for food
      List<Session> food = FoodPlaces.of(query, sessions, index.descriptions());
      if (!food.isEmpty()) {
        return food;
      }
    }
    // "wat duurt langer, de workshop of een kick-off?": the two named are compared, whatever other word is left
    if (FreeSessions.asked(query)) { // "welke live-opnames zijn gratis?": those of the named that say so
      return FreeSessions.of(nothingElse ? index.programme().sessions() : sessions, index, sessions);
    }
    boolean comparingTwo = names.size() >= 2 && query.order().filter(o -> o == Query.Order.LONGEST
        || o == Query.Order.SHORTEST).isPresent();
    // "welk koor zingt het langst?", "wanneer is het concert van de middag?" on a day of "Kamerkoor Cantabile" and
    // "Tweede leerlingenconcert": naming nothing but the word (and a time), the sessions whose titles have it, or end
    // a compound in it, are the kind asked about, before any text that mentions it
    boolean onlyWords = names.isEmpty() && !FloorFilter.asked(query) && KIND_ASKED.contains(query.asked())
        && query.conditions().stream()
        .allMatch(c -> c instanceof Detail || c instanceof Condition.InPeriod || c instanceof Condition.At
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.Between);
    List<Session> titled = onlyWords ? filter(index.programme().sessions(), s -> index.descriptions()
        .tokens(s.title()).stream().anyMatch(t -> query.textWords().stream().flatMap(WordNarrowing::singulars)
        .anyMatch(w -> t.equals(w) || w.length() >= 4 && nl.dagwijzer.nlu.Compounds.endsIn(t, w)))) : List.of();
    if (titled.size() >= 2 && titled.size() < index.programme().sessions().size()) {
      List<Session> ofKind = filter(sessions, titled::contains);
      return ofKind.isEmpty() ? sessions : ofKind;
    }
    if (FloorFilter.asked(query) || comparingTwo
        || !nothingElse && (names.stream().noneMatch(c -> c.entity().type() == EntityType.PART)
        || names.stream().anyMatch(c -> c.entity().type() == EntityType.SESSION))) {
      return sessions;
    }
    List<Session> all = nothingElse ? index.programme().sessions() : sessions;
    List<Session> narrowed = SayingApart.of(all, query, index);
    // ("wanneer is de workshop jam maken?" when no workshop says so: none, not every workshop)
    boolean none = narrowed.isEmpty() && query.asked() == Asked.TIME && !query.textWords().isEmpty();
    return none || !narrowed.isEmpty() && narrowed.size() < all.size() ? narrowed : sessions;
  }

  /**
   * "wat is de eerste stop van groep B?", "welke stops heeft groep A?" when only descriptions call sessions so
   * ("Eerste stop van groep A."): of everything, the sessions whose own texts use that one word.
   */
  List<Session> describedKind(Query query, List<Condition.About> names, List<Session> sessions) {
    if (!names.isEmpty() || !(query.order().isPresent() || query.plural() || query.asked() == Asked.COUNT)) {
      return sessions;
    }
    Set<String> groups = new java.util.HashSet<>();
    query.all(Detail.class).forEach(d -> d.group().ifPresent(g -> groups.addAll(List.of(g.split(" ")))));
    List<String> words = query.textWords().stream()
        .filter(w -> !groups.contains(w)).distinct().toList();
    if (words.size() != 1) {
      return sessions;
    }
    String word = words.get(0);
    Set<Session> saying = new java.util.HashSet<>(index.mentioning(word));
    if (word.length() > 4 && word.endsWith("s")) {
      saying.addAll(index.mentioning(word.substring(0, word.length() - 1))); // "stops": "stop"
    }
    List<Session> narrowed = filter(sessions, saying::contains);
    return narrowed.size() >= 2 && narrowed.size() < sessions.size() ? narrowed : sessions;
  }

  private static List<Session> filter(List<Session> sessions, Predicate<Session> keep) {
    return sessions.stream().filter(keep).toList();
  }
}
