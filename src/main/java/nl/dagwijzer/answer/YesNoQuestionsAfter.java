package nl.dagwijzer.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * "is er na de keynote tijd voor vragen?": what the keynote's description says about questions ("inclusief tien
 * minuten vragen", "Na de keynote is er geen vragenronde"), else whether a question round follows it.
 */
final class YesNoQuestionsAfter {
  private YesNoQuestionsAfter() {
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail(Detail.QUESTIONS_AFTER)
        || a.sessions().isEmpty()) {
      return Optional.empty();
    }
    Session session = a.sessions().get(0);
    for (String sentence : DescriptionIndex.sentences(session)) {
      String lower = sentence.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("vragen")) { // also "vragenronde"
        boolean no = Clauses.negated(sentence, List.of("vragen")).orElse(false)
            || lower.contains("geen vragen");
        return Optional.of(Written.text((no ? "Nee, " : "Ja, ") + Descriptions.from(session, sentence))
            .turningTo(List.of(session)));
      }
    }
    Optional<Session> next = a.programme().sessions().stream().filter(s -> !s.start().isBefore(session.end()))
        .min(Comparator.comparing(Session::start));
    if (next.filter(s -> s.kind() == SessionKind.QA).isPresent()) {
      return Optional.of(Written.text("Ja, na " + DutchText.name(session) + " volgt " + DutchText.name(next.get())
          + " (" + DutchText.span(next.get()) + ").").turningTo(List.of(next.get())));
    }
    return Optional.of(Written.text("Nee, het programma noemt geen vragen na " + DutchText.name(session)
        + next.map(s -> "; daarna komt " + DutchText.spanned(s)).orElse("") + "."));
  }
}
