package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "hoeveel stoelen mag ik meenemen naar de reparatietafel?" when a sentence says "Maximaal 2 stoelen per persoon":
 * the sentence with a number right before the word counted, also where that word names the session or the series
 * ("wiebelstoelen", "paddenstoelen") rather than something to count, before a sentence that only has the verb.
 */
final class NumberBeforeNamed {
  /** More sentences than this say different things: none is the answer. */
  private static final int MOST = 2;

  private NumberBeforeNamed() {
  }

  static Optional<Written> answer(Answering a) {
    // (only for what one may bring: other counts have their own number before their own word, CountedInText)
    if (a.query().asked() != Asked.COUNT || !a.query().hasDetail("meenemen")) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    a.query().all(Detail.class).stream().flatMap(d -> d.howMany().stream()).forEach(words::add);
    a.query().all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == EntityType.SESSION || e.type() == EntityType.PART)
        .map(e -> e.text()).filter(t -> !t.contains(" ") && t.length() >= 4).forEach(words::add);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Pattern counted = Pattern.compile(CountedInText.NUMBER_THEN + "("
        + String.join("|", words.stream().distinct().map(Pattern::quote).toList()) + ")\\b");
    List<Session> named = a.sessionsNamed();
    Map<Session, String> found = new java.util.LinkedHashMap<>();
    for (Session session : named.isEmpty() ? a.programme().sessions() : named) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (counted.matcher(sentence).find() && !found.containsValue(sentence.strip())) {
          found.put(session, sentence.strip());
        }
      }
    }
    if (found.isEmpty() || found.size() > MOST) {
      return Optional.empty();
    }
    List<String> quotes = found.entrySet().stream().map(e -> Descriptions.quoted(e.getKey(), e.getValue())).toList();
    return Optional.of(new Written(String.join("\n", quotes), Optional.empty(), List.copyOf(found.keySet())));
  }
}
