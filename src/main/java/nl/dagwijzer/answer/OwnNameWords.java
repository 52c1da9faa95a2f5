package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik bij de inschrijving pinnen?" of "Inschrijving en betaling", whose sentence says "Betalen kan contant of
 * met pin": the words that name the sessions asked about are no words their own sentences must have.
 */
final class OwnNameWords {
  /** A word and a title's word are one by their first letters: "inschrijven" of "Inschrijving". */
  private static final int STEM = 6;

  private OwnNameWords() {
  }

  static List<String> without(Answering a, List<String> words) {
    if (!a.selection().named()) {
      return words;
    }
    List<String> titled = a.selection().subject().stream().map(Session::title)
        .flatMap(t -> List.of(t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream()).toList();
    return words.stream().filter(w -> titled.stream().noneMatch(t -> t.startsWith(w.substring(0,
        Math.min(w.length(), STEM))))).toList();
  }
}
