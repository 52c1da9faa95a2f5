package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "is er een keuzesessie over huurschulden?" when the sessions found by "schulden" say nothing of rent: a compound
 * found by its last part asks about its first part too, and no by its first part is an honest no. The same for
 * "koffie", which finds the breaks when none mentions it.
 */
final class YesNoCompound {
  /** The first part of a compound must be this long to say something of its own ("huur" in "huurschulden"). */
  private static final int PART = 4;

  private final Answering a;

  YesNoCompound(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<Written> coffee = coffee();
    if (coffee.isPresent()) {
      return coffee;
    }
    Optional<Written> part = partCompound();
    if (part.isPresent()) {
      return part;
    }
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
            .map(DutchText::spanned).toList()) + ".";
        return Optional.of(Written.text("Nee, dat staat niet in het programma: over ‘" + word
            + "’ zegt het niets." + there).turningTo(found));
      }
    }
    return Optional.empty();
  }

  /**
   * "is er koffie?" on a day whose breaks say nothing of coffee or tea: "koffie" finds the breaks only as the nearest
   * thing there is, which is no yes.
   */
  private Optional<Written> coffee() {
    boolean asked = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.PART
        && c.entity().id().equals(nl.dagwijzer.nlu.DayPart.KOFFIE.id()));
    if (!asked) {
      return Optional.empty();
    }
    List<Session> breaks = a.selection().subject();
    boolean titled = breaks.stream().anyMatch(s -> names(s).matches("(?s).*\\b(koffie|thee).*"));
    java.util.Set<Session> saying = new java.util.LinkedHashSet<>(a.index().mentioning("koffie"));
    saying.addAll(a.index().mentioning("thee"));
    if (titled) {
      return Optional.empty();
    }
    if (!saying.isEmpty()) {
      // "is er koffie?" when only the breakfast's description says so: yes, there
      List<Session> there = a.programme().sessions().stream().filter(saying::contains).limit(3).toList();
      return Optional.of(Written.text("Ja, bij " + DutchText.join(there.stream().map(s -> DutchText.name(s) + " ("
          + DutchText.span(s) + ")").toList()) + ".").turningTo(there));
    }
    return Optional.of(Written.text("Nee, koffie staat niet in het programma." + (breaks.isEmpty() ? "" : " Wel: "
        + DutchText.join(breaks.stream().limit(3).map(DutchText::spanned)
        .toList()) + ".")).turningTo(breaks));
  }

  /**
   * "is er ook een kaasmarkt?" when the day's markets say nothing of cheese: a part of the day named by a compound
   * ("markt" of "kaasmarkt") whose first part no text of those sessions has is not there.
   */
  private Optional<Written> partCompound() {
    String day = (a.programme().event().title() + " " + a.programme().event().summary()).toLowerCase(Locale.ROOT);
    for (Condition.About about : a.query().all(Condition.About.class)) {
      if (!a.query().hasDetail("er-is") || day.contains(about.entity().text().toLowerCase(Locale.ROOT))) {
        continue; // "is de informatiemarkt maar tot 20:00 open?" of the day that is one
      }
      String word = about.entity().text().toLowerCase(Locale.ROOT);
      if (about.entity().type() != EntityType.PART || word.contains(" ") || SeriesNames.isSeries(about.entity())) {
        continue;
      }
      List<Session> found = a.selection().subject();
      for (int cut = PART; cut <= word.length() - 3; cut++) {
        String front = word.substring(0, cut);
        if (DayPart.ofWord(word.substring(cut)).isEmpty()) {
          continue;
        }
        boolean said = found.stream().anyMatch(s -> names(s).contains(word))
            || a.index().mentioning(front).stream().anyMatch(found::contains);
        if (said || found.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(Written.text("Nee, dat staat niet in het programma: over ‘" + word + "’ zegt het niets."
            + " Wel: " + DutchText.join(found.stream().limit(3).map(DutchText::spanned).toList()) + ".")
            .turningTo(found));
      }
    }
    return Optional.empty();
  }

  /** A session's title and aliases, in lower case: what names it. */
  private static String names(Session session) {
    return (session.title() + " " + String.join(" ", session.aliases())).toLowerCase(Locale.ROOT);
  }

  /** "huur" of "huurschulden" when the session's title has "schulden" but not the whole word. */
  private static Optional<String> firstPart(String word, Session session) {
    String title = names(session);
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
