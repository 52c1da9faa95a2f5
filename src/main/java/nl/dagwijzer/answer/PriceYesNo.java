package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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
  private static final Pattern PRICE = Pattern.compile("€\\s?(\\d{1,5})(?:[,.](\\d{2}))?|(\\d{1,5})(?:,(\\d{2}))?"
      + "\\s?euro");
  private static final Pattern CHEAPER = Pattern.compile("(?iu)\\b(korting|goedkoper|gratis|minder)\\b");

  private PriceYesNo() {
  }

  /** The first price at or after {@code from} in {@code text}, in cents, and where it stands. */
  private record Price(long cents, int at) {
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
    List<Session> titled = named.stream().filter(s -> named.stream().filter(o -> o.title().equals(s.title()))
        .findFirst().orElseThrow() == s).toList();
    if (than && titled.size() == 2) {
      // the one said before "duurder dan" first
      boolean swap = saidIn(titled.get(1), before) && !saidIn(titled.get(0), before);
      return twoSessions(swap ? List.of(titled.get(1), titled.get(0)) : titled, lower);
    }
    List<String> condition = after.isEmpty() ? before : after;
    java.util.function.Function<String, Optional<Boolean>> says = sentence -> than
        ? compared(sentence, before, after, lower) : discounted(sentence, condition);
    // the sessions named first, then the day's own text, then any session
    Optional<Written> ofNamed = inSessions(named, says);
    if (ofNamed.isPresent()) {
      return ofNamed;
    }
    for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
      Optional<Boolean> yes = says.apply(sentence);
      if (yes.isPresent()) {
        return Optional.of(Written.text((yes.get() ? "Ja, " : "Nee, ") + Descriptions.fromDay(sentence)));
      }
    }
    List<Session> others = a.programme().sessions().stream().filter(s -> !named.contains(s)).toList();
    Optional<Written> ofOthers = inSessions(others, says);
    return ofOthers.isPresent() || !than ? ofOthers : apart(a, named, others, before, after, lower);
  }

  /** A sentence quoted, with the session it is from (none for the day's own). */
  private record Quoted(Session session, String sentence) {
    String said() {
      return session == null ? Descriptions.fromDay(sentence) : Descriptions.from(session, sentence);
    }
  }

  /** "Avondkaart, geldig vanaf 18:00: €8,00." and "Dagkaart: €12,50.": each price from a sentence of its own. */
  private static Optional<Written> apart(Answering a, List<Session> named, List<Session> others, List<String> before,
                                         List<String> after, boolean lower) {
    List<Quoted> all = new java.util.ArrayList<>();
    named.forEach(s -> DescriptionIndex.sentences(s).forEach(t -> all.add(new Quoted(s, t))));
    DescriptionIndex.sentences(a.programme().event().summary()).forEach(t -> all.add(new Quoted(null, t)));
    others.forEach(s -> DescriptionIndex.sentences(s).forEach(t -> all.add(new Quoted(s, t))));
    Optional<Quoted> one = all.stream().filter(q -> after(q.sentence().toLowerCase(Locale.ROOT), before).isPresent())
        .findFirst();
    Optional<Quoted> other = all.stream().filter(q -> one.filter(q::equals).isEmpty()
        && after(q.sentence().toLowerCase(Locale.ROOT), after).isPresent()).findFirst();
    if (one.isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    long first = after(one.get().sentence().toLowerCase(Locale.ROOT), before).orElseThrow().cents();
    long second = after(other.get().sentence().toLowerCase(Locale.ROOT), after).orElseThrow().cents();
    boolean yes = lower ? first < second : first > second;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + one.get().said() + "\n"
        + DutchText.capitalise(other.get().said())));
  }

  private static Optional<Written> inSessions(List<Session> sessions,
                                              java.util.function.Function<String, Optional<Boolean>> says) {
    for (Session session : sessions) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Optional<Boolean> yes = says.apply(sentence);
        if (yes.isPresent()) {
          return Optional.of(Written.text((yes.get() ? "Ja, " : "Nee, ") + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Written> twoSessions(List<Session> two, boolean lower) {
    Optional<String> first = firstPriced(two.get(0));
    Optional<String> second = firstPriced(two.get(1));
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    long one = price(first.get(), 0).orElseThrow().cents();
    long other = price(second.get(), 0).orElseThrow().cents();
    boolean yes = lower ? one < other : one > other;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + Descriptions.from(two.get(0), first.get()) + "\n"
        + DutchText.capitalise(Descriptions.from(two.get(1), second.get()))).turningTo(two));
  }

  private static boolean saidIn(Session session, List<String> words) {
    String title = (session.title() + " " + String.join(" ", session.aliases())).toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(title::contains);
  }

  private static Optional<String> firstPriced(Session session) {
    return DescriptionIndex.sentences(session).stream().filter(s -> PRICE.matcher(s).find()).findFirst();
  }

  /** Whether the price after a word of {@code before} is lower (higher) than the one after a word of {@code after}. */
  private static Optional<Boolean> compared(String sentence, List<String> before, List<String> after,
                                            boolean lower) {
    String text = sentence.toLowerCase(Locale.ROOT);
    Optional<Price> one = after(text, before);
    Optional<Price> other = after(text, after);
    if (one.isEmpty() || other.isEmpty() || one.get().at() == other.get().at()) {
      return Optional.empty();
    }
    return Optional.of(lower ? one.get().cents() < other.get().cents() : one.get().cents() > other.get().cents());
  }

  /** Yes where the sentence prices the condition beside another price or a discount. */
  private static Optional<Boolean> discounted(String sentence, List<String> condition) {
    String text = sentence.toLowerCase(Locale.ROOT);
    boolean named = condition.stream().anyMatch(text::contains);
    Matcher prices = PRICE.matcher(text);
    int count = 0;
    while (prices.find()) {
      count++;
    }
    return named && count >= 1 && (count >= 2 || CHEAPER.matcher(text).find()) ? Optional.of(true)
        : Optional.empty();
  }

  private static Optional<Price> after(String text, List<String> words) {
    Optional<Price> found = Optional.empty();
    for (String word : words) {
      int at = text.indexOf(word);
      Optional<Price> price = at < 0 ? Optional.empty() : price(text, at);
      if (price.isPresent() && (found.isEmpty() || price.get().at() < found.get().at())) {
        found = price;
      }
    }
    return found;
  }

  private static Optional<Price> price(String text, int from) {
    Matcher m = PRICE.matcher(text);
    if (!m.find(from)) {
      return Optional.empty();
    }
    String euros = m.group(1) != null ? m.group(1) : m.group(3);
    String cents = m.group(1) != null ? m.group(2) : m.group(4);
    return Optional.of(new Price(Long.parseLong(euros) * 100 + (cents == null ? 0 : Long.parseLong(cents)),
        m.start()));
  }

  private static List<String> words(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
