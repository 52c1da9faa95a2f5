package nl.dagwijzer.nlu;

import java.util.List;

/** Whether a question asks for every match ("wie spreken er na de lunch?") or only the next or one. */
final class PluralForm {
  /** "wie spreken er na de lunch?": a plural verb asks for everyone, not the next one. */
  private static final java.util.Set<String> PLURAL_VERBS = java.util.Set.of("spreken", "geven", "zitten",
      "beginnen", "starten", "lopen", "komen", "treden");

  private PluralForm() {
  }

  /** "welke presentaties", "alle workshops": the question wants every match, not the next one. */
  static boolean plural(List<String> free) {
    if (free.contains("alle") || free.contains("allemaal") || free.stream().anyMatch(PLURAL_VERBS::contains)) {
      return true;
    }
    if (QuestionForm.startsWith(free, "wie", "zijn") && free.size() > 2 && free.get(2).equals("er")
        && !free.contains("beurt")) {
      return true; // "wie zijn er na de lunch aan het woord?": everyone then ("aan de beurt" is the next one)
    }
    return QuestionForm.nounAfterWhich(free).filter(PluralForm::pluralNoun).isPresent();
  }

  /** "welke presentaties zijn er na de pauze?": a plural general word for sessions asks for all of them. */
  static boolean plural(List<String> free, List<String> tokens) {
    return plural(free) || QuestionForm.nounAfterWhich(tokens)
        .filter(n -> DayPart.ofWord(n).isPresent() && pluralNoun(n)).isPresent();
  }

  private static boolean pluralNoun(String noun) {
    return noun.length() > 4 && (noun.endsWith("s") || noun.endsWith("en"));
  }
}
