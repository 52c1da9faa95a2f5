package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;

/**
 * "hoe laat is golf 2 van de 60 km?", "wanneer gaat de tweede startgolf?", "de laatste startgolf": an item a
 * description numbers inside a session ("golf 1 om 08:00, golf 2 om 08:30"), by its word and number. Read as
 * {@code item:golf:2}, the last as {@code item:startgolf:-1}.
 */
public final class LabelledItem {
  private static final String PREFIX = "item:";
  private static final int SHORTEST = 4;
  private static final int LAST = -1;

  /** The word and the number (-1 for the last) asked. */
  public record Asked(String word, int number) {
    public boolean last() {
      return number == LAST;
    }
  }

  private LabelledItem() {
  }

  static Optional<Detail> of(List<String> tokens) {
    // only a time or a wait asks this: "wie staat er in kraam 8?" names a stand, not an item with a time
    boolean when = tokens.contains("wanneer") || tokens.contains("hoelaat")
        || java.util.stream.IntStream.range(0, tokens.size() - 1).anyMatch(i -> tokens.get(i).equals("hoe")
        && (tokens.get(i + 1).equals("laat") || tokens.get(i + 1).equals("lang")));
    if (!when) {
      return Optional.empty();
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String word = tokens.get(k);
      String next = tokens.get(k + 1);
      if (label(word) && next.matches("\\d{1,2}") && (k + 2 == tokens.size() || !tokens.get(k + 2).equals("km"))) {
        return Optional.of(new Detail(PREFIX + word + ":" + Integer.parseInt(next)));
      }
      Integer ordinal = RoundWords.ORDINALS.get(word); // ("laatste" is -1)
      if (ordinal != null && label(next)) {
        return Optional.of(new Detail(PREFIX + next + ":" + ordinal));
      }
    }
    return Optional.empty();
  }

  private static boolean label(String word) {
    // ("de tweede workshopronde" is a round of the programme, read as such)
    return word.length() >= SHORTEST && word.chars().allMatch(Character::isLetter)
        && !CommonWords.WORDS.contains(word) && !CueWords.all().contains(word)
        && !RoundWords.ROUND_WORDS.contains(word);
  }

  /** "eerste" as 1, "laatste" as -1: the number of an ordinal word a title may start an item with. */
  public static Optional<Integer> ordinal(String word) {
    return word.equals("slotronde") ? Optional.empty() : Optional.ofNullable(RoundWords.ORDINALS.get(word));
  }

  /** The item a query asks for, if it names one. */
  public static Optional<Asked> asked(Query query) {
    return query.detailAfter(PREFIX).map(w -> w.split(":")).map(p -> new Asked(p[0], Integer.parseInt(p[1])));
  }
}
