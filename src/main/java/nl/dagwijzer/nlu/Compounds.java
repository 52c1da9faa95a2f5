package nl.dagwijzer.nlu;

/** Dutch compounds written as one word: "keuzeworkshops", "Mondriaanzaal", "Seniorenbeurs". */
public final class Compounds {
  /** Letters a compound has at least before the word it ends in: "beurs" alone is no compound of it. */
  private static final int MIN_HEAD = 3;

  private Compounds() {
  }

  /** Whether {@code word} is a compound that ends in {@code part}: "eetkraampjes" in "kraampjes". */
  public static boolean endsIn(String word, String part) {
    return word.length() >= part.length() + MIN_HEAD && word.endsWith(part);
  }
}
