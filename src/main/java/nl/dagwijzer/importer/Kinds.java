package nl.dagwijzer.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.SessionKind;

/** Whether a programme item is a break, a workshop or plenary, from the words of its title (or a type). */
final class Kinds {
  private static final Set<String> BREAK_WORDS = Set.of("pauze", "lunch", "borrel", "inloop", "ontvangst",
      "registratie", "koffie", "thee", "diner", "broodjes", "break", "netwerken");
  private static final Pattern CHOICE = Pattern.compile(
      "(je kunt kiezen|kiezen uit|keuze uit|kies (er )?(één|een|1)\\b|workshop\\s?ronde|ronde \\d|deelsessies"
          + "|parallelle sessies|parallel programma|subsessies|break-?out|\\bworkshops\\b|keuzeprogramma)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int BREAK_TITLE_WORDS = 6;

  private Kinds() {
  }

  static SessionKind of(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (Typography.words(title) <= BREAK_TITLE_WORDS) {
      for (String word : lower.split("[^\\p{L}]+")) {
        if (BREAK_WORDS.contains(word) || word.endsWith("pauze") || word.endsWith("borrel")
            || word.endsWith("lunch")) {
          return SessionKind.BREAK;
        }
      }
    }
    return lower.matches(".*\\bworkshop\\b.*") ? SessionKind.WORKSHOP : SessionKind.PLENARY;
  }

  /** A frab/pretalx submission type ("Workshop", "Pauze", "Talk") together with the title. */
  static SessionKind ofType(String type, String title) {
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (lower.contains("workshop") || lower.contains("hands-on") || lower.contains("werksessie")) {
      return SessionKind.WORKSHOP;
    }
    if (lower.contains("pauze") || lower.contains("break") || lower.contains("lunch")) {
      return SessionKind.BREAK;
    }
    return of(title);
  }

  /** "Workshopronde 1", "Je kunt kiezen uit workshops ...", "Deelsessies (keuze uit drie)": parallel choices. */
  static boolean choice(String text) {
    return CHOICE.matcher(text).find();
  }
}
