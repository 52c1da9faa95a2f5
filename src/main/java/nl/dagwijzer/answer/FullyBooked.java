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
      // "Vol: er is een wachtlijst", "4 plaatsen, € 40 per deelnemer: VOL."
      + "|geen (plaatsen|plekken|plaats|plek|slots|tijdsloten) meer)\\b|^vol\\b|:\\s*vol\\b");
  /** What a sentence says when there is room still. */
  private static final Pattern ROOM_LEFT = Pattern.compile("(?iu)\\b(nog (\\d+ )?(plekken|plaatsen|plek|plaats|ruimte"
      + "|slots|tijdsloten)|(plekken|plaatsen|slots|tijdsloten) vrij)\\b"); // "er zijn nog 6 slots vrij"
  /** "vol is vol, kom op tijd" says how places go, not that there are none. */
  private static final Pattern FULL_IS_FULL = Pattern.compile("(?iu)vol is vol");
  private static final int NAMED = 2;

  private FullyBooked() {
  }

  /** Whether a sentence says how many places are left ("Er zijn nog 2 plekken vrij"). */
  static boolean saysRoomLeft(String sentence) {
    return ROOM_LEFT.matcher(sentence).find();
  }

  /** Whether a sentence of the session's texts says it is full. */
  static boolean full(Session session) {
    return Descriptions.firstSentence(List.of(session), sentence -> FULL.matcher(FULL_IS_FULL.matcher(sentence)
        .replaceAll("")).find()).isPresent();
  }

  /**
   * "bij welke busrondes is nog plek?": of {@code sessions}, those not full that can be: the other rounds of one that
   * is full, else those with a number of places; when none is, all those not full.
   */
  static List<Session> withRoom(List<Session> sessions, List<Session> all) {
    List<String> fullTitles = all.stream().filter(FullyBooked::full).map(Session::title).toList();
    List<Session> open = sessions.stream().filter(s -> !full(s)).toList();
    List<Session> rounds = open.stream().filter(s -> fullTitles.contains(s.title())).toList();
    List<Session> limited = open.stream().filter(s -> Capacity.of(s).isPresent()).toList();
    List<Session> chosen = !rounds.isEmpty() ? rounds : limited.isEmpty() ? open : limited;
    // ("Maximaal 30 deelnemers; nog plekken vrij.": one that says so is open whatever else is)
    return open.stream().filter(s -> chosen.contains(s) || Descriptions.firstSentence(List.of(s),
        FullyBooked::saysRoomLeft).isPresent()).toList();
  }

  static Optional<Written> answer(Answering a) {
    List<Session> named = RepeatAsked.of(a.selection().sessions(), a.query());
    // "is de ochtendworkshop vol?" asks it the other way round from "zijn er nog plekken?"
    boolean fullAsked = a.query().hasDetail(nl.dagwijzer.nlu.FullAsked.ASKED);
    // "kan ik me nog aanmelden voor het vertaalatelier?": no, when every one named says it is full
    boolean stillRegister = a.query().hasDetail(nl.dagwijzer.nlu.FullAsked.STILL_REGISTER) && !named.isEmpty()
        && named.stream().allMatch(FullyBooked::full);
    boolean asked = fullAsked || ROOM_WORDS.stream().anyMatch(a.query()::hasDetail) || stillRegister
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
