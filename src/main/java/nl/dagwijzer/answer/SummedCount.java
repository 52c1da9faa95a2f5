package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "hoeveel honden zijn er in totaal ingeschreven?" when each judging says "Er zijn 48 honden ingeschreven": the
 * day's own total when its text gives one with the word ("samen 125 bomen"), else the sum of what each session's text
 * gives, with the parts.
 */
final class SummedCount {
  private static final Pattern NUMBER = Pattern.compile("(?iu)\\b(\\d{1,5})\\s+(\\p{L}[\\p{L}'-]*)");
  private static final int SHOWN = 8;
  /** A word the sentences share beside the number, such as "ingeschreven", says they count the same. */
  private static final int SHARED_WORD = 6;

  private SummedCount() {
  }

  static Optional<Written> answer(Answering a) {
    if (a.query().asked() != Asked.COUNT || !a.query().hasDetail("samen")) {
      return Optional.empty();
    }
    List<String> nouns = nouns(a);
    if (nouns.isEmpty()) {
      return Optional.empty();
    }
    List<String> shared = a.query().textWords().stream().filter(w -> w.length() >= SHARED_WORD && !nouns.contains(w))
        .toList();
    Optional<Written> dayTotal = Descriptions.ofDay(a, sentence -> counted(sentence, nouns, List.of()).isPresent());
    if (dayTotal.isPresent()) {
      return dayTotal;
    }
    List<String> parts = new ArrayList<>();
    List<Session> counted = new ArrayList<>();
    java.util.Set<String> titles = new java.util.HashSet<>();
    int total = 0;
    for (Session session : a.programme().sessions()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Optional<Integer> n = counted(sentence, nouns, shared);
        if (n.isPresent() && titles.add(session.title() + "\n" + sentence)) {
          total += n.get();
          parts.add(n.get() + " (" + DutchText.name(session) + ")");
          counted.add(session);
          break;
        }
      }
    }
    if (counted.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(Written.text(total + " " + nouns.get(0) + " in totaal: "
        + DutchText.join(parts.size() <= SHOWN + 1 ? parts : more(parts)) + ".").turningTo(counted));
  }

  private static List<String> more(List<String> parts) {
    List<String> shown = new ArrayList<>(parts.subList(0, SHOWN));
    shown.add("nog " + (parts.size() - SHOWN) + " meer");
    return shown;
  }

  /** The words counted: the one "hoeveel" asks for, else the single words the question names things by. */
  private static List<String> nouns(Answering a) {
    Optional<String> howMany = a.query().all(Detail.class).stream().flatMap(d -> d.howMany().stream()).findFirst();
    if (howMany.isPresent()) {
      return List.of(howMany.get());
    }
    return a.query().all(Condition.About.class).stream().map(c -> c.entity().text().toLowerCase(Locale.ROOT))
        .filter(t -> !t.contains(" ") && t.length() >= 4).distinct().toList();
  }

  /** The number the sentence gives of the noun, or of any noun beside a word the question shares with it. */
  private static Optional<Integer> counted(String sentence, List<String> nouns, List<String> shared) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(lower);
    while (m.find()) {
      String after = lower.substring(m.end()).stripLeading();
      // ("Er zijn 31 terriërs ingeschreven" beside "honden ingeschreven": the word right after the thing counted)
      if (nouns.contains(m.group(2)) || shared.stream().anyMatch(after::startsWith)) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }
}
