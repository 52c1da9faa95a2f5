package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "welke workshops hebben maximaal 20 deelnemers?", "bij welke klussen kunnen meer dan 10 mensen meedoen?", "welke
 * onderdelen hebben een maximum aantal deelnemers?": which sessions have that many places, as their descriptions give
 * them. Read as {@code plekken:LOW-HIGH} ({@code plekken:11-} for "meer dan 10"); only after "welk(e)", since "wat
 * kost het voor 2 personen?" asks a price.
 */
public final class PlacesLimit {
  private static final String PLACES = "plekken:";
  private static final Set<String> NOUNS = Set.of("deelnemers", "plekken", "plaatsen", "mensen", "personen",
      "kinderen", "vrijwilligers", "bezoekers", "spelers", "cursisten", "zitplaatsen", "lopers", "wandelaars");
  /** Words before a number that make it the limit itself: "maximaal 20 deelnemers" is a limit of 20. */
  private static final Set<String> EXACTLY = Set.of("maximaal", "max", "hooguit", "hoogstens", "maar", "slechts",
      "precies", "hebben", "heeft", "met", "zijn", "voor");
  private static final Set<String> LIMIT_WORDS = Set.of("maximum", "maximaal", "aantal", "beperkt", "plek",
      "plaats", "geldt", "geld", "minder", "meer", "minimaal", "minstens");
  private static final Set<String> AT_LEAST = Set.of("minimaal", "minstens");

  private PlacesLimit() {
  }

  static Query read(Query query, List<String> tokens) {
    // ("welke stands hebben twee mensen?" counts who staff it: a number of people, read before this)
    if (!tokens.contains("welke") && !tokens.contains("welk") || YesNoForm.isYesNo(tokens)
        || query.all(Detail.class).stream().anyMatch(d -> d.people() > 0)) {
      return query;
    }
    Optional<String> range = range(tokens);
    if (range.isEmpty()) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    // the words of the limit are no words a description must have ("Maximaal 20 deelnemers" says it in numbers)
    conditions.removeIf(c -> c instanceof Detail d && (d.word().equals("capaciteit") || d.text()
        .filter(w -> NOUNS.contains(w) || LIMIT_WORDS.contains(w) || EXACTLY.contains(w)).isPresent()));
    conditions.add(new Detail(PLACES + range.get()));
    Asked asked = tokens.contains("hoeveel") ? Asked.COUNT : Asked.LIST;
    return new Query(asked, conditions, query.order(), query.counted(), query.plural());
  }

  private static Optional<String> range(List<String> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Optional<Integer> n = Quantities.count(tokens.get(i));
      if (n.isEmpty() || n.get() < 1 || !NOUNS.contains(tokens.get(i + 1))) {
        continue;
      }
      String before = i >= 1 ? tokens.get(i - 1) : "";
      String twoBefore = i >= 2 ? tokens.get(i - 2) : "";
      boolean orLess = i + 3 < tokens.size() && tokens.get(i + 2).equals("of") && tokens.get(i + 3).equals("minder");
      boolean orMore = i + 3 < tokens.size() && tokens.get(i + 2).equals("of") && tokens.get(i + 3).equals("meer");
      int k = n.get();
      if (before.equals("dan") && twoBefore.equals("meer")) {
        return Optional.of((k + 1) + "-");
      } else if (before.equals("dan") && twoBefore.equals("minder")) {
        return Optional.of("0-" + (k - 1));
      } else if (orLess || orMore) {
        return Optional.of(orLess ? "0-" + k : k + "-");
      } else if (AT_LEAST.contains(before) || before.equals("minst") && twoBefore.equals("ten")) {
        return Optional.of(k + "-");
      } else if (EXACTLY.contains(before)) {
        return Optional.of(k + "-" + k);
      }
    }
    // "een maximum aantal deelnemers", "is het aantal plekken beperkt": any limit a description gives
    boolean limited = tokens.contains("maximum") || tokens.contains("maximaal") && tokens.contains("aantal")
        || tokens.contains("beperkt") && tokens.contains("aantal");
    return limited && tokens.stream().anyMatch(NOUNS::contains) ? Optional.of("1-") : Optional.empty();
  }

  /** The number of places a session may have, {@code high} {@link Integer#MAX_VALUE} when there is no upper bound. */
  public record Places(int low, int high) {
    public boolean holds(int places) {
      return places >= low && places <= high;
    }
  }

  /** The places a {@code plekken:} detail allows. */
  public static Optional<Places> of(Detail detail) {
    if (!detail.word().startsWith(PLACES)) {
      return Optional.empty();
    }
    String[] bounds = detail.word().substring(PLACES.length()).split("-", -1);
    return Optional.of(new Places(Integer.parseInt(bounds[0]),
        bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1])));
  }
}
