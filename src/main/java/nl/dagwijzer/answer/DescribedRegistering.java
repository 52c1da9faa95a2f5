package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/** Whether one must register for what a question names, by the sentence of its description about registering. */
final class DescribedRegistering {
  private DescribedRegistering() {
  }

  /**
   * "moet ik me aanmelden voor de infopraatjes?" when their description says "je hoeft je niet aan te melden": of the
   * sessions whose texts have the question's other words, the sentence about registering, yes or no by it.
   */
  static Optional<String> answer(Answering a, List<String> asked) {
    Optional<String> verb = asked.stream().filter(nl.dagwijzer.nlu.SeparableVerbs.REGISTERING::contains).findFirst();
    // a long word names what to register for ("infopraatjes"); a short one may be any verb ("een vraag stellen")
    List<String> others = asked.stream().filter(w -> !nl.dagwijzer.nlu.SeparableVerbs.REGISTERING.contains(w)
        && w.length() >= Descriptions.SPECIFIC).toList();
    if (verb.isEmpty() || others.isEmpty()) {
      return Optional.empty();
    }
    for (Session session : a.index().descriptions().having(others, List.of()).keySet()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        List<String> tokens = a.index().descriptions().tokens(sentence);
        if (DescriptionIndex.mentions(tokens, verb.get())) {
          // "kan ik zonder aanmelding inspreken?" asks it the other way round
          boolean not = Clauses.refusesRegistering(tokens) != Descriptions.askedWithout(a, List.of(verb.get()));
          return Optional.of((not ? "Nee, " : "Ja, ") + Descriptions.from(session, sentence));
        }
      }
    }
    return Optional.empty();
  }
}
