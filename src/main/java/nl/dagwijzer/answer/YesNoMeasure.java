package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.YesNoWords;
import nl.dagwijzer.programme.Session;

/**
 * "kan mijn zoon van 1,25 meter in de Mijnwerker?" when a description says "Voor De Mijnwerker moet je minimaal 1,30
 * meter lang zijn", "mag ik 10 euro zakgeld meegeven?" against "maximaal €5 zakgeld": yes or no by that minimum or
 * maximum ("alleen voor kinderen vanaf 1,20 meter" is a minimum too), quoted. The sentence with a word of the
 * question comes first (the sessions asked about, then the day).
 */
final class YesNoMeasure {
  private static final Pattern LIMIT = Pattern.compile("(?iu)\\b(minimaal|minstens|ten minste|vanaf|maximaal|max\\.?"
      + "|hoogstens|niet meer dan)\\s+(€\\s*)?(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(meter|m|cm|centimeter|euro|kilo|kg|km"
      + "|kilometer)?\\b");

  private record Limit(boolean minimum, double amount) {
    boolean allows(double asked) {
      return minimum ? asked >= amount : asked <= amount;
    }
  }

  private YesNoMeasure() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String[]> asked = a.query().all(Detail.class).stream().flatMap(d -> YesNoWords.measure(d).stream())
        .findFirst();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    double amount = Double.parseDouble(asked.get()[0]);
    String unit = asked.get()[1];
    List<String> words = a.query().textWords();
    List<Session> pool = a.selection().named() ? a.selection().sessions() : List.of();
    for (boolean needWords : List.of(true, false)) {
      for (List<Session> sessions : List.of(pool, a.programme().sessions())) {
        for (Session session : sessions) {
          for (String sentence : DescriptionIndex.sentences(session)) {
            Optional<Limit> limit = limit(sentence, unit);
            if (limit.isPresent() && (!needWords || hasWord(sentence, words))) {
              return Optional.of(Written.text((limit.get().allows(amount) ? "Ja, " : "Nee, ")
                  + Descriptions.from(session, sentence)).turningTo(List.of(session)));
            }
          }
        }
      }
      for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
        Optional<Limit> limit = limit(sentence, unit);
        if (limit.isPresent() && (!needWords || hasWord(sentence, words))) {
          return Optional.of(Written.text((limit.get().allows(amount) ? "Ja, " : "Nee, ")
              + Descriptions.fromDay(sentence)));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasWord(String sentence, List<String> words) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(w -> w.length() >= 4 && lower.contains(w));
  }

  /** The first minimum or maximum in {@code unit} the sentence gives ("€5" is in euro). */
  private static Optional<Limit> limit(String sentence, String unit) {
    Matcher m = LIMIT.matcher(sentence);
    while (m.find()) {
      String written = m.group(2) != null ? "euro" : m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
      String said = switch (written) {
        case "m" -> "meter";
        case "centimeter" -> "cm";
        case "kilo" -> "kg";
        case "kilometer" -> "km";
        default -> written;
      };
      if (said.equals(unit)) {
        String bound = m.group(1).toLowerCase(Locale.ROOT);
        boolean minimum = bound.startsWith("min") || bound.equals("ten minste") || bound.equals("vanaf");
        return Optional.of(new Limit(minimum, Double.parseDouble(m.group(3).replace(',', '.'))));
      }
    }
    return Optional.empty();
  }
}
