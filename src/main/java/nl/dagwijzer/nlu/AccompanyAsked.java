package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "kan mijn dochter van 6 alleen naar de codeerworkshop?", "moet ik als ouder mee?", "mag ik meedoen met mijn
 * kleuter?": whether a child may go without a grown-up, or whether one must or may come along, which a description
 * may say for some ages ("Kinderen onder 6 jaar alleen met een ouder erbij"). Such a question asks yes or no, also
 * where it opens with the child ("mijn zoon is 7, moet ik meehelpen?").
 */
public final class AccompanyAsked {
  private static final String PREFIX = "begeleiding:";
  /** The child without a grown-up: "alleen", "afzetten", "zonder ons". */
  public static final String ALONE = PREFIX + "alleen";
  /** Whether a grown-up has to come: "moet ik mee?". */
  public static final String MUST = PREFIX + "moet";
  /** Whether a grown-up may come: "mag ik als ouder blijven?". */
  public static final String MAY = PREFIX + "mag";
  private static final Set<String> MODAL = Set.of("mag", "mogen", "moet", "moeten", "kan", "kun", "kunnen", "kunt",
      "hoef", "hoeven");
  private static final Set<String> ADULT = Set.of("ouder", "ouders", "moeder", "vader", "mama", "papa", "opa", "oma",
      "begeleider", "volwassene");
  private static final Set<String> ALONG = Set.of("mee", "meedoen", "meehelpen", "meelopen", "meegaan", "blijven",
      "erbij", "helpen", "binnen");
  private static final Set<String> WITHOUT = Set.of("mij", "ons", "ouder", "ouders", "begeleiding", "begeleider",
      "volwassene", "papa", "mama");
  /** Words after "alleen" that make it "only": "alleen voor kinderen", "alleen de kinderen". */
  private static final Set<String> ONLY_BEFORE = Set.of("voor", "de", "het", "als", "kinderen", "maar", "met", "op");

  /** A question with one of these asks something else of the child and the adult: "wat kan ik als ouder doen?". */
  private static final Set<String> QUESTION_WORDS = Set.of("wat", "wie", "waar", "wanneer", "hoe", "welke", "welk",
      "hoeveel", "waarom", "hoelang", "waarheen");

  private AccompanyAsked() {
  }

  static Optional<Detail> of(List<String> tokens) {
    if (tokens.stream().noneMatch(MODAL::contains) || tokens.stream().anyMatch(QUESTION_WORDS::contains)) {
      return Optional.empty();
    }
    // ("een 15-jarige", "mijn 9-jarige")
    boolean child = tokens.stream().anyMatch(t -> ChildWords.WORDS.contains(t) || t.endsWith("jarige"));
    int alone = tokens.indexOf("alleen");
    boolean withoutAdult = alone >= 0 && (alone + 1 == tokens.size() || !ONLY_BEFORE.contains(tokens.get(alone + 1)))
        || tokens.contains("afzetten") || followedBy(tokens, "zonder", WITHOUT) || tokens.contains("eentje")
        && tokens.indexOf("eentje") >= 2 && tokens.get(tokens.indexOf("eentje") - 2).equals("in"); // "in zijn eentje"
    if (child && withoutAdult) {
      return Optional.of(new Detail(ALONE));
    }
    boolean asAdult = followedBy(tokens, "als", ADULT);
    boolean self = tokens.contains("ik") || tokens.contains("we") || tokens.contains("wij");
    boolean along = self && tokens.stream().anyMatch(ALONG::contains);
    if (child && along || asAdult && (along || self)) {
      boolean must = tokens.contains("moet") || tokens.contains("moeten") || tokens.contains("hoef");
      return Optional.of(new Detail(must ? MUST : MAY));
    }
    return Optional.empty();
  }

  private static boolean followedBy(List<String> tokens, String word, Set<String> next) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).equals(word) && next.contains(tokens.get(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
