package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "hoeveel teams doen er mee?" on a day whose text says "16 teams van 10 tot en met 16 jaar strijden ...": the number
 * the day's text gives of the thing, not the sessions a word of their titles ("Check-in teams") names, when none of
 * those sessions' own texts gives one.
 */
final class DayCount {
  /** The start a word of a session's own count shares with the word asked: "stands" of "standhouders". */
  private static final int STEM = 5;

  private DayCount() {
  }

  static Optional<Written> answer(Answering a) {
    if (a.query().asked() != Asked.COUNT) {
      return Optional.empty();
    }
    Optional<String> noun = a.query().all(Detail.class).stream().flatMap(d -> d.howMany().stream()).findFirst()
        .or(() -> a.query().all(Condition.About.class).stream().map(Condition.About::entity)
            .filter(e -> e.type() == EntityType.SESSION && !e.text().contains(" ") && e.text().length() >= 4)
            .map(e -> e.text().toLowerCase(Locale.ROOT)).findFirst());
    if (noun.isEmpty()) {
      return Optional.empty();
    }
    Pattern counted = Pattern.compile("(?iu)\\b(\\d{1,5})\\s+" + Pattern.quote(noun.get()) + "\\b");
    String stem = noun.get().substring(0, Math.min(noun.get().length(), STEM));
    // (a session's own "De acht beste teams", "5 JO11-teams", "120 stands" counts them there: written out, with a
    // word between, or a word that begins the same)
    Pattern own = Pattern.compile("(?iu)\\b(?:\\d{1,5}|" + CountedInText.AMOUNTS + ")\\s+(?:\\p{L}+\\s+|[\\p{L}\\d]+-)?"
        + Pattern.quote(stem));
    List<Session> named = a.selection().sessions();
    boolean ownCount = named.stream().flatMap(s -> DescriptionIndex.sentences(s).stream())
        .anyMatch(sentence -> own.matcher(sentence).find());
    if (ownCount) {
      return Optional.empty();
    }
    return DescriptionIndex.sentences(a.programme().event().summary()).stream()
        .filter(sentence -> counted.matcher(sentence).find()).findFirst()
        .map(sentence -> {
          java.util.regex.Matcher m = counted.matcher(sentence);
          m.find();
          return Written.text(m.group(1) + " " + noun.get() + ", volgens " + Descriptions.fromDay(sentence)
              .replaceFirst("^uit ", ""));
        });
  }
}
