package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.RuleAsked;
import nl.dagwijzer.programme.Topic;

/**
 * A question that names nothing but a topic the programme explains ("is er een dresscode?", "kado tips?"): the
 * explanation is the answer, not the list of sessions the topic belongs to.
 */
final class TopicOnly {
  private TopicOnly() {
  }

  /** "is er een dresscode?", "is een helm verplicht?": yes, and what the programme says about it. */
  static Optional<Written> yesNo(Answering a) {
    // ("zijn er meer dan drie gespreksgroepen?" asks after the sessions, not what the topic is)
    boolean there = (a.query().hasDetail("er-is") || a.query().hasDetail(RuleAsked.ASKED))
        && !a.query().plural();
    return there ? explained(a).map(w -> new Written("Ja, " + DutchText.lowerFirst(w.text()), w.overview(),
        w.turnedTo())) : Optional.empty();
  }

  /** "kado tips?", "hoe zit het met vervoer?": what the programme says about the topic. */
  static Optional<Written> explained(Answering a) {
    List<Topic> topics = a.selection().topics();
    List<Condition.About> about = a.query().all(Condition.About.class);
    boolean onlyTopics = !topics.isEmpty() && topics.stream().noneMatch(t -> t.explanation().isBlank())
        && about.stream().allMatch(c -> c.entity().type() == EntityType.TOPIC || c.entity().type() == EntityType.SESSION
        && topics.stream().anyMatch(t -> t.sessionIds().contains(c.entity().id())))
        && about.stream().anyMatch(c -> c.entity().type() == EntityType.TOPIC)
        && a.query().conditions().stream().allMatch(c -> c instanceof Condition.About || c instanceof Detail)
        && a.query().counted().isEmpty(); // "hoeveel woningen worden er rond het plein gebouwd?"
    // (a session named beside it, "is er halal eten?" of the diner, is asked about as a session)
    boolean asTopic = !a.selection().explicitSessions() && !a.selection().constrained();
    return onlyTopics && asTopic ? Optional.of(new ContentWriter(a).about("")) : Optional.empty();
  }
}
