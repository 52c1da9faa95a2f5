package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Word cache")
final class WordCacheTest {
  private final List<String> computed = new ArrayList<>();
  private final WordCache<String> upper = new WordCache<>(2, word -> {
    computed.add(word);
    return word.toUpperCase(java.util.Locale.ROOT);
  });

  @Test
  @DisplayName("computes a word once, and again only past its limit of words or for a long word")
  void remembersWithinBounds() {
    // given a cache of at most two words
    String longWord = "a".repeat(WordCache.MAX_WORD_LENGTH + 1);
    // when
    List<String> results = List.of(upper.apply("lunch"), upper.apply("lunch"), upper.apply(longWord),
        upper.apply(longWord), upper.apply("breda"), upper.apply("zoetermeer"), upper.apply("zoetermeer"),
        upper.apply("breda"));
    // then
    assertThat(results).containsExactly("LUNCH", "LUNCH", longWord.toUpperCase(java.util.Locale.ROOT),
        longWord.toUpperCase(java.util.Locale.ROOT), "BREDA", "ZOETERMEER", "ZOETERMEER", "BREDA");
    assertThat(computed).containsExactly("lunch", longWord, longWord, "breda", "zoetermeer", "zoetermeer");
  }
}
