package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "mag ik zelf een aannemer kiezen?", "kan ik bij de ingang een rolstoel lenen?": whether one may or can do
 * something, by the verb at the end. Read as {@code kan:kiezen}, so the answer can tell a session being there from
 * what is asked of it. Coming to it ("mag ik naar het ontbijt?", "mag ik meedoen?") is {@code kan:komen}, which its
 * being there answers unless its description says who may come.
 */
final class AbilityVerb {
  private static final Set<String> MODALS = Set.of("mag", "mogen", "kan", "kun", "kunnen", "kunt", "magik", "kanik");
  private static final Set<String> SUBJECTS = Set.of("ik", "je", "jij", "we", "wij", "u", "men", "mijn", "m'n", "mn",
      "ons", "onze", "een", "kinderen", "ouders", "iedereen");
  /** Coming to a session, which its being on the programme answers. */
  private static final Set<String> ATTENDING = Set.of("gaan", "komen", "zijn", "meedoen", "deelnemen", "bijwonen",
      "kijken", "luisteren", "zien", "volgen", "binnen", "naartoe", "heen", "bij", "aansluiten", "aanschuiven",
      "komen kijken", "terecht", "langskomen", "langs", "meekomen", "mee", "blijven", "zitten", "staan", "doen",
      "inschrijven", "aanmelden", "opgeven", "stellen");
  private static final int SHORTEST = 4;
  /** Words after a verb that say where or when it is done, not what is done. */
  private static final Set<String> PLACE_OR_TIME = Set.of("in", "op", "bij", "tijdens", "na", "voor", "aan", "onder");
  /** What {@code kan:komen} stands for: whether one may come to what is named. */
  static final String COMING = "komen";

  private AbilityVerb() {
  }

  private static boolean isVerb(String word) {
    return word.length() >= SHORTEST && word.endsWith("en") && word.chars().allMatch(Character::isLetter);
  }

  static Optional<Detail> of(List<String> tokens) {
    int k = QuestionForm.firstWord(tokens);
    if (k + 2 >= tokens.size() || !MODALS.contains(tokens.get(k)) || !SUBJECTS.contains(tokens.get(k + 1))) {
      return Optional.empty();
    }
    String last = tokens.get(tokens.size() - 1);
    String next = tokens.get(k + 2);
    if (tokens.contains("meenemen") && !last.equals("meenemen")) {
      // "mag ik mijn cv meenemen naar de B1-tafel?": bringing something, wherever the verb stands
      return Optional.of(new Detail(Detail.ABILITY + "meenemen"));
    }
    // "kan ik douchen na het zeilen?": the verb right after the subject, where the last word is a verb made a noun
    if (isVerb(next) && !ATTENDING.contains(next) && tokens.size() - 2 > k + 2 && isVerb(last)
        && tokens.get(tokens.size() - 2).equals("het")) {
      return Optional.of(new Detail(Detail.ABILITY + next));
    }
    // "mag ik picknicken in de tuin?": the verb right after the subject, then where or when
    if (isVerb(next) && !ATTENDING.contains(next) && !MODALS.contains(next) && k + 3 < tokens.size()
        && PLACE_OR_TIME.contains(tokens.get(k + 3))) {
      return Optional.of(new Detail(Detail.ABILITY + next));
    }
    boolean verb = isVerb(last);
    if (verb && !ATTENDING.contains(last)) {
      return Optional.of(new Detail(Detail.ABILITY + last));
    }
    // "mag ik naar het investeerdersontbijt?", "mag ik bij de ceremonie zijn?": coming to it
    boolean coming = ATTENDING.contains(last) || tokens.get(k + 2).equals("naar") || tokens.get(k + 2).equals("bij");
    // ("kan ik me om half 10 nog inschrijven?", "kan ik gaan kijken?": coming too, where the verb says so)
    return coming && (tokens.get(k).startsWith("mag") || ATTENDING.contains(last))
        ? Optional.of(new Detail(Detail.ABILITY + COMING)) : Optional.empty();
  }
}
