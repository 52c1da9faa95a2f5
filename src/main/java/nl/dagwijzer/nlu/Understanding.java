package nl.dagwijzer.nlu;

import java.util.List;

/** The classifier's reading of one question: the intent, how sure it is (0–1) and the entities it found. */
public record Understanding(String question, Intent intent, double confidence, List<Entity> entities) {
  public Understanding {
    entities = List.copyOf(entities);
  }

  public boolean mentions(EntityType type) {
    return entities.stream().anyMatch(e -> e.type() == type);
  }

  public List<Entity> entitiesOf(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).toList();
  }
}
