package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * The sentence of a session's description with the word a topic was asked by, in the singular, plural or inflected
 * ("vegetarische"): "mag de hond mee naar de pluktuin?" where "hond" names the topic "Honden" and the pluktuin says
 * "Honden zijn aangelijnd welkom", and whether that sentence says no ("Honden zijn hier niet toegestaan").
 */
record TopicSentence(Session session, String sentence, boolean denies) {
  private static final int SHORTEST = 3;

  /**
   * The words a topic was named by, and a word that named a session by its alias only ("kan ik mijn tijd laten
   * graveren?" of "Medailles en uitslagen", alias "graveren"): what its description may say more of.
   */
  static List<String> words(Answering a) {
    return a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.TOPIC || c.entity().type() == EntityType.SESSION
            && !c.entity().text().contains(" ") && a.programme().session(c.entity().id())
            .filter(s -> s.title().toLowerCase(Locale.ROOT).contains(c.entity().text().toLowerCase(Locale.ROOT)))
            .isEmpty())
        .map(c -> c.entity().text().toLowerCase(Locale.ROOT)).filter(t -> t.length() >= SHORTEST).toList();
  }

  /** The sessions the question names itself, not those of a topic it names. */
  static List<Session> named(Answering a) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.SESSION)
        .forEach(c -> ids.add(c.entity().id()));
    return a.programme().sessions().stream().filter(s -> ids.contains(s.id())).toList();
  }

  /** The first such sentence of {@code sessions}, none when the question names no topic. */
  static Optional<TopicSentence> in(Answering a, List<Session> sessions) {
    List<String> said = words(a);
    if (said.isEmpty()) {
      return Optional.empty();
    }
    Pattern word = Pattern.compile("(?iu)\\b(" + String.join("|", said.stream().map(Pattern::quote).toList())
        + ")(en|s|n|e)?\\b");
    for (Session session : sessions) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Matcher found = word.matcher(sentence);
        if (found.find()) {
          boolean no = Descriptions.denies(a, sentence, List.of(found.group().toLowerCase(Locale.ROOT)))
              .orElse(false);
          return Optional.of(new TopicSentence(session, sentence, no));
        }
      }
    }
    return Optional.empty();
  }
}
