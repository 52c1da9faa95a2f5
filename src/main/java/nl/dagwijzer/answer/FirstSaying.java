package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dagwijzer.programme.Session;

/**
 * The first sentence that says something, looked for where a yes/no question points: the sessions it asks about, then
 * the day's own text, then any session's. A question that names sessions may keep to them ({@code keepToNamed}): the
 * day's "digitaal vaardiger" says nothing of the e-learning asked about.
 */
final class FirstSaying {
  /** The sentence found, and the session whose text it is (none for the day's own text). */
  record Hit(Optional<Session> session, String sentence) {
    /** "uit de beschrijving van ‘X’: ..." or "uit de beschrijving van de dag: ...". */
    String quoted() {
      return session.map(s -> Descriptions.from(s, sentence)).orElseGet(() -> Descriptions.fromDay(sentence));
    }

    /** {@code yesOrNo} and the quoted sentence, turned to its session. */
    Written reply(String yesOrNo) {
      Written written = Written.text(yesOrNo + quoted());
      return session.map(s -> written.turningTo(List.of(s))).orElse(written);
    }
  }

  private FirstSaying() {
  }

  static Optional<Hit> find(Answering a, List<Session> named, boolean keepToNamed, Predicate<String> says) {
    Optional<Hit> own = Descriptions.firstSentence(named, says)
        .map(found -> new Hit(Optional.of(found.getKey()), found.getValue()));
    if (own.isPresent() || keepToNamed && !named.isEmpty()) {
      return own;
    }
    Optional<Hit> day = DescriptionIndex.sentences(a.programme().event().summary()).stream().filter(says).findFirst()
        .map(sentence -> new Hit(Optional.empty(), sentence));
    return day.or(() -> Descriptions.firstSentence(a.programme().sessions(), says)
        .map(found -> new Hit(Optional.of(found.getKey()), found.getValue())));
  }
}
