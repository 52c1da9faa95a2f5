package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.LabelledItem;
import nl.dagwijzer.programme.Session;

/**
 * "hoe laat gaat de tweede startgolf van de 60 km?" of a route whose description says "Startgolven: golf 1 om 08:00,
 * golf 2 om 08:30, golf 3 om 09:00": the time of the item asked, quoted; "hoe lang nog tot golf 3?" the wait for it.
 */
final class LabelledTime {
  /** "golf 2 om 08:30", "ronde 3 om 14:15": a word, its number and its time. */
  private static final Pattern ITEM = Pattern.compile("\\b(\\p{L}{3,})\\s+(\\d{1,2})\\s+om\\s+([01]?\\d|2[0-3])[:.]"
      + "([0-5]\\d)\\b");

  private record Item(Session session, String sentence, String label, int number, LocalTime time) {
  }

  private LabelledTime() {
  }

  /** The time of the item asked. */
  static Optional<Written> when(Answering a) {
    return item(a).map(i -> Written.text(DutchText.capitalise(i.label() + " " + i.number()) + " is om "
        + DutchText.time(i.time()) + "; " + Descriptions.from(i.session(), i.sentence()))
        .turningTo(List.of(i.session())));
  }

  /** How long until the item asked, when it is still to come. */
  static Optional<Written> waitFor(Answering a) {
    return item(a).filter(i -> i.time().isAfter(a.now())).map(i -> Written.text("Nog "
        + DutchText.minutes((int) java.time.Duration.between(a.now(), i.time()).toMinutes()) + ": "
        + i.label() + " " + i.number() + " is om " + DutchText.time(i.time()) + "; "
        + Descriptions.from(i.session(), i.sentence())).turningTo(List.of(i.session())));
  }

  private static Optional<Item> item(Answering a) {
    Optional<LabelledItem.Asked> asked = LabelledItem.asked(a.query());
    List<Session> named = a.selection().subject();
    if (asked.isEmpty() || named.isEmpty() || named.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    for (Session session : named) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
          if (fits(m.group(1), asked.get().word())) {
            items.add(new Item(session, sentence, m.group(1), Integer.parseInt(m.group(2)),
                LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))));
          }
        }
        if (items.size() >= 2) {
          return asked.get().last() ? Optional.of(items.get(items.size() - 1))
              : items.stream().filter(i -> i.number() == asked.get().number()).findFirst();
        }
      }
    }
    return Optional.empty();
  }

  /** "golf" asked as "golf", "startgolf" or "golven". */
  private static boolean fits(String label, String word) {
    return word.equals(label) || word.endsWith(label) || word.startsWith(label.substring(0, label.length() - 1));
  }
}
