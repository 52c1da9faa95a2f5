package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "kan iedereen aanschuiven bij het diner?", "mag iedereen naar het persgesprek?": no when a description of what is
 * named says who it is for ("Het diner is op uitnodiging", "Alleen voor pers met een persaccreditatie"), with that
 * sentence; nothing to say otherwise, and the question is answered as any yes/no.
 */
final class YesNoForEveryone {
  private static final Pattern ONLY_FOR = Pattern.compile("(?iu)\\b(alleen|uitsluitend|op uitnodiging|besloten|"
      + "per team mag|niet toegankelijk)\\b");

  private YesNoForEveryone() {
  }

  static Optional<Written> answer(Answering a) {
    if (a.query().all(Detail.class).stream().noneMatch(d -> d.word().equals("iedereen"))
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
}
