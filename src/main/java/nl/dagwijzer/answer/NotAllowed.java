package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.NotAllowedAsked;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Session;

/**
 * "waar mag mijn hond niet bij zijn?": the sessions (of those named, else of the day) whose description says no to
 * the thing asked, each with the sentence that says so.
 */
final class NotAllowed {
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  private NotAllowed() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> thing = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith(NotAllowedAsked.PREFIX)).map(w -> w.substring(NotAllowedAsked.PREFIX.length()))
        .findFirst();
    if (thing.isEmpty()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().named() ? a.selection().sessions() : List.of();
    // (of those named, else of the day: "welke tuinen zijn niet toegankelijk voor rolstoelen?" names the gardens a
    // topic on wheelchairs lists, which are the ones that are)
    Optional<Written> among = named.isEmpty() ? Optional.empty() : among(named, thing.get());
    return among.or(() -> among(a.programme().sessions(), thing.get()))
        .or(() -> Optional.of(Written.text("Dat staat niet in het programma: het noemt geen onderdeel waar dat niet"
            + " kan.")));
  }

  private static Optional<Written> among(List<Session> pool, String thing) {
    List<Session> found = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Session session : pool) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        // "rolstoelen", "rolstoeltoegankelijk": the word as the sentence writes it, turned around by its clause
        Optional<String> written = NORMALISER.tokens(sentence).stream().filter(t -> t.startsWith(thing))
            .findFirst();
        if (written.isPresent() && Clauses.negated(sentence, List.of(written.get())).orElse(false)) {
          found.add(session);
          lines.add("• " + DutchText.capitalise(DutchText.spanned(session)) + ": " + sentence.strip());
          break;
        }
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Written.text("Volgens het programma kan dat hier niet:\n"
        + String.join("\n", DutchText.limited(lines, "noem een onderdeel om het na te vragen."))).turningTo(found));
  }
}
