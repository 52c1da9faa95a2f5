package nl.dagwijzer.answer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.dagwijzer.programme.Session;

/**
 * "bij welke kidsparcoursen zijn handschoenen verplicht?": the sessions whose texts use a word of the question,
 * leaving out the words every session asked about uses (all three parcours say "verplicht", only two say
 * "handschoenen"), which tell none of them apart. Not with an order: "bij welke veulenkeuring zijn de meeste veulens
 * ingeschreven?" compares them all.
 */
final class SayingApart {

  private SayingApart() {
  }

  static List<Session> of(List<Session> sessions, nl.dagwijzer.nlu.Query query, ProgrammeIndex index) {
    List<String> words = query.textWords();
    Set<Session> saying = new HashSet<>();
    for (String word : new LinkedHashSet<>(words)) {
      Set<Session> mentioning = new HashSet<>(index.mentioning(word));
      if (word.length() > 5 && word.endsWith("s")) { // "voorrondes": "Speedbuild-race: voorronde 1"
        String one = word.substring(0, word.length() - 1);
        sessions.stream().filter(s -> index.descriptions().tokens(s.title()).contains(one)).forEach(mentioning::add);
      }
      if (words.size() == 1 || query.order().isPresent() || !mentioning.containsAll(sessions)) {
        saying.addAll(mentioning);
      }
    }
    return sessions.stream().filter(saying::contains).toList();
  }
}
