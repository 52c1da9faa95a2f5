package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "wat kun je winnen?", "valt er iets te winnen?" with nothing named: the sentences of the descriptions that speak of
 * a prize ("Hoofdprijs: een elektrische fiets", "maak kans op een boekenbon", "Het winnende team krijgt ..."), not
 * the bot's help or the sessions of the moment.
 */
final class Prizes {
  private static final Pattern PRIZE = Pattern.compile("(?iu)\\b(win\\w*|hoofdprijs|prijzen|kans op|verlo\\w+)\\b");
  /** More than this many sentences is no answer but a list of the day. */
  private static final int MOST = 3;

  private Prizes() {
  }

  /** Whether the words speak of a prize ("de hoofdprijs"): descriptions say what it is without that word. */
  static boolean named(String words) {
    return PRIZE.matcher(words).find();
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail("te-winnen") || a.selection().named()) {
      return Optional.empty();
    }
    List<String> quotes = new ArrayList<>();
    for (nl.dagwijzer.programme.Session session : a.programme().sessions()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (PRIZE.matcher(sentence).find()) {
          String quote = Descriptions.quoted(session, sentence.strip());
          if (!quotes.contains(quote)) {
            quotes.add(quote);
          }
        }
      }
    }
    return quotes.isEmpty() || quotes.size() > MOST ? Optional.empty() : Optional.of(Written.text(String.join("\n",
        quotes)));
  }
}
