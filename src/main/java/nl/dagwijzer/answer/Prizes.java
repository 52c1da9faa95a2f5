package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "wat kun je winnen?", "valt er iets te winnen?" with nothing named: the sentences of the descriptions that speak of
 * a prize ("Hoofdprijs: een elektrische fiets", "maak kans op een boekenbon", "Het winnende team krijgt ..."), not
 * the bot's help or the sessions of the moment.
 */
final class Prizes {
  private static final Pattern PRIZE = Pattern.compile("(?iu)\\b(win\\w*|hoofdprijs|prijzen|kans op|verlo\\w+)\\b");
  /** "de posterprijs", "de publieksprijs": a prize by its name; not what a ticket costs. */
  private static final Pattern NAMED_PRIZE = Pattern.compile("(?iu)\\b(?!toegangs|entree|kost)\\p{L}{4,}prijs\\b");
  /** A sentence that says what the prizes are ("Hoofdprijs: ...", "Er zijn 3 prijzen: ..."). */
  private static final Pattern GIVEN = Pattern.compile("(?iu)\\b(hoofdprijs|\\d+e prijs|prijs:|prijzen:|kans op)");
  /** More than this many sentences is no answer but a list of the day. */
  private static final int MOST = 3;
  /** Sentences quoted beside a yes: the prize and, at most, what it is worth. */
  private static final int QUOTED = 2;

  private Prizes() {
  }

  /** Whether the words speak of a prize ("de hoofdprijs"): descriptions say what it is without that word. */
  static boolean named(String words) {
    return PRIZE.matcher(words).find();
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail("te-winnen")) {
      return Optional.empty();
    }
    if (a.query().asked() == Asked.YESNO) {
      return yesOrNo(a);
    }
    if (a.selection().named()) {
      // "wat kun je winnen bij de verloting?": what its own texts give as the prizes, not a sentence with "winnen"
      // (how many there are is counted elsewhere)
      List<String> given = a.query().asked() == Asked.COUNT ? List.of()
          : said(a.sessionsNamed(), sentence -> GIVEN.matcher(sentence).find(), Integer.MAX_VALUE);
      return given.isEmpty() || given.size() > MOST ? Optional.empty()
          : Optional.of(Written.text(String.join("\n", given)));
    }
    List<String> quotes = said(a.programme().sessions(), sentence -> PRIZE.matcher(sentence).find(), Integer.MAX_VALUE);
    if (quotes.isEmpty() || quotes.size() > MOST) {
      return Optional.empty();
    }
    return Optional.of(Written.text(String.join("\n", quotes)));
  }

  /**
   * "is er een prijs voor de quiz?", "heeft de provincie een eigen prijs?", "krijgen de winnaars van de halve een
   * prijs?": yes, with the sentences that give it. The question's other words pick the sentence ("De Open Dataprijs
   * van de provincie ..."), then the named session's own prizes, then a prize given elsewhere in the named session's
   * name (at "Prijsuitreiking halve marathon"); no when a named session has none anywhere. Nothing when nothing is
   * named and no description gives a prize: then the question is answered as any other.
   */
  private static Optional<Written> yesOrNo(Answering a) {
    // ("valt er op het bal een taart te winnen?" names the ball beside the topic of prizes: the ball)
    List<Session> named = a.sessionsNamed();
    List<String> words = words(a, false);
    List<String> names = words(a, true).stream().filter(w -> !words.contains(w)).toList();
    List<String> quotes = words.isEmpty() ? said(named, List.of()) : said(named, words);
    if (quotes.isEmpty() && !words.isEmpty()) {
      quotes = said(a.programme().sessions(), words);
    }
    if (quotes.isEmpty() && !named.isEmpty() && !words.isEmpty()) {
      quotes = said(named, List.of());
    }
    if (quotes.isEmpty() && !named.isEmpty() && !names.isEmpty()) {
      quotes = said(a.programme().sessions(), names);
    }
    if (quotes.isEmpty() && named.isEmpty() && words.isEmpty()) {
      quotes = said(a.programme().sessions(), List.of());
    }
    if (!quotes.isEmpty()) {
      return Optional.of(Written.text("Ja, " + DutchText.lowerFirst(String.join("\n", quotes))));
    }
    if (named.size() == 1) {
      return Optional.of(Written.text("Nee, een prijs bij " + DutchText.spanned(named.get(0))
          + " staat niet in het programma."));
    }
    return Optional.empty();
  }

  /** At most {@code most} sentences of {@code sessions} that {@code says}, each once, quoted. */
  private static List<String> said(List<Session> sessions, java.util.function.Predicate<String> says, int most) {
    List<String> quotes = new ArrayList<>();
    for (Session session : sessions) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (quotes.size() < most && says.test(sentence)) {
          String quote = Descriptions.quoted(session, sentence.strip());
          if (!quotes.contains(quote)) {
            quotes.add(quote);
          }
        }
      }
    }
    return quotes;
  }

  /** The prize sentences of {@code sessions} with one of {@code words} (any, when there are none), at most two. */
  private static List<String> said(List<Session> sessions, List<String> words) {
    return said(sessions, sentence -> (PRIZE.matcher(sentence).find() || NAMED_PRIZE.matcher(sentence).find())
        && (words.isEmpty() || words.stream().anyMatch(sentence.toLowerCase(java.util.Locale.ROOT)::contains)), QUOTED);
  }

  /** The words of the question beside the sessions named (or with their names): what the prize must be for. */
  private static List<String> words(Answering a, boolean withNames) {
    List<String> words = new ArrayList<>(a.query().textWords());
    a.query().all(Condition.About.class).stream()
        .filter(about -> withNames || about.entity().type() != EntityType.SESSION)
        .forEach(about -> words.add(about.entity().text().toLowerCase(java.util.Locale.ROOT)));
    return words.stream().filter(w -> w.length() >= 4 && !PRIZE.matcher(w).find() && !w.contains("prijs")).toList();
  }
}
