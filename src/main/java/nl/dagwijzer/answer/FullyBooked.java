package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "zijn er nog plekken bij de bloemschikworkshop van de ochtend?" when its description says "Deze ochtendronde is
 * volgeboekt": no, with that sentence, rather than a yes that the workshop is on the programme; "is de ochtendworkshop
 * vol?" the other way round, also by a sentence that says there is room ("nog plekken vrij").
 */
final class FullyBooked {
  /** Words a question asks room by. */
  private static final Set<String> ROOM_WORDS = Set.of("tekst:plekken", "tekst:plaatsen", "tekst:plek", "tekst:plaats",
      "tekst:ruimte");
  /** What a sentence says when no one can join any more. */
  private static final Pattern FULL = Pattern.compile("(?iu)\\b(volgeboekt|uitverkocht|vol is vol|is vol|zit vol"
      + "|geen (plaatsen|plekken) meer)\\b|^vol\\b"); // "Vol: er is een wachtlijst bij de balie"
  /** What a sentence says when there is room still. */
  private static final Pattern ROOM_LEFT = Pattern.compile("(?iu)\\b(nog (\\d+ )?(plekken|plaatsen|plek|plaats|ruimte)"
      + "|(plekken|plaatsen) vrij)\\b");
  private static final int NAMED = 2;

  private FullyBooked() {
  }

  /**
   * "is er nog plek in de laatste ronde?", "kan ik nog mee met de eerste ciderproeverij?", "... met die van 10:30?": of a
   * session given more than once, the time asked, whose own sentence says whether it is full.
   */
  private static List<Session> asked(List<Session> named, nl.dagwijzer.nlu.Query query) {
    if (named.size() < 2 || named.stream().map(Session::title).distinct().count() > 1) {
      return named;
    }
    List<Session> byStart = named.stream().sorted(java.util.Comparator.comparing(Session::start)).toList();
    Optional<java.time.LocalTime> at = query.first(nl.dagwijzer.nlu.Condition.At.class)
        .map(nl.dagwijzer.nlu.Condition.At::time);
    if (at.isPresent()) {
      List<Session> then = byStart.stream().filter(s -> s.start().equals(at.get())).toList();
      return then.isEmpty() ? named : then;
    }
    int rank = query.all(nl.dagwijzer.nlu.Detail.class).stream().mapToInt(nl.dagwijzer.nlu.Detail::rank)
        .filter(r -> r != 0).findFirst().orElse(query.order().map(o -> o == nl.dagwijzer.nlu.Query.Order.FIRST ? 1
            : o == nl.dagwijzer.nlu.Query.Order.LAST ? -1 : 0).orElse(0));
    if (rank == -1) {
      return List.of(byStart.get(byStart.size() - 1));
    }
    return rank > 0 && rank <= byStart.size() ? List.of(byStart.get(rank - 1)) : named;
  }

  static Optional<Written> answer(Answering a) {
    List<Session> named = asked(a.selection().sessions(), a.query());
    // "is de ochtendworkshop vol?" asks it the other way round from "zijn er nog plekken?"
    boolean fullAsked = a.query().hasDetail(nl.dagwijzer.nlu.FullAsked.ASKED);
    boolean asked = fullAsked || ROOM_WORDS.stream().anyMatch(a.query()::hasDetail)
        || a.query().hasDetail(nl.dagwijzer.nlu.FullAsked.ROOM_ASKED);
    if (a.query().asked() != nl.dagwijzer.nlu.Asked.YESNO || !asked
        || named.isEmpty() || named.stream().map(Session::title).distinct().count() > NAMED) {
      return Optional.empty();
    }
    return Descriptions.firstSentence(named, sentence -> FULL.matcher(sentence).find()
        || ROOM_LEFT.matcher(sentence).find()).map(found -> {
          boolean full = FULL.matcher(found.getValue()).find();
          Session session = found.getKey();
          // a workshop given twice: which one is full says its time ("... van ‘X’ (15:30–17:00): ...")
          boolean repeated = a.programme().sessions().stream().filter(s -> s.title().equals(session.title()))
              .count() > 1;
          return Written.text((full == fullAsked ? "Ja, " : "Nee, ") + "uit de beschrijving van "
              + DutchText.name(session) + (repeated ? " (" + DutchText.span(session) + ")" : "") + ": "
              + found.getValue()).turningTo(List.of(session));
        });
  }
}
