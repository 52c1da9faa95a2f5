package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "gaat de wandeling door als het regent?": the sentence about bad weather of the session asked about, else of the
 * day or of any session ("Bij slecht weer: in zaal Esdoorn", "gaat ook bij regen door"); yes when it goes on, no
 * when it is called off, and that the programme does not say it when no text speaks of the weather.
 */
final class BadWeather {
  /** What a sentence says of bad weather itself, before one that only mentions rain ("een regenjas"). */
  private static final List<Pattern> WEATHER = List.of(Pattern.compile("\\bbij (regen|slecht weer|elk weer|onweer)\\b"
      + "|\\bslecht weer\\b|\\belk weer\\b|\\bweer en wind\\b"), Pattern.compile("\\bregenjas\\b|\\bregen\\b"));
  /** What a sentence says of clouds: "Bij bewolking is het dak dicht", "gaat ook door bij bewolking". */
  private static final List<Pattern> CLOUDED = List.of(Pattern.compile("\\bbewolk\\p{L}*|\\bmist\\p{L}*"));
  private static final Pattern CALLED_OFF = Pattern.compile("\\bafgelast\\b|\\bniet door\\b|\\bvervalt\\b"
      + "|\\bis (het|de) \\p{L}+ dicht\\b|\\balleen bij heldere hemel\\b");

  private BadWeather() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith(Detail.BAD_WEATHER)).findFirst();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    boolean yesNo = asked.get().endsWith(":ja-nee") || a.query().asked() == nl.dagwijzer.nlu.Asked.YESNO;
    List<Session> named = a.selection().named() ? a.sessions() : List.of();
    List<Session> order = new ArrayList<>(named);
    a.programme().sessions().stream().filter(s -> !named.contains(s)).forEach(order::add);
    for (Pattern weather : asked.get().contains(Detail.CLOUDS) ? CLOUDED : WEATHER) {
      for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
        if (named.isEmpty() && says(weather, sentence)) {
          return Optional.of(Written.text(DutchText.capitalise(verdict(yesNo, sentence)
              + Descriptions.fromDay(sentence))));
        }
      }
      for (Session session : order) {
        for (String sentence : DescriptionIndex.sentences(session)) {
          if (says(weather, sentence)) {
            return Optional.of(Written.text(DutchText.capitalise(verdict(yesNo, sentence)
                + Descriptions.from(session, sentence))).turningTo(List.of(session)));
          }
        }
      }
    }
    return Optional.of(Written.text(asked.get().contains(Detail.CLOUDS)
        ? "Wat er bij bewolking gebeurt, staat niet in het programma."
        : "Wat er bij slecht weer gebeurt, staat niet in het programma."));
  }

  private static boolean says(Pattern weather, String sentence) {
    return weather.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /** "Ja, " when a yes/no is asked and the sentence does not call it off; "Nee, " when it does. */
  private static String verdict(boolean yesNo, String sentence) {
    if (!yesNo) {
      return "";
    }
    return CALLED_OFF.matcher(sentence.toLowerCase(Locale.ROOT)).find() ? "Nee, " : "Ja, ";
  }
}
