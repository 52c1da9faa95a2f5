package nl.dagwijzer.nlu;

import java.util.List;

/** Whether a question asks yes or no, from its form: a verb first and no question word. */
final class YesNoForm {
  private YesNoForm() {
  }

  /**
   * A yes/no question opens with a verb and has no question word: "is er een borrel?", "spreekt Maartje Bos twee
   * keer?", "weet je of er een borrel is?". "Kun je het programma laten zien?" is a request.
   */
  static boolean isYesNo(List<String> tokens) {
    int klopt = tokens.indexOf("klopt");
    if (klopt >= 0 && klopt + 1 < tokens.size() && (tokens.get(klopt + 1).equals("het")
        || tokens.get(klopt + 1).equals("dat"))) {
      return true; // "klopt het dat de lunch een uur duurt?", "ik dacht dat ... , klopt dat?"
    }
    if (tokens.size() >= 3 && tokens.contains("toch") && tokens.stream().noneMatch(CueWords.QUESTION_WORDS::contains)) {
      return true; // "het is toch in het stadhuis?", "de lunch is toch om 12 uur?": asking to confirm
    }
    if (terse(tokens) || askedAfter(tokens)) {
      return true; // "zwemdiploma verplicht?", "parkeren gratis?": a thing and what is asked of it
    }
    int k = QuestionForm.firstWord(tokens);
    if (k >= tokens.size() || !CueWords.YES_NO_VERBS.contains(tokens.get(k)) && !verbBeforeSubject(tokens, k)) {
      return false;
    }
    if (tokens.stream().anyMatch(CueWords.QUESTION_WORDS::contains)) {
      return false;
    }
    String verb = tokens.get(k);
    boolean modal = verb.equals("kun") || verb.equals("kan") || verb.equals("wil") || verb.equals("mag");
    // "kun je me de zalen laten zien?" asks the bot to do something; "kan ik mijn haar laten verven?" asks whether
    // it can be done, which a description may say ("mag ik ...?" asks a permission it seldom states: no bare yes)
    boolean asker = verb.equals("kan") && k + 1 < tokens.size() && (tokens.get(k + 1).equals("ik")
        || tokens.get(k + 1).equals("we") || tokens.get(k + 1).equals("wij"));
    return !(modal && !asker && tokens.stream().anyMatch(CueWords.REQUESTS::contains));
  }

  /**
   * "zwemdiploma verplicht?": a thing (first) and what is asked of it, with no verb; in chat also "hond mee in
   * weiland?", "hond mag mee?" and "rolstoel japanse tuin ok?".
   */
  static boolean terse(List<String> tokens) {
    return tokens.size() >= 2 && tokens.size() <= 3 && TERSE.contains(tokens.get(tokens.size() - 1))
        && tokens.stream().noneMatch(CueWords.QUESTION_WORDS::contains) || chat(tokens);
  }

  /** "hond mee in weiland?", "hond mag mee?", "rolstoel japanse tuin ok?": a thing, whether it may come or is fine. */
  static boolean chat(List<String> tokens) {
    if (tokens.size() < 2 || tokens.stream().anyMatch(CueWords.QUESTION_WORDS::contains)) {
      return false;
    }
    boolean along = tokens.size() <= 5 && tokens.subList(1, Math.min(3, tokens.size())).contains("mee")
        && !SUBJECTS.contains(tokens.get(0)) && !CueWords.YES_NO_VERBS.contains(tokens.get(0));
    return along || tokens.size() <= 6 && OKAY.contains(tokens.get(tokens.size() - 1));
  }

  /** "filmen mag dat?", "inspreken zonder aanmelding kan dat?": the thing first, whether it may be done after it. */
  static boolean askedAfter(List<String> tokens) {
    int n = tokens.size();
    return n >= 3 && AFTER_VERBS.contains(tokens.get(n - 2)) && (tokens.get(n - 1).equals("dat")
        || tokens.get(n - 1).equals("het")) && tokens.stream().noneMatch(CueWords.QUESTION_WORDS::contains);
  }

  private static final java.util.Set<String> AFTER_VERBS = java.util.Set.of("mag", "kan", "moet");

  private static final java.util.Set<String> OKAY = java.util.Set.of("ok", "oke", "oké", "okay");

  /** What a short question asks of the thing before it, with no verb: "zwemdiploma verplicht?". */
  private static final java.util.Set<String> TERSE = java.util.Set.of("verplicht", "nodig", "toegestaan",
      "mogelijk", "gratis", "inbegrepen", "bindend", "meenemen", "meebrengen", "aanmelden", "inschrijven",
      "reserveren");

  /** Words that start the subject of a question opened by its verb ("bespreekt de raad ...?"). */
  private static final java.util.Set<String> SUBJECTS = java.util.Set.of("de", "het", "een", "er", "ik", "we",
      "wij", "je", "jij", "u", "ze", "zij", "hij", "men", "mijn", "onze", "jullie");

  /**
   * "blijven de tafelhosts aan hun eigen tafel?", "bespreekt de raad het advies?": a verb the list does not have, by
   * its ending (-t, -en) and the subject right after it.
   */
  private static boolean verbBeforeSubject(List<String> tokens, int k) {
    String word = tokens.get(k);
    if (k + 1 >= tokens.size() || CueWords.QUESTION_WORDS.contains(word)
        || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String next = tokens.get(k + 1);
    // "werk je in een testomgeving?", "speel je de quiz in teams?": before "je" the verb has no -t
    // ("ga je bij bedrijfskunde naar het buitenland?": the one short verb that opens such a question)
    boolean you = (word.length() >= 3 || word.equals("ga")) && (next.equals("je") || next.equals("jij"));
    // "telt de dag als werktijd?": a short verb in -t
    return you || SUBJECTS.contains(next) && (word.length() >= 4 && word.endsWith("t")
        || word.length() >= 5 && word.endsWith("en"));
  }
}
