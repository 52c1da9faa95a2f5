package nl.dagwijzer.nlu;

import java.util.List;

/**
 * The classifier's reading of one question: the intent, how sure it is (0–1) and the entities it found.
 * {@code fragment} is true when the question is only names with at most a few filler words ("en de lunch?",
 * "michiel luigjes"): such a question has no shape to classify, and the conversation decides what it asks.
 */
public record Understanding(String question, Intent intent, double confidence, List<Entity> entities,
                            boolean fragment) {
  public Understanding {
    entities = List.copyOf(entities);
  }

  public Understanding(String question, Intent intent, double confidence, List<Entity> entities) {
    this(question, intent, confidence, entities, false);
  }

  public Understanding withIntent(Intent other) {
    return new Understanding(question, other, confidence, entities, fragment);
  }
}
