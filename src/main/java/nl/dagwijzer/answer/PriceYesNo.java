package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.ComparedPrice;
import nl.dagwijzer.programme.Session;

/**
 * "is een avondkaart goedkoper dan een dagkaart?" against "Dagkaart € 12,00, avondkaart € 8,00": the price after each
 * word in one sentence compared; "is de boottocht duurder dan de zonsopkomstwandeling?": the two sessions' own first
 * prices; "is de herderslunch goedkoper voor kinderen?", "is een kaartje online goedkoper?": yes, with the sentence
 * that prices that condition beside another price or a discount. Nothing when no sentence says it.
 */
final class PriceYesNo {
  private static final Pattern CHEAPER = Pattern.compile("(?iu)\\b(korting|goedkoper|gratis|minder)\\b");

  private PriceYesNo() {
  }

  /** A sentence quoted, with the session it is from (none for the day's own). */
  private record Quoted(Session session, String sentence) {
    String said() {
      return session == null ? Descriptions.fromDay(sentence) : Descriptions.from(session, sentence);
    }

    Written reply(boolean yes) {
      Written written = Written.text((yes ? "Ja, " : "Nee, ") + said());
      return session == null ? written : written.turningTo(List.of(session));
    }
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = a.query().detailAfter(ComparedPrice.PREFIX);
    if (asked.isEmpty() || a.query().asked() != Asked.YESNO) {
      return Optional.empty();
    }
    String[] parts = asked.get().split(":", -1);
    boolean lower = parts[0].equals("lager");
    List<String> before = words(parts[1]);
    List<String> after = words(parts[2]);
    boolean than = parts[3].equals("dan");
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    List<Session> titled = YesNoJoinedKind.distinct(named);
    if (than && titled.size() == 2) {
      // the one said before "duurder dan" first
      boolean swap = saidIn(titled.get(1), before) && !saidIn(titled.get(0), before);
      return twoSessions(swap ? List.of(titled.get(1), titled.get(0)) : titled, lower);
    }
    // the sessions named first, then the day's own text, then any session
    List<Quoted> all = new ArrayList<>();
    named.forEach(s -> DescriptionIndex.sentences(s).forEach(t -> all.add(new Quoted(s, t))));
    DescriptionIndex.sentences(a.programme().event().summary()).forEach(t -> all.add(new Quoted(null, t)));
    a.programme().sessions().stream().filter(s -> !named.contains(s))
        .forEach(s -> DescriptionIndex.sentences(s).forEach(t -> all.add(new Quoted(s, t))));
    List<String> condition = after.isEmpty() ? before : after;
    for (Quoted quoted : all) {
      Optional<Boolean> yes = than ? compared(quoted.sentence(), before, after, lower)
          : discounted(quoted.sentence(), condition);
      if (yes.isPresent()) {
        return Optional.of(quoted.reply(yes.get()));
      }
    }
    return than ? apart(all, before, after, lower) : Optional.empty();
  }

  /** "Avondkaart, geldig vanaf 18:00: €8,00." and "Dagkaart: €12,50.": each price from a sentence of its own. */
  private static Optional<Written> apart(List<Quoted> all, List<String> before, List<String> after, boolean lower) {
    Optional<Quoted> one = all.stream().filter(q -> after(q.sentence().toLowerCase(Locale.ROOT), before).isPresent())
        .findFirst();
    Optional<Quoted> other = all.stream().filter(q -> one.filter(q::equals).isEmpty()
        && after(q.sentence().toLowerCase(Locale.ROOT), after).isPresent()).findFirst();
    if (one.isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    double first = after(one.get().sentence().toLowerCase(Locale.ROOT), before).orElseThrow().euros();
    double second = after(other.get().sentence().toLowerCase(Locale.ROOT), after).orElseThrow().euros();
    boolean yes = lower ? first < second : first > second;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + one.get().said() + "\n"
        + DutchText.capitalise(other.get().said())));
  }

  private static Optional<Written> twoSessions(List<Session> two, boolean lower) {
    Optional<String> first = firstPriced(two.get(0));
    Optional<String> second = firstPriced(two.get(1));
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    double one = Amounts.in(first.get()).get(0);
    double other = Amounts.in(second.get()).get(0);
    boolean yes = lower ? one < other : one > other;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + Descriptions.from(two.get(0), first.get()) + "\n"
        + DutchText.capitalise(Descriptions.from(two.get(1), second.get()))).turningTo(two));
  }

  private static boolean saidIn(Session session, List<String> words) {
    String title = (session.title() + " " + String.join(" ", session.aliases())).toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(title::contains);
  }

  private static Optional<String> firstPriced(Session session) {
    return DescriptionIndex.sentences(session).stream().filter(s -> !Amounts.in(s).isEmpty()).findFirst();
  }

  /** Whether the price after a word of {@code before} is lower (higher) than the one after a word of {@code after}. */
  private static Optional<Boolean> compared(String sentence, List<String> before, List<String> after,
                                            boolean lower) {
    String text = sentence.toLowerCase(Locale.ROOT);
    Optional<Amounts.At> one = after(text, before);
    Optional<Amounts.At> other = after(text, after);
    if (one.isEmpty() || other.isEmpty() || one.get().start() == other.get().start()) {
      return Optional.empty();
    }
    return Optional.of(lower ? one.get().euros() < other.get().euros() : one.get().euros() > other.get().euros());
  }

  /** Yes where the sentence prices the condition beside another price or a discount. */
  private static Optional<Boolean> discounted(String sentence, List<String> condition) {
    String text = sentence.toLowerCase(Locale.ROOT);
    int count = Amounts.in(text).size();
    return condition.stream().anyMatch(text::contains) && count >= 1 && (count >= 2 || CHEAPER.matcher(text).find())
        ? Optional.of(true) : Optional.empty();
  }

  /** The nearest price after the first place a word of {@code words} stands. */
  private static Optional<Amounts.At> after(String text, List<String> words) {
    Optional<Amounts.At> found = Optional.empty();
    for (String word : words) {
      int at = text.indexOf(word);
      Optional<Amounts.At> price = at < 0 ? Optional.empty() : Amounts.first(text, at);
      if (price.isPresent() && (found.isEmpty() || price.get().start() < found.get().start())) {
        found = price;
      }
    }
    return found;
  }

  private static List<String> words(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
