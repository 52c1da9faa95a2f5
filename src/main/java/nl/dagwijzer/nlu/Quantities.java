package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds lengths of time ("45 minuten", "anderhalf uur", "langer dan een uur"), times from now ("over een kwartier")
 * and numbers of times ("twee keer", "vaker dan één keer") in normalised tokens. They run before clock times, because
 * "duurt twee uur" is a length, where "om twee uur" is a clock time.
 */
public final class Quantities {
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("een", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5),
      Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10),
      Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("twintig", 20), Map.entry("dertig", 30),
      Map.entry("veertig", 40), Map.entry("vijftig", 50), Map.entry("zestig", 60), Map.entry("negentig", 90));
  private static final Set<String> MINUTE_WORDS = Set.of("minuten", "minuut", "min", "minuutjes", "mins");
  private static final Set<String> HOUR_WORDS = Set.of("uur", "uurtje", "uren");
  /** Words before "N uur" that make it a length rather than a clock time. */
  private static final Set<String> LENGTH_CUES = Set.of("duurt", "duren", "duurde", "lang", "langer", "korter",
      "dan", "minstens", "minimaal", "maximaal", "ruim", "bijna", "ongeveer", "hooguit", "hoogstens", "meer",
      "minder", "precies");
  private static final Set<String> CLOCK_CUES = Set.of("om", "voor", "na", "tot", "vanaf", "tegen", "rond", "sinds");
  private static final Set<String> MORE = Set.of("langer", "meer", "ruim", "minstens", "minimaal", "vaker");
  private static final Set<String> LESS = Set.of("korter", "minder", "maximaal", "hooguit", "hoogstens");

  /** How a found amount compares: exactly, more than, or less than. */
  public enum Comparison { EQUAL, MORE, LESS, NOT_EQUAL, AT_LEAST, AT_MOST }

  /** A length of {@code minutes} at tokens {@code [from, to)}. */
  public record Length(int from, int to, int minutes, Comparison comparison) {
  }

  /** "over een kwartier": {@code minutes} from now, at tokens {@code [from, to)}. */
  public record FromNow(int from, int to, int minutes) {
  }

  /** "twee keer", "vaker dan één keer": a number of times at tokens {@code [from, to)}. */
  public record Times(int from, int to, int count, Comparison comparison) {
  }

  /** Everything found, in token order per kind. */
  public record Found(List<Length> lengths, List<FromNow> fromNow, List<Times> times) {
  }

  public Found find(List<String> tokens) {
    List<Length> lengths = new ArrayList<>();
    List<FromNow> fromNow = new ArrayList<>();
    List<Times> times = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      Optional<int[]> amount = amount(tokens, i);
      if (amount.isPresent()) {
        int end = amount.get()[0];
        int minutes = amount.get()[1];
        boolean clockLike = amount.get()[2] == 1;
        int start = comparisonStart(tokens, i);
        Comparison comparison = comparison(tokens, start, i);
        String before = i > 0 ? tokens.get(i - 1) : "";
        if (before.equals("over") && !(i > 1 && tokens.get(i - 2).equals("kwart"))) {
          fromNow.add(new FromNow(i - 1, end, minutes));
          next = end;
        } else if (!clockLike || lengthContext(tokens, i, end)) {
          // "20 minuten of langer", "een uur of korter"
          if (end + 1 < tokens.size() && tokens.get(end).equals("of") && comparison == Comparison.EQUAL) {
            String also = tokens.get(end + 1);
            if (MORE.contains(also)) {
              comparison = Comparison.AT_LEAST;
              end += 2;
            } else if (LESS.contains(also)) {
              comparison = Comparison.AT_MOST;
              end += 2;
            }
          }
          lengths.add(new Length(start, end, minutes, comparison));
          next = end;
        }
      } else {
        Optional<Times> counted = times(tokens, i);
        if (counted.isPresent()) {
          times.add(counted.get());
          next = counted.get().to();
        }
      }
      i = next;
    }
    return new Found(lengths, fromNow, times);
  }

  /**
   * {end, minutes, clockLike} of an amount of time starting at {@code i}; clockLike when it could also be a clock
   * time ("twee uur").
   */
  private Optional<int[]> amount(List<String> tokens, int i) {
    String token = tokens.get(i);
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    String afterNext = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
    if (token.equals("anderhalf") && HOUR_WORDS.contains(next)) {
      return Optional.of(new int[] {i + 2, 90, 0});
    }
    if (token.equals("kwartier")) {
      return Optional.of(new int[] {i + 1, 15, 0});
    }
    if (token.equals("een") && next.equals("kwartier")) {
      return Optional.of(new int[] {i + 2, 15, 0});
    }
    if (next.equals("kwartier") && number(token).isPresent()) {
      return Optional.of(new int[] {i + 2, (int) Math.round(number(token).get() * 15), 0}); // "drie kwartier"
    }
    if (token.equals("een") && next.equals("half") && HOUR_WORDS.contains(afterNext)) {
      return Optional.of(new int[] {i + 3, 30, 0});
    }
    if (token.equals("half") && HOUR_WORDS.contains(next)) {
      return Optional.of(new int[] {i + 2, 30, 0});
    }
    if (token.equals("een") && (next.equals("heel") || next.equals("hele")) && HOUR_WORDS.contains(afterNext)) {
      return Optional.of(new int[] {i + 3, 60, 0}); // "een heel uur"
    }
    if (token.equals("halfuur") || token.equals("halfuurtje")) {
      return Optional.of(new int[] {i + 1, 30, 0});
    }
    if (HOUR_WORDS.contains(token) && i > 0 && (CueWords.FIRST.contains(tokens.get(i - 1))
        || CueWords.LAST.contains(tokens.get(i - 1)))) {
      return Optional.of(new int[] {i + 1, 60, 0}); // "het eerste uur"
    }
    Optional<Double> number = number(token);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    if (MINUTE_WORDS.contains(next)) {
      return Optional.of(new int[] {i + 2, (int) Math.round(number.get()), 0});
    }
    if (HOUR_WORDS.contains(next)) {
      boolean whole = number.get() == Math.floor(number.get());
      return Optional.of(new int[] {i + 2, (int) Math.round(number.get() * 60), whole ? 1 : 0});
    }
    return Optional.empty();
  }

  /** A "van N uur" from this many hours on is a clock time, not a length. */
  private static final int LONGEST_HOURS = 7;

  private static boolean lengthContext(List<String> tokens, int i, int end) {
    boolean verbBefore = tokens.subList(0, i).stream().anyMatch(t -> t.equals("duurt") || t.equals("duren")
        || t.equals("duurde") || t.equals("lang"));
    if (i > 0 && CLOCK_CUES.contains(tokens.get(i - 1))) {
      return false; // "voor 5 uur", "na 2 uur": a clock time
    }
    boolean cueBefore = verbBefore || (i > 0 && LENGTH_CUES.contains(tokens.get(i - 1)))
        || (i > 1 && LENGTH_CUES.contains(tokens.get(i - 2)) && !tokens.get(i - 1).equals("om"));
    // "dat de lunch een uur duurt": in a subordinate clause the verb comes after the length
    boolean cueAfter = end < tokens.size() && (tokens.get(end).equals("lang") || tokens.get(end).equals("durend")
        || tokens.get(end).equals("duurt") || tokens.get(end).equals("duren") || tokens.get(end).equals("duurde"));
    // "de stoelgym van 11 uur" is the one at eleven: no session lasts that long
    boolean clockLike = tokens.get(i).matches("\\d+") && Integer.parseInt(tokens.get(i)) >= LONGEST_HOURS
        && end == i + 2 && HOUR_WORDS.contains(tokens.get(i + 1));
    boolean lengthOf = i > 0 && tokens.get(i - 1).equals("van") && !(end < tokens.size() && tokens.get(end).equals("tot"))
        && !clockLike;
    cueAfter = cueAfter || lengthOf; // "workshops van een uur", not "van een uur tot twee uur"
    return (cueBefore && !(i > 0 && tokens.get(i - 1).equals("om"))) || cueAfter;
  }

  /** Where "langer dan", "minstens" and the like start before the amount at {@code i}. */
  private static int comparisonStart(List<String> tokens, int i) {
    if (i >= 1 && (tokens.get(i - 1).equals("geen") || tokens.get(i - 1).equals("niet"))) {
      return i - 1;
    }
    if (i >= 2 && tokens.get(i - 1).equals("dan") && (MORE.contains(tokens.get(i - 2)) || LESS.contains(tokens.get(i - 2)))) {
      return i - 2;
    }
    if (i >= 1 && (MORE.contains(tokens.get(i - 1)) || LESS.contains(tokens.get(i - 1)))) {
      return i - 1;
    }
    return i;
  }

  private static Comparison comparison(List<String> tokens, int start, int i) {
    if (start == i) {
      return Comparison.EQUAL;
    }
    if (tokens.get(start).equals("geen") || tokens.get(start).equals("niet")) {
      return Comparison.NOT_EQUAL;
    }
    if (tokens.get(start).equals("minstens") || tokens.get(start).equals("minimaal")) {
      return Comparison.AT_LEAST;
    }
    if (tokens.get(start).equals("maximaal") || tokens.get(start).equals("hooguit") || tokens.get(start).equals("hoogstens")) {
      return Comparison.AT_MOST;
    }
    return MORE.contains(tokens.get(start)) ? Comparison.MORE : Comparison.LESS;
  }

  private Optional<Times> times(List<String> tokens, int i) {
    String token = tokens.get(i);
    String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
    // "geeft zij haar workshop nog een keer?": more than the once it was already given
    if (token.equals("nog") && (next.equals("een") || next.equals("één")) && i + 2 < tokens.size()
        && isTimesWord(tokens.get(i + 2))) {
      return Optional.of(new Times(i, i + 3, 1, Comparison.MORE));
    }
    if (token.equals("meerdere") && (next.equals("keren") || next.equals("keer"))) {
      return Optional.of(new Times(i, i + 2, 1, Comparison.MORE));
    }
    if (token.equals("vaker") || token.equals("meer")) {
      if (next.equals("dan") && i + 3 < tokens.size() && number(tokens.get(i + 2)).isPresent()
          && isTimesWord(tokens.get(i + 3))) {
        return Optional.of(new Times(i, i + 4, (int) Math.round(number(tokens.get(i + 2)).get()),
            token.equals("vaker") || token.equals("meer") ? Comparison.MORE : Comparison.EQUAL));
      }
      if (token.equals("vaker") && !next.equals("dan")) {
        return Optional.of(new Times(i, i + 1, 1, Comparison.MORE));
      }
      return Optional.empty();
    }
    Optional<Double> number = number(token);
    if (number.isPresent() && isTimesWord(next)) {
      return Optional.of(new Times(i, i + 2, (int) Math.round(number.get()), Comparison.EQUAL));
    }
    if (token.equals("tweemaal") || token.equals("driemaal")) {
      return Optional.of(new Times(i, i + 1, token.startsWith("twee") ? 2 : 3, Comparison.EQUAL));
    }
    return Optional.empty();
  }

  private static boolean isTimesWord(String token) {
    return token.equals("keer") || token.equals("keren") || token.equals("maal");
  }

  /** A whole number as a question or a description writes it: "8" or "acht" (up to three digits). */
  public static Optional<Integer> count(String token) {
    Integer word = NUMBERS.get(token);
    if (word != null) {
      return Optional.of(word);
    }
    return DateWords.digits(token, 1, 3) ? Optional.of(Integer.parseInt(token)) : Optional.empty();
  }

  private static Optional<Double> number(String token) {
    Integer word = NUMBERS.get(token);
    if (word != null) {
      return Optional.of(word.doubleValue());
    }
    if (DateWords.digits(token, 1, 3)) {
      return Optional.of(Double.parseDouble(token));
    }
    int comma = token.indexOf(',');
    if (comma > 0 && DateWords.digits(token.substring(0, comma), 1, 2)
        && DateWords.digits(token.substring(comma + 1), 1, 1)) {
      return Optional.of(Double.parseDouble(token.replace(',', '.')));
    }
    return Optional.empty();
  }
}
