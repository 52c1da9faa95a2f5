package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "zijn er nog plekken bij de bloemschikworkshop van de ochtend?" when its description says "Deze ochtendronde is
 * volgeboekt": no, with that sentence, rather than a yes that the workshop is on the programme.
 */
final class FullyBooked {
  /** Words a question asks room by. */
  private static final Set<String> ROOM_WORDS = Set.of("tekst:plekken", "tekst:plaatsen", "tekst:plek", "tekst:plaats",
      "tekst:ruimte");
  /** What a sentence says when no one can join any more. */
  private static final Pattern FULL = Pattern.compile("(?iu)\\b(volgeboekt|uitverkocht|vol is vol|is vol|zit vol"
      + "|geen (plaatsen|plekken) meer)\\b");
  private static final int NAMED = 2;

  private FullyBooked() {
  }

  static Optional<Written> answer(Answering a) {
    List<Session> named = a.selection().sessions();
    if (a.query().asked() != nl.dagwijzer.nlu.Asked.YESNO || ROOM_WORDS.stream().noneMatch(a.query()::hasDetail)
        || named.isEmpty() || named.stream().map(Session::title).distinct().count() > NAMED) {
      return Optional.empty();
    }
    for (Session session : named) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (FULL.matcher(sentence).find()) {
          return Optional.of(Written.text("Nee, " + DutchText.lowerFirst(Descriptions.quoted(session, sentence)))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }
}
