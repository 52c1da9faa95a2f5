package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wat kost een entreekaartje voor een volwassene?" on a day whose texts say only "Entree €12,50, kinderen ... €6":
 * who pays, when no text names them, is whom the plain price is for, not a word a sentence must have.
 */
final class PayerWords {
  private static final Set<String> PAYERS = Set.of("volwassene", "volwassenen", "senior", "senioren", "student",
      "studenten", "scholier", "scholieren");

  private PayerWords() {
  }

  static Query read(Query query, Set<String> programmeWords) {
    if (!query.hasDetail("eigenschap:kosten")) {
      return query;
    }
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Detail d && d.text()
        .filter(w -> PAYERS.contains(w) && !said(w, programmeWords)).isPresent())).toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }

  private static boolean said(String word, Set<String> programmeWords) {
    String one = word.endsWith("en") ? word.substring(0, word.length() - 2) : word;
    return programmeWords.contains(one) || programmeWords.contains(one + "n") || programmeWords.contains(one + "en")
        || programmeWords.contains(word);
  }
}
