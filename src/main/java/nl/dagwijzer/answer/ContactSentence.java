package nl.dagwijzer.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Speaker;

/**
 * "wat is het telefoonnummer van Joyce?" where the day's description says "bel Joyce van den Berg op 06-12345678":
 * the sentence that gives a number or address together with the person's name, from the day's description or a
 * session's.
 */
final class ContactSentence {
  private static final Pattern PHONE = Pattern.compile("(\\+31|\\b0)\\d{1,3}[- ]?\\d{6,8}\\b");
  /** A phone number or an e-mail address. */
  private static final Pattern CONTACT = Pattern.compile(PHONE.pattern() + "|[\\w.-]+@[\\w-]+\\.[\\w.]+");

  private ContactSentence() {
  }

  /** More sentences with a number than this are a list of the day's contacts, not the number asked for. */
  private static final int MOST = 2;

  /**
   * "wie moet ik bellen als ik te laat ben?" with no one named: the sentences of the day with a phone number in them
   * ("Vragen op de dag zelf of afmelden: bel Joyce van den Berg op 06-12345678."), when there are one or two.
   */
  static Optional<Written> phone(Answering a) {
    boolean asked = a.query().all(nl.dagwijzer.nlu.Detail.class).stream().anyMatch(d -> d.contact()
        .filter(c -> c.equals("telefoonnummer") || c.equals("nummer")).isPresent());
    boolean named = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SPEAKER);
    if (!asked || named) {
      return Optional.empty();
    }
    java.util.List<String> quotes = new java.util.ArrayList<>();
    DescriptionIndex.sentences(a.programme().event().summary()).stream().filter(s -> PHONE.matcher(s).find())
        .map(Descriptions::fromDay).map(DutchText::capitalise).forEach(quotes::add);
    for (nl.dagwijzer.programme.Session session : a.programme().sessions()) {
      DescriptionIndex.sentences(session).stream().filter(s -> PHONE.matcher(s).find())
          .map(s -> Descriptions.quoted(session, s.strip())).filter(q -> !quotes.contains(q)).forEach(quotes::add);
    }
    return quotes.isEmpty() || quotes.size() > MOST ? Optional.empty()
        : Optional.of(Written.text(String.join("\n", quotes)));
  }

  static Optional<String> of(Answering a, Speaker speaker) {
    String name = speaker.name().toLowerCase(Locale.ROOT);
    java.util.function.Predicate<String> says = sentence -> CONTACT.matcher(sentence).find()
        && sentence.toLowerCase(Locale.ROOT).contains(name);
    return Descriptions.anywhereSaying(a, says).map(Written::text);
  }
}
