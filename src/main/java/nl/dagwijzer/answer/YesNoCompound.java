package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "is er een keuzesessie over huurschulden?" when the sessions found by "schulden" say nothing of rent: a compound
 * found by its last part asks about its first part too, and no by its first part is an honest no.
 */
final class YesNoCompound {
  /** The first part of a compound must be this long to say something of its own ("huur" in "huurschulden"). */
  private static final int PART = 4;

  private final Answering a;

  YesNoCompound(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    for (Condition.About about : a.query().all(Condition.About.class)) {
      if (about.entity().type() != EntityType.SESSION || about.entity().text().contains(" ")) {
        continue;
      }
      String word = about.entity().text().toLowerCase(Locale.ROOT);
      Optional<Session> session = a.programme().session(about.entity().id());
      Optional<String> first = session.flatMap(s -> firstPart(word, s));
      if (first.isPresent() && a.index().mentioning(first.get()).stream().noneMatch(s -> s.id().equals(
          about.entity().id()))) {
        List<Session> found = a.selection().subject();
        String there = found.isEmpty() ? "" : " Wel: " + DutchText.join(found.stream().limit(3)
            .map(s -> DutchText.name(s) + " (" + DutchText.span(s) + ")").toList()) + ".";
        return Optional.of(Written.text("Nee, dat staat niet in het programma: over ‘" + word
            + "’ zegt het niets." + there).turningTo(found));
      }
    }
    return Optional.empty();
  }

  /** "huur" of "huurschulden" when the session's title has "schulden" but not the whole word. */
  private static Optional<String> firstPart(String word, Session session) {
    String title = (session.title() + " " + String.join(" ", session.aliases())).toLowerCase(Locale.ROOT);
    if (title.contains(word)) {
      return Optional.empty();
    }
    for (String token : title.split("[^\\p{L}]+")) {
      if (token.length() >= PART && word.length() >= token.length() + PART && word.endsWith(token)) {
        return Optional.of(word.substring(0, word.length() - token.length()));
      }
    }
    return Optional.empty();
  }
}
