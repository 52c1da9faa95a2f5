package nl.dagwijzer.nlu;

import java.util.Set;

/** People a session has besides its speakers, counted from its description ("het koor telt 18 kinderen"). */
public final class CountedPeople {
  private static final Set<String> WORDS = Set.of("kinderen", "leerlingen", "jongeren", "klanten", "cliënten",
      "clienten", "bewoners", "deelnemers", "medewerkers", "vrijwilligers", "ouderen", "zangers", "spelers", "dansers",
      "acteurs", "leden");

  private CountedPeople() {
  }

  /** Whether {@code word} names people at all ("mensen", "personen"): a thing ("vragen") is never its speakers. */
  public static boolean people(String word) {
    return CueWords.PEOPLE_NOUNS.contains(word) || WORDS.contains(word) || CueWords.GUESTS.contains(word);
  }

  /** Whether {@code word} is a word for a child ("kinderen", "mijn zoontje"): for whom, when an age is asked. */
  public static boolean child(String word) {
    return ChildWords.WORDS.contains(word);
  }

  /** Whether {@code word} counts such people ("kinderen"), not the speakers on the programme. */
  public static boolean counts(String word) {
    return WORDS.contains(word);
  }
}
