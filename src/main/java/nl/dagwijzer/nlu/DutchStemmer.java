package nl.dagwijzer.nlu;

import opennlp.tools.stemmer.snowball.dutchStemmer;

/**
 * OpenNLP's Dutch Snowball stemmer ("spreekt", "spreken" → "spreek"). The Snowball object keeps state between
 * calls, so each thread gets its own. It is OpenNLP's Dutch algorithm itself, as {@code SnowballStemmer(DUTCH)}
 * runs it once per word, without that wrapper: its constructor loads the classes of every language's stemmer.
 */
public final class DutchStemmer {
  /** Stems remembered: the examples' vocabulary and a day's questions need a few thousand. */
  private static final int CACHED_WORDS = 10_000;

  private final ThreadLocal<dutchStemmer> stemmer = ThreadLocal.withInitial(dutchStemmer::new);
  private final WordCache<String> stems = new WordCache<>(CACHED_WORDS, this::snowball);

  public String stem(String token) {
    if (token.startsWith("<") || !Character.isLetter(token.charAt(0))) {
      return token;
    }
    return stems.apply(token);
  }

  private String snowball(String token) {
    dutchStemmer dutch = stemmer.get();
    dutch.setCurrent(token);
    dutch.stem();
    return dutch.getCurrent();
  }
}
