package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/**
 * A property of a named session that another text gives in the question's own words ({@link PropertyAnswer}): "hoe
 * groot worden de teams?" said by the kick-off, "moeten kinderen entree betalen?" by the day's own entry price.
 */
final class NamedElsewhere {
  private NamedElsewhere() {
  }

  static Optional<Written> sentence(Answering a, List<Session> shown, Predicate<String> hasWords,
                                    Predicate<String> hasValue) {
    DescriptionIndex descriptions = a.index().descriptions();
    // "hoe groot worden de teams?" when "teams" names the pitches: the kick-off may say it, in the same words
    List<String> typed = a.query().all(Condition.About.class).stream().map(about -> about.entity().text())
        .filter(text -> text.length() >= 4).toList();
    // "is het eten gratis?" of the dinner: the day's "deelname is gratis, inclusief ontbijt, lunch en diner"
    List<String> titled = shown.size() == 1 && shown.get(0).title().matches("\\p{L}{4,}")
        ? List.of(shown.get(0).title().toLowerCase(Locale.ROOT)) : List.of();
    Predicate<String> typedValue = sentence -> descriptions.hasAll(sentence, typed) && hasValue.test(sentence);
    // "moeten kinderen entree betalen?": the day's own "Entree € 7,50, kinderen tot en met 12 jaar gratis"
    Optional<Written> elsewhere = typed.isEmpty() ? Optional.empty()
        : Descriptions.firstSaying(a.programme().sessions(), typedValue)
        .or(() -> Descriptions.ofDay(a, typedValue.and(hasWords)));
    if (elsewhere.isEmpty() && !titled.isEmpty()) {
      elsewhere = Descriptions.ofDay(a, hasWords.and(hasValue).and(sentence -> descriptions.hasAll(sentence,
          titled)));
    }
    return elsewhere;
  }
}
