package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;

/**
 * An age a question asks about or gives: "voor welke leeftijd is de kinderhoek?", "mag een kind van 6 mee?", "als ik
 * 15 ben". Read as {@code leeftijd} or {@code leeftijd:6}.
 */
final class AskedAge {
  /** Units after which a number is no age: "de 10 km", "om 8 uur", "12 euro". */
  private static final java.util.Set<String> NOT_AGES = java.util.Set.of("km", "kilometer", "meter", "uur", "euro",
      "minuten", "min", "procent", "keer", "personen", "mensen", "plaatsen");

  private AskedAge() {
  }

  /** Words for people of an age ("tieners", "volwassenen"): the youngest and oldest age they say. */
  private static final java.util.Map<String, int[]> AGE_WORDS = java.util.Map.of("tieners", new int[] {13, 19},
      "tiener", new int[] {13, 19}, "pubers", new int[] {12, 16}, "kleuters", new int[] {4, 6},
      "peuters", new int[] {2, 4}, "volwassenen", new int[] {18, 99});
  /** The oldest age a range asked "boven de 12" runs to. */
  private static final int OLDEST = 99;

  /** The age, and an age range the question gives ("onder de 10", "tieners"), as {@link #span} reads it. */
  static List<Detail> all(List<String> tokens) {
    List<Detail> details = new java.util.ArrayList<>();
    of(tokens).ifPresent(details::add);
    span(tokens).ifPresent(details::add);
    return details;
  }

