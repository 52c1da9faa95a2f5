package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "kan iedereen aanschuiven bij het diner?", "mag iedereen naar het persgesprek?": no when a description of what is
 * named says who it is for ("Het diner is op uitnodiging", "Alleen voor pers met een persaccreditatie"), with that
 * sentence; nothing to say otherwise, and the question is answered as any yes/no. Whether one can follow it online,
 * when nothing says so.
 */
final class YesNoForEveryone {
  private static final Pattern ONLY_FOR = Pattern.compile("(?iu)\\b(alleen|uitsluitend|op uitnodiging|besloten|"
      + "per team mag|niet toegankelijk)\\b");

  private YesNoForEveryone() {
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail("iedereen")
        || !a.selection().named()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().sessions();
    for (Session session : named.subList(0, Math.min(named.size(), 3))) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (ONLY_FOR.matcher(sentence).find()) {
          return Optional.of(Written.text("Nee, uit de beschrijving van " + DutchText.name(session) + ": "
              + sentence.strip()).turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }

  /** Words that say a part can be followed from elsewhere ("Live muziek" and "teams" of people do not). */
  private static final Pattern REMOTE = Pattern.compile("(?iu)\\b(online|livestream|live-?stream|stream|live te "
      + "volgen|live uitgezonden|uitzending|uitgezonden|microsoft teams|zoom|webinar)\\b");

  /**
   * "kan ik de opening online volgen?" on a day in a building whose texts never speak of following it online: that
   * is not in the programme, and where the session is; not a yes because the opening exists.
   */
  static Optional<Written> online(Answering a) {
    boolean asked = a.query().hasDetail("online");
    Optional<nl.dagwijzer.programme.Venue> venue = a.programme().event().venue();
    if (!asked || !a.selection().named() || a.selection().sessions().isEmpty() || venue.isEmpty()
        || REMOTE.matcher(venue.get().name()).find() || REMOTE.matcher(a.programme().event().summary()).find()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().sessions();
    // its own texts, or another's sentence in the words it was named by ("De hele uitreiking is live te volgen", in
    // the opening's description), may say it can be followed elsewhere
    List<String> namedBy = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .map(c -> c.entity().text().toLowerCase(java.util.Locale.ROOT)).filter(t -> t.length() >= 4).toList();
    boolean said = named.stream().anyMatch(s -> DescriptionIndex.sentences(s).stream()
        .anyMatch(t -> REMOTE.matcher(t).find()) || s.room().filter(r -> REMOTE.matcher(r).find()).isPresent())
        || a.programme().sessions().stream().flatMap(s -> DescriptionIndex.sentences(s).stream())
        .anyMatch(t -> REMOTE.matcher(t).find() && namedBy.stream().anyMatch(t.toLowerCase(java.util.Locale.ROOT)
        ::contains));
    if (said) {
      return Optional.empty();
    }
    Session first = named.get(0);
    return Optional.of(Written.text("Dat het online te volgen is, staat niet in het programma: " + a.whenAndWhere(first)
        + ".").turningTo(List.of(first)));
  }
}
