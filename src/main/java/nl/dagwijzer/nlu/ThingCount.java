package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "hoeveel stoelen zijn er in de zaal?", "hoeveel inburgeraars heeft Tilburg?": a count of something the programme
 * never mentions, not even inside a compound, is out of its scope; counting its sessions would answer another
 * question.
 */
final class ThingCount {
  /** Words for sessions or people in general, which count what the programme has. */
  static final Set<String> GENERAL = Set.of("onderdelen", "sessies", "activiteiten", "programmaonderdelen",
      "programmapunten", "items", "dingen", "lezingen", "presentaties", "talks", "praatjes", "pauzes", "blokken",
      "tijdsblokken", "keuzes", "opties", "momenten", "verschillende", "soorten", "andere", "losse", "aparte", "keer", "keren", "werkgroepen", "deelsessies", "groepen",
      "medewerkers", "collega's", "collegas");
  /** A programme word shorter than this says too little to make a compound of it. */
  private static final int MIN_PART = 4;

  private ThingCount() {
  }

  static Query read(Query query, List<String> tokens, List<Span> spans, Set<String> programmeWords) {
    int count = QuestionForm.indexOfCount(tokens);
    if (query.asked() != Asked.COUNT || query.counted().filter(c -> c != Query.Counted.SESSIONS).isPresent()
        || count < 0 || count + 1 >= tokens.size()) {
      return query;
    }
    int at = count + 1;
    String noun = tokens.get(at);
    boolean unknown = spans.stream().anyMatch(s -> s.from() == at && s.entity().type() == EntityType.UNKNOWN
        && !s.entity().id().startsWith("person:"));
    // "hoeveel medewerkers van het Sociaal Team doen mee?" counts the people of something the programme names
    boolean ofPeople = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.SPEAKER
        || c.entity().type() == EntityType.ORGANISATION || c.entity().type() == EntityType.ROLE);
    if (!unknown || ofPeople || GENERAL.contains(noun) || CueWords.all().contains(noun) || compound(noun, programmeWords)) {
      return query;
    }
    return query.withAsked(Asked.UNKNOWN);
  }

  /** "gespreksblokken", "juryleden", "werkgroepen": made of a word the programme uses. */
  private static boolean compound(String noun, Set<String> programmeWords) {
    for (String word : programmeWords) {
      if (word.length() >= MIN_PART && noun.length() > word.length() && (noun.startsWith(word)
          || noun.endsWith(word)) || noun.length() >= MIN_PART && word.contains(noun)) {
        return true;
      }
    }
    return false;
  }
}
