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

  static Optional<Detail> of(List<String> tokens) {
    boolean child = tokens.stream().anyMatch(ChildWords.WORDS::contains);
    // "de groep van 7 tot 9 jaar": an age, without a child named
    boolean years = java.util.stream.IntStream.range(1, tokens.size()).anyMatch(k -> tokens.get(k).equals("jaar")
        && DateWords.digits(tokens.get(k - 1), 1, 2)) && !tokens.contains("bestaat") && !tokens.contains("geleden");
    if (!(tokens.contains("leeftijd") || tokens.contains("oud") && tokens.contains("hoe")
        || tokens.stream().anyMatch(t -> t.endsWith("jarige") || t.endsWith("jarigen"))
        || (child || years || ownAge(tokens)) && tokens.stream().anyMatch(t -> DateWords.digits(t, 1, 2)))) {
      return Optional.empty();
    }
    // "voor welke leeftijd is de kinderhoek?", "mag een kind van 6 mee?" (with the age asked about)
    // ("vanaf welke leeftijd mag je de 10 km lopen?": a number before a unit is a distance, not the age)
    return Optional.of(new Detail(java.util.stream.IntStream.range(0, tokens.size())
        .filter(k -> DateWords.digits(tokens.get(k), 1, 2) && (k + 1 == tokens.size()
            || !NOT_AGES.contains(tokens.get(k + 1))))
        .mapToObj(tokens::get).findFirst().map(n -> "leeftijd:" + n).orElse("leeftijd")));
  }

  /** "als ik 15 ben", "ik ben 13": the asker's own age. */
  private static boolean ownAge(List<String> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      if (DateWords.digits(tokens.get(k), 1, 2) && tokens.get(k - 1).equals("ik") && tokens.get(k + 1).equals("ben")
          || k >= 2 && DateWords.digits(tokens.get(k), 1, 2) && tokens.get(k - 1).equals("ben")
          && tokens.get(k - 2).equals("ik")) {
        return true;
      }
    }
    return tokens.size() >= 3 && DateWords.digits(tokens.get(tokens.size() - 1), 1, 2)
        && tokens.get(tokens.size() - 2).equals("ben") && tokens.get(tokens.size() - 3).equals("ik");
  }
}
