package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * Whether a question the classifier took for a request about one's own programme ("ik ga naar X", "herinner me aan
 * Y", "haal Z uit mijn programma") is a question about the day instead. Requests are statements and commands; a
 * question word ("welke break-out past bij mij?", "bij wie meld ik me af als ik ziek ben?") or a verb before "ik"
 * ("ga ik in ronde 3 naar een nieuwe tafel?", "mag een team uit 8 personen bestaan?") asks something, unless the words of the personal programme are there.
 */
final class PersonalForm {
  private static final Set<String> QUESTION_WORDS = Set.of("welke", "welk", "wie", "wat", "waar", "hoe", "hoelaat",
      "wanneer", "waarom", "hoeveel", "waarheen", "waarmee", "waaraan");
  /** Words only a request about the personal programme uses. */
  private static final Set<String> PERSONAL = Set.of("lijst", "agenda", "lijstje", "keuze", "keuzes", "seintje",
      "herinnering", "herinneringen", "ping", "waarschuw", "noteer", "onthoud", "zet", "voeg", "haal", "verwijder",
      "schrap", "annuleer", "vergeet", "schrijf");
  private static final Set<String> ASKERS = Set.of("ik", "we", "wij", "je", "u");
  /** "ga ik", "doe ik", "zit ik": a verb before "ik" opens a yes/no question, not a request. */
  private static final Set<String> QUESTION_VERBS = Set.of("ga", "doe", "zit", "sta", "moet", "hoor", "krijg",
      "blijf", "heb", "ben", "mag");

  private PersonalForm() {
  }

  /** {@code intent}, or {@link Intent#UNKNOWN} when a personal request is worded as a question about the day. */
  static Intent of(Intent intent, List<String> tokens) {
    if (intent != Intent.CHOOSE && intent != Intent.REMIND && intent != Intent.FORGET || tokens.isEmpty()
        || ContentForm.bringsOrWears(tokens)) {
      return intent;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      // "zet X in mijn programma" asks the bot to act; "waar schrijf ik me in?" asks where one does it
      boolean asking = i + 1 < tokens.size() && ASKERS.contains(tokens.get(i + 1));
      if (PERSONAL.contains(token) && !asking || token.startsWith("herinner")
          || token.equals("programma") && i > 0 && tokens.get(i - 1).equals("mijn")) {
        return intent;
      }
    }
    boolean questionWord = tokens.stream().anyMatch(QUESTION_WORDS::contains);
    boolean verbFirst = tokens.size() > 1 && QUESTION_VERBS.contains(tokens.get(0)) && tokens.get(1).equals("ik")
        || YesNoForm.isYesNo(tokens) && CueWords.YES_NO_VERBS.contains(tokens.get(0));
    return questionWord || verbFirst ? Intent.UNKNOWN : intent;
  }
}
