package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Quantities;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Session;

/**
 * "hoe lang duurt één pitch?", "hoeveel tijd krijgt elk team?": the length of one of several things inside a session,
 * which only a description can give ("Elke pitch duurt zeven minuten"); the session's own times give the whole.
 */
final class UnitLength {
  private static final Pattern LENGTH = Pattern.compile("\\b(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
      + "twaalf|vijftien|twintig|dertig|veertig|half|anderhalf)\\s+(minuten|minuut|kwartier|uur)\\b");
  /** A word and its written forms share this many letters ("gesprek", "gesprekken"). */
  private static final int STEM = 4;
  private static final Quantities QUANTITIES = new Quantities();
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  private final TextNormaliser normaliser = new TextNormaliser();
  private final Answering a;

  UnitLength(Answering answering) {
    this.a = answering;
  }

  /**
   * "duurt een pitch vijf minuten?", "duurt een pitch een kwartier?": yes or no on the length one description sentence
   * gives for one of the things asked about ("Elke pitch duurt zeven minuten").
   */
  Optional<Written> yesNo() {
    Optional<Condition.Lasting> lasting = a.query().first(Condition.Lasting.class);
    Optional<Predicate<String>> says = saying();
    if (lasting.isEmpty() || says.isEmpty()) {
      return Optional.empty();
    }
    // the length asked about filters nothing here: it is what the answer checks
    List<Session> among = a.selection().named() ? a.selection().subject() : a.programme().sessions();
    for (Session session : among) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Optional<Written> judged = judged(sentence, says.get(), lasting.get(), DutchText.name(session));
        if (judged.isPresent()) {
          return Optional.of(judged.get().turningTo(List.of(session)));
        }
      }
    }
    // "duurt een gesprek een half uur?" when the day's own description says "Een gesprek duurt 20 minuten"
    for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
      Optional<Written> judged = judged(sentence.strip(), says.get(), lasting.get(), "de dag");
      if (judged.isPresent()) {
        return judged;
      }
    }
    return Optional.empty();
  }

  /** "Ja, uit de beschrijving van X: ..." or "Nee, ..." when {@code sentence} gives the length asked about. */
  private Optional<Written> judged(String sentence, Predicate<String> says, Condition.Lasting lasting, String of) {
    Optional<Integer> minutes = says.test(sentence) ? QUANTITIES.find(normaliser.tokens(sentence))
        .lengths().stream().findFirst().map(Quantities.Length::minutes) : Optional.empty();
    return minutes.map(m -> Written.text((Resolver.compare(m, lasting.comparison(), lasting.minutes()) ? "Ja, "
        : "Nee, ") + "uit de beschrijving van " + of + ": " + sentence));
  }

  Optional<Written> answer() {
    Optional<Predicate<String>> says = saying();
    if (says.isEmpty()) {
      return Optional.empty();
    }
    List<Session> among = a.selection().sessions().isEmpty() ? a.programme().sessions() : a.selection().sessions();
    // "hoe lang duurt een gesprek?" when the day's own description says "Een gesprek duurt 20 minuten"
    return Descriptions.firstSaying(among, says.get()).or(() -> a.selection().sessions().isEmpty()
        ? Descriptions.ofDay(a, says.get()) : Optional.empty());
  }

  /**
   * "hoe lang duurt een tabletles?" of a station open three hours whose description says "elke les duurt 30 minuten":
   * that sentence, when the length it gives is shorter than the session.
   */
  static Optional<String> within(Session session) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      if (LENGTH.matcher(NORMALISER.normalise(sentence)).find() && QUANTITIES.find(NORMALISER.tokens(sentence))
          .lengths().stream().findFirst().filter(l -> l.minutes() < session.lengthMinutes()).isPresent()) {
        return Optional.of(sentence);
      }
    }
    return Optional.empty();
  }

  /** For the one thing asked about ("per:pitch"): whether a sentence gives a length and names that thing. */
  private Optional<Predicate<String>> saying() {
    Optional<String> unit = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith("per:")).map(w -> w.substring(4)).findFirst();
    return unit.map(u -> u.substring(0, Math.min(STEM, u.length()))).map(stem -> sentence ->
        LENGTH.matcher(normaliser.normalise(sentence)).find()
        && normaliser.tokens(sentence).stream().anyMatch(t -> t.startsWith(stem)));
  }
}
