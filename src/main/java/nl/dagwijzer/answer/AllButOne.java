package nl.dagwijzer.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dagwijzer.programme.Session;

/**
 * "wat kost een portie bitterballen?" when the one sentence with a price says "Bitterballen kosten € 6 per 10 stuks",
 * and "wat kost een rondje meerijden in een oldtimer?" when the ride's one price says "Een ritje kost € 10": a value
 * asked in more words than the programme uses, found when only one sentence has it with all but one of them (or, of
 * a session named, when it has only one such sentence).
 */
final class AllButOne {
  /** Words that say for whom a price is, besides those for people in general and children. */
  private static final java.util.Set<String> WHOM = java.util.Set.of("volwassenen", "volwassene", "ouders",
      "senioren", "studenten", "scholieren", "leden", "niet-leden", "gezin", "gezinnen");

  private AllButOne() {
  }

  private static boolean whom(String word) {
    return nl.dagwijzer.nlu.CountedPeople.people(word) || nl.dagwijzer.nlu.CountedPeople.child(word)
        || WHOM.contains(word);
  }

  /** {@code named}: the sessions the question names, else empty; {@code value}: the sentence gives what is asked. */
  static Optional<Written> sentence(Answering a, List<Session> named, List<String> words, Predicate<String> value) {
    DescriptionIndex descriptions = a.index().descriptions();
    List<Session> among = named.isEmpty() ? a.programme().sessions() : named;
    // (of a session named, one word is already said by naming it: then a single word need not be in the sentence)
    int needed = words.size() - 1;
    if (words.isEmpty() || needed < 1 && named.isEmpty() || named.stream().map(Session::title).distinct().count() > 1) {
      return Optional.empty();
    }
    // ("een bibliotheekpas voor volwassenen": who it is for is no word to leave out)
    List<String> forWhom = words.stream().filter(AllButOne::whom).toList();
    Map<String, Session> found = new LinkedHashMap<>();
    for (Session session : among) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (found.containsKey(sentence) || !value.test(sentence)) {
          continue;
        }
        long has = words.stream().filter(w -> descriptions.hasAll(sentence, List.of(w))).count();
        if (has >= needed && forWhom.stream().allMatch(w -> descriptions.hasAll(sentence, List.of(w)))) {
          found.put(sentence, session);
        }
      }
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    Map.Entry<String, Session> one = found.entrySet().iterator().next();
    return Optional.of(Written.text(Descriptions.quoted(one.getValue(), one.getKey()))
        .turningTo(List.of(one.getValue())));
  }
}
