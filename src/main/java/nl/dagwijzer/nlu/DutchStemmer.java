package nl.dagwijzer.nlu;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * OpenNLP's Dutch Snowball stemmer ("spreekt", "spreken" → "spreek"). The Snowball object keeps state between
 * calls, so each thread gets its own.
 */
public final class DutchStemmer {
  private final ThreadLocal<SnowballStemmer> stemmer =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.DUTCH));

  public String stem(String token) {
    if (token.startsWith("<") || !Character.isLetter(token.charAt(0))) {
      return token;
    }
    return stemmer.get().stem(token).toString();
  }
}
