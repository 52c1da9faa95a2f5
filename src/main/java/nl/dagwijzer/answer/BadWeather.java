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
  /** What a sentence says of a storm: "bij storm (code oranje) vervalt de optocht". */
  private static final List<Pattern> STORMY = List.of(Pattern.compile("\\bstorm\\p{L}*|\\bonweer\\b|\\bcode (oranje|rood)\\b"));
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
    List<Session> others = a.programme().sessions().stream().filter(s -> !named.contains(s)).toList();
    List<Pattern> kinds = new ArrayList<>(asked.get().contains(Detail.STORM) ? STORMY : List.of());
    kinds.addAll(asked.get().contains(Detail.CLOUDS) ? CLOUDED : WEATHER);
    for (Pattern weather : kinds) {
      // the sessions named first; then the day's own sentence ("bij storm vervalt de optocht" for "de optocht"); then
      // any other session
      Optional<Written> said = inSessions(named, weather, yesNo)
          .or(() -> DescriptionIndex.sentences(a.programme().event().summary()).stream()
              .filter(sentence -> says(weather, sentence)).findFirst()
              .map(sentence -> Written.text(DutchText.capitalise(verdict(yesNo, weather, sentence)
                  + Descriptions.fromDay(sentence)))))
          .or(() -> inSessions(others, weather, yesNo));
      if (said.isPresent()) {
        return said;
      }
    }
    return Optional.of(Written.text(asked.get().contains(Detail.CLOUDS)
        ? "Wat er bij bewolking gebeurt, staat niet in het programma."
        : "Wat er bij slecht weer gebeurt, staat niet in het programma."));
  }

  private static Optional<Written> inSessions(List<Session> sessions, Pattern weather, boolean yesNo) {
    return Descriptions.firstSentence(sessions, sentence -> says(weather, sentence))
        .map(found -> Written.text(DutchText.capitalise(verdict(yesNo, weather, found.getValue())
            + Descriptions.from(found.getKey(), found.getValue()))).turningTo(List.of(found.getKey())));
  }

  private static boolean says(Pattern weather, String sentence) {
    return weather.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * "Ja, " when a yes/no is asked and the sentence does not call it off; "Nee, " when it does, judged by the clause
   * with the weather asked ("Bij regen gaat alles gewoon door; bij storm vervalt de optocht": rain is a yes).
   */
  private static String verdict(boolean yesNo, Pattern weather, String sentence) {
    if (!yesNo) {
      return "";
    }
    String judged = java.util.Arrays.stream(sentence.split(";")).filter(clause -> says(weather, clause)).findFirst()
        .orElse(sentence);
    return CALLED_OFF.matcher(judged.toLowerCase(Locale.ROOT)).find() ? "Nee, " : "Ja, ";
  }
}
