package nl.dagwijzer.answer;

import nl.dagwijzer.nlu.Query;

/** "wat kunnen kinderen 's ochtends doen?": the only words a description must have say for whom. */
final class ForWhom {
  private ForWhom() {
  }

  static boolean only(Query query) {
    return !query.textWords().isEmpty() && query.textWords().stream().allMatch(nl.dagwijzer.nlu.CountedPeople::people);
  }
}
