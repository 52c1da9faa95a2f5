package nl.dagwijzer.nlu;

import java.util.List;

/**
 * The reading of one question: the classifier's intent and how sure it is (0–1), the entities it found, and the
 * structured {@link Query} (what is asked, with which conditions). {@code fragment} is true when the question is only
 * names with at most a few filler words ("en de lunch?", "en die van 's middags?"): such a question has no shape to
 * classify, and the conversation decides what it asks.
 */
public record Understanding(String question, Intent intent, double confidence, List<Entity> entities,
                            boolean fragment, Query query) {
  public Understanding {
    entities = List.copyOf(entities);
  }

  public Understanding(String question, Intent intent, double confidence, List<Entity> entities, Query query) {
    this(question, intent, confidence, entities, false, query);
  }

  public Understanding withQuery(Query other) {
    return new Understanding(question, intent, confidence, entities, fragment, other);
  }

  public Understanding withIntent(Intent other, Query otherQuery) {
    return new Understanding(question, other, confidence, entities, fragment, otherQuery);
  }
}
