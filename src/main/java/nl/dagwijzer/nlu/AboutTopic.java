package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "gaat room A over psychische klachten?": the session named before "over" is what is asked about, the names after
 * it are the topic to check it against ({@link Detail#topic(Entity)}), not more sessions to list beside it.
 */
final class AboutTopic {
  private AboutTopic() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    int over = tokens.indexOf("over");
    if (tokens.isEmpty() || !(tokens.get(0).equals("gaat") || tokens.get(0).equals("gaan")) || over < 2) {
      return;
    }
    boolean subject = spans.stream().anyMatch(s -> s.to() <= over && (s.entity().type() == EntityType.SESSION
        || s.entity().type() == EntityType.ROOM || s.entity().type() == EntityType.SPEAKER));
    List<Entity> topic = spans.stream().filter(s -> s.from() > over && (s.entity().type() == EntityType.SESSION
        || s.entity().type() == EntityType.TOPIC)).map(Span::entity).toList();
    if (!subject || topic.isEmpty()) {
      return;
    }
    conditions.removeIf(c -> c instanceof Condition.About about && topic.contains(about.entity()));
    topic.forEach(e -> conditions.add(Detail.topic(e)));
  }
}
