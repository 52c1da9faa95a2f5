package nl.dagwijzer.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings questions, names and training examples to one comparable form: lower case, no accents (coöperatie =
 * cooperatie), no punctuation. Clock times such as {@code 10.25} or {@code 10:25} stay one token, {@code 10:25}.
 */
public final class TextNormaliser {
  private static final Pattern TOKEN = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?!\\d)|\\d{1,2},\\d(?!\\d)|[\\p{L}\\p{N}]+");
  /** "Q&A" is one word to attendees; without this it falls apart into two letters that match nothing. */
  private static final Pattern Q_AND_A = Pattern.compile("\\bq\\s*(?:&|and|en|n)\\s*a\\b");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** "break-out", "break out", "breakout": a session of its own, never the break ("pauze") its first half names. */
  private static final Pattern BREAK_OUT = Pattern.compile("\\bbreak[\\s-]*out");

  /** Chat abbreviations of words a programme spells out: "hoelang duurt de ws", "hoe laat begint pres 4". */
  private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
      java.util.Map.entry("ws", "workshop"), java.util.Map.entry("pres", "presentatie"),
      java.util.Map.entry("wss", "workshops"), java.util.Map.entry("vega", "vegetarisch"),
      java.util.Map.entry("veggie", "vegetarisch"), java.util.Map.entry("paus", "pauze"),
      java.util.Map.entry("wr", "waar"), java.util.Map.entry("adress", "adres"),
      java.util.Map.entry("bieb", "bibliotheek"), java.util.Map.entry("k", "ik"),
      java.util.Map.entry("eerstvolgende", "volgende"), java.util.Map.entry("eerstvolgend", "volgend"),
      // the question word of a count, as typed in a hurry: "hvl kramen zijn er?", "hoevel mensen per groep?"
      java.util.Map.entry("hvl", "hoeveel"), java.util.Map.entry("hoevel", "hoeveel"),
      // chat shorthand: "waar gaat dit over eig", "wie speelt er vnavond", "wie is er vr ww vragen", "met mn ipad"
      java.util.Map.entry("eig", "eigenlijk"), java.util.Map.entry("vnavond", "vanavond"),
      java.util.Map.entry("vr", "voor"), java.util.Map.entry("mn", "mijn"),
      // "wnnr eindigt de leerlunch", "waar moet grp rood heen", "ff checken wat eten we"
      java.util.Map.entry("wnnr", "wanneer"), java.util.Map.entry("grp", "groep"), java.util.Map.entry("ff", "even"),
      // "noodnr?", "tel nr joyce?"
      java.util.Map.entry("nr", "nummer"), java.util.Map.entry("noodnr", "noodnummer"),
      java.util.Map.entry("telnr", "telefoonnummer"), java.util.Map.entry("zndr", "zonder"));
  /** Shorthand for two words: "de markt vd vrijwilligers", "peter vd heuvel". */
  private static final java.util.Map<String, List<String>> SHORT_FOR_TWO = java.util.Map.of(
      "vd", List.of("van", "de"), "vh", List.of("van", "het"));

  public String normalise(String text) {
    if (ascii(text)) {
      return text.toLowerCase(Locale.ROOT); // nothing to decompose, no marks: most questions
    }
    // letters with no decomposition that attendees type without their mark: Yıldız as Yildiz, Łukasz as Lukasz
    String plain = text.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O');
    String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** How many digits (one or two) end a token of at least three letters before them; else 0. */
  private static final Pattern DISTANCE = Pattern.compile("(\\d{1,4})(km|m)");

  private static int trailingDigits(String token) {
    int end = token.length();
    int digits = 0;
    while (digits < end && Character.isDigit(token.charAt(end - 1 - digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2 || end - digits < 3) {
      return 0;
    }
    for (int i = 0; i < end - digits; i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return 0;
      }
    }
    return digits;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  public List<String> tokens(String text) {
    String words = Q_AND_A.matcher(normalise(text)).replaceAll("qa");
    if (words.contains("break")) {
      words = BREAK_OUT.matcher(words).replaceAll("breakout");
    }
    Matcher matcher = TOKEN.matcher(words);
    List<String> tokens = new ArrayList<>();
    while (matcher.find()) {
      String token = matcher.group(1) != null ? matcher.group(1) + ":" + matcher.group(2) : matcher.group();
      int digits = trailingDigits(token);
      Matcher distance = Character.isDigit(token.charAt(0)) ? DISTANCE.matcher(token) : null;
      if (distance != null && distance.matches()) {
        // "60km": the number and its unit, as a title writes "60 km"
        tokens.add(distance.group(1));
        tokens.add(distance.group(2));
      } else if (digits > 0) {
        // "zaal1", "ronde2": a word typed against its number is the word and the number
        tokens.add(token.substring(0, token.length() - digits));
        tokens.add(token.substring(token.length() - digits));
      } else {
        if (SHORT_FOR_TWO.containsKey(token)) {
          tokens.addAll(SHORT_FOR_TWO.get(token));
        } else {
          tokens.add(ABBREVIATIONS.getOrDefault(token, token));
        }
      }
    }
    // "tel nr joyce?": the telephone number, not "Tell" of a club's name
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).equals("tel") && tokens.get(i + 1).equals("nummer")) {
        tokens.set(i, "telefoonnummer");
        tokens.remove(i + 1);
      }
    }
    return tokens;
  }
}
