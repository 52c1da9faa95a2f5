package nl.dagwijzer.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what follows a speaker's name ("projectleider 'Meer ondernemen' bij gemeente Amsterdam", "bestuurslid
 * Divosa", "teamleider, gemeente Utrecht") into a role and an organisation. Roles are written in lower case in
 * Dutch, organisations start with a capital or a word such as "gemeente"; that, and the words "bij", "van", "aan"
 * and commas, is all it relies on.
 */
final class Affiliations {
  /** Common nouns that begin the name of an organisation (not names themselves). */
  private static final Pattern ORGANISATION_WORD = Pattern.compile(
      "\\b(gemeente|provincie|ministerie|waterschap|stichting|vereniging|universiteit|hogeschool|coöperatie)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AT = Pattern.compile("^(.+?)\\s+(?:bij|namens|werkzaam bij)\\s+(?:de\\s+|het\\s+)?(.+)$");
  private static final Pattern OF = Pattern.compile(
      "^(.+?)\\s+(?:van|aan|voor)\\s+(?:de\\s+|het\\s+)?((?:\\p{Lu}|gemeente\\b|provincie\\b|ministerie\\b).*)$");
  private static final Pattern ENUMERATION_END = Pattern.compile("^\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)? (?:en|&) \\p{Lu}.*$");

  private Affiliations() {
  }

  /** Role and organisation, each possibly null; {@code guessed} when only capitalisation decided the split. */
  record Affiliation(String role, String organisation, boolean guessed) {
  }

  /**
   * @param known the organisation the programme's structure already gives (a workshop "van de gemeente X"), or
   *              null; then all of {@code text} is the role, less that organisation where it is repeated
   */
  static Affiliation split(String text, String known) {
    String plain = Typography.plain(text).replaceAll("[\\s.,;:]+$", "");
    if (plain.isEmpty()) {
      return new Affiliation(null, known, false);
    }
    if (known != null) {
      String role = stripKnown(plain, known);
      return new Affiliation(role.isEmpty() ? null : role, known, false);
    }
    if (Character.isUpperCase(plain.charAt(0)) && !quoted(plain)) {
      return new Affiliation(null, withoutArticle(plain), false);
    }
    Matcher at = AT.matcher(plain);
    if (at.matches()) {
      return new Affiliation(at.group(1), withoutArticle(at.group(2)), false);
    }
    Matcher of = OF.matcher(plain);
    if (of.matches()) {
      return new Affiliation(of.group(1), of.group(2), false);
    }
    List<String> parts = List.of(plain.split(",\\s*"));
    if (parts.size() >= 2 && !enumeration(parts)) {
      String role = String.join(", ", parts.subList(0, parts.size() - 1));
      return new Affiliation(role, withoutArticle(parts.get(parts.size() - 1)), false);
    }
    Matcher word = ORGANISATION_WORD.matcher(plain);
    boolean hasWord = word.find();
    if (hasWord && word.start() == 0) {
      return new Affiliation(null, plain, false);
    }
    if (hasWord) {
      return new Affiliation(plain.substring(0, word.start()).strip(), plain.substring(word.start()), false);
    }
    return byCapital(plain);
  }

  /** "bestuurslid Divosa": the leading lower-case words are the role, the capitalised rest the organisation. */
  private static Affiliation byCapital(String plain) {
    String[] words = plain.split(" ");
    boolean inQuote = false;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.startsWith("'") || w.startsWith("\"")) {
        inQuote = true;
      }
      if (!inQuote && Character.isUpperCase(w.charAt(0))) {
        String role = String.join(" ", List.of(words).subList(0, i));
        String organisation = String.join(" ", List.of(words).subList(i, words.length));
        return new Affiliation(role, organisation, true);
      }
      if (w.endsWith("'") || w.endsWith("\"")) {
        inQuote = false;
      }
    }
    return new Affiliation(plain, null, false);
  }

  private static String stripKnown(String plain, String known) {
    String lower = plain.toLowerCase(Locale.ROOT);
    String knownLower = known.toLowerCase(Locale.ROOT);
    if (lower.endsWith(knownLower)) {
      return plain.substring(0, plain.length() - known.length())
          .replaceAll("\\s*(,|\\bbij|\\bvan|\\bnamens)?\\s*$", "").strip();
    }
    return plain;
  }

  /** "Werk, Zorg en Inkomen": commas inside a role's field name, not before an organisation. */
  private static boolean enumeration(List<String> parts) {
    String last = parts.get(parts.size() - 1);
    String before = parts.get(parts.size() - 2);
    String[] beforeWords = before.split(" ");
    return ENUMERATION_END.matcher(last).matches()
        && Character.isUpperCase(beforeWords[beforeWords.length - 1].charAt(0)) && !ORGANISATION_WORD.matcher(last).find();
  }

  private static boolean quoted(String plain) {
    return plain.startsWith("'") || plain.startsWith("\"");
  }

  static String withoutArticle(String organisation) {
    return organisation.replaceFirst("^(de|het)\\s+(?=\\p{Lu})", "").strip();
  }

  /** "adviseurs" -> "adviseur", "bestuursleden" -> "bestuurslid": a role shared by several people, said of one. */
  static String singular(String role) {
    if (role == null || role.isEmpty()) {
      return role;
    }
    int space = role.indexOf(' ');
    String head = space < 0 ? role : role.substring(0, space);
    String tail = space < 0 ? "" : role.substring(space);
    String one;
    if (head.endsWith("leden")) {
      one = head.substring(0, head.length() - 5) + "lid";
    } else if (head.endsWith("'s")) {
      one = head.substring(0, head.length() - 2);
    } else if (head.endsWith("ches")) {
      one = head.substring(0, head.length() - 2);
    } else if (head.endsWith("s") && !head.endsWith("ss") && head.length() > 4) {
      one = head.substring(0, head.length() - 1);
    } else if (head.endsWith("en") && head.length() > 5) {
      one = head.substring(0, head.length() - 2);
    } else {
      one = head;
    }
    return one + tail;
  }
}