  /**
   * "voor kinderen onder de 10", "jonger dan 10", "boven de 12", "ouder dan 12", "tieners": the ages asked as a range,
   * read as {@code leeftijden:0-9}.
   */
  static Optional<Detail> span(List<String> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k);
      if (AGE_WORDS.containsKey(word)) {
        return ages(AGE_WORDS.get(word)[0], AGE_WORDS.get(word)[1]);
      }
      int number = k + 1 < tokens.size() && (tokens.get(k + 1).equals("de") || tokens.get(k + 1).equals("dan"))
          ? k + 2 : k + 1;
      if (number >= tokens.size() || !DateWords.digits(tokens.get(number), 1, 2)
          || number + 1 < tokens.size() && NOT_AGES.contains(tokens.get(number + 1))) {
        continue;
      }
      int age = Integer.parseInt(tokens.get(number));
      if (word.equals("onder") || word.equals("jonger")) {
        return ages(0, age - 1);
      }
      if (word.equals("boven") || word.equals("ouder")) {
        return ages(age + 1, OLDEST);
      }
    }
    return Optional.empty();
  }

  private static Optional<Detail> ages(int youngest, int oldest) {
    return Optional.of(new Detail(Detail.AGES + youngest + "-" + oldest));
  }

  static Optional<Detail> of(List<String> tokens) {
    boolean child = tokens.stream().anyMatch(ChildWords.WORDS::contains);
    // "de groep van 7 tot 9 jaar": an age, without a child named
    boolean years = java.util.stream.IntStream.range(1, tokens.size()).anyMatch(k -> tokens.get(k).equals("jaar")
        && DateWords.digits(tokens.get(k - 1), 1, 2)) && !tokens.contains("bestaat") && !tokens.contains("geleden");
    // "het kinderfeest van 6 t/m 9": two small numbers joined by "t/m" or "tot en met" are ages, as titles give them
    int range = rangeAt(tokens);
    if (range >= 0) {
      return Optional.of(new Detail("leeftijd:" + tokens.get(range)));
    }
    if (!(tokens.contains("leeftijd") || tokens.contains("oud") && tokens.contains("hoe")
        || tokens.stream().anyMatch(t -> t.endsWith("jarige") || t.endsWith("jarigen"))
        || (child || years || ownAge(tokens)) && tokens.stream().anyMatch(t -> DateWords.digits(t, 1, 2)))) {
      return Optional.empty();
    }
    // "voor welke leeftijd is de kinderhoek?", "mag een kind van 6 mee?" (with the age asked about)
    // ("vanaf welke leeftijd mag je de 10 km lopen?": a number before a unit is a distance, not the age)
    Optional<String> age = java.util.stream.IntStream.range(0, tokens.size())
        .filter(k -> DateWords.digits(tokens.get(k), 1, 2) && (k + 1 == tokens.size()
            || !NOT_AGES.contains(tokens.get(k + 1))) && (k == 0 || !CLOCK_BEFORE.contains(tokens.get(k - 1))))
        .mapToObj(tokens::get).findFirst();
    // (a child and a clock time only, "kan mijn kind om half 2 nog mee?", asks no age)
    boolean asked = tokens.contains("leeftijd") || tokens.contains("oud") || years;
    return age.isEmpty() && !asked ? Optional.empty()
        : Optional.of(new Detail(age.map(n -> "leeftijd:" + n).orElse("leeftijd")));
  }

  /**
   * "is de modelbouwhoek ook voor kinderen van 14?": the last word of a title ({@code end}) is a child word with an age
   * after it, which the question asks, though the title has the word.
   */
  static boolean childAged(List<String> tokens, int k, int end) {
    return k + 1 == end && ChildWords.WORDS.contains(tokens.get(k)) && k + 2 < tokens.size()
        && tokens.get(k + 1).equals("van") && DateWords.digits(tokens.get(k + 2), 1, 2);
  }

  /** Words before a number that make it a clock time: "kan ik mijn kind om half 2 nog opgeven?" */
  private static final java.util.Set<String> CLOCK_BEFORE = java.util.Set.of("half", "om", "kwart", "rond", "tegen");

  /** Where "6 t/m 9" or "6 tot en met 9" starts (ages of at most {@value #OLDEST_CHILD}), or -1. */
  static int rangeAt(List<String> tokens) {
    for (int k = 0; k + 2 < tokens.size(); k++) {
      int width = tokens.get(k + 1).equals("t") && tokens.get(k + 2).equals("m") ? 2
          : tokens.get(k + 1).equals("tm") ? 1 : k + 3 < tokens.size() && tokens.get(k + 1).equals("tot")
          && tokens.get(k + 2).equals("en") && tokens.get(k + 3).equals("met") ? 3 : 0;
      if (width > 0 && k + width + 1 < tokens.size() && DateWords.digits(tokens.get(k), 1, 2)
          && DateWords.digits(tokens.get(k + width + 1), 1, 2)
          && Integer.parseInt(tokens.get(k)) < Integer.parseInt(tokens.get(k + width + 1))
          && Integer.parseInt(tokens.get(k + width + 1)) <= OLDEST_CHILD) {
        return k;
      }
    }
    return -1;
  }

  /** The oldest age a range of children's ages gives ("12 t/m 18"). */
  private static final int OLDEST_CHILD = 18;

  /** After "ik met 15" a word for where or whether ("mag ik met 15 naar het bal?"), not "met 3 vrienden". */
  private static final java.util.Set<String> GOING_ON = java.util.Set.of("naar", "mee", "meedoen", "bij", "al", "ook",
      "nog", "binnen", "in", "op", "aan");

  /** "als ik 15 ben", "ik ben 13", "mag ik met 15 naar het bal?": the asker's own age. */
  private static boolean ownAge(List<String> tokens) {
    for (int k = 2; k < tokens.size(); k++) {
      if (DateWords.digits(tokens.get(k), 1, 2) && tokens.get(k - 1).equals("met") && tokens.get(k - 2).equals("ik")
          && (k + 1 == tokens.size() || GOING_ON.contains(tokens.get(k + 1)))) {
        return true;
      }
    }
    for (int k = 1; k + 1 < tokens.size(); k++) {
      if (DateWords.digits(tokens.get(k), 1, 2) && tokens.get(k - 1).equals("ik") && tokens.get(k + 1).equals("ben")
          || k >= 2 && DateWords.digits(tokens.get(k), 1, 2) && tokens.get(k - 1).equals("ben")
          && tokens.get(k - 2).equals("ik")) {
        return true;
      }
    }
    // ("mag ik klus 1 doen? ben 15": in chat the "ik" of an age said after the question is left out)
    List<String> end = tokens.size() >= 2 && tokens.get(tokens.size() - 1).equals("jaar")
        ? tokens.subList(0, tokens.size() - 1) : tokens;
    return end.size() >= 3 && DateWords.digits(end.get(end.size() - 1), 1, 2)
        && end.get(end.size() - 2).equals("ben") && (end.get(end.size() - 3).equals("ik") || end.size() >= 5);
  }
}
