package nl.dagwijzer.nlu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether a question asks for every match ("wie spreken er na de lunch?") or only the next or one. */
final class PluralForm {
  /** "wie spreken er na de lunch?": a plural verb asks for everyone, not the next one. */
  private static final Set<String> PLURAL_VERBS = Set.of("spreken", "geven", "zitten",
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

  /**
   * "welke presentaties zijn er na de pauze?": a plural general word for sessions asks for all of them, as a plural
   * kind the programme itself names does ("welke webinars", "welke track-presentaties": the compound's last part).
   */
  static boolean plural(List<String> free, List<String> tokens, List<Condition> read) {
    if (plural(free)) {
      return true;
    }
    int which = Math.max(tokens.indexOf("welke"), tokens.indexOf("welk"));
    if (which < 0) {
      return false; // (most questions: no "welke", so no kinds to gather)
    }
    Set<String> kinds = new HashSet<>();
    // ("welke manches zijn er na de lunch?": a topic the programme gathers sessions under, as a kind)
    read.stream().filter(c -> c instanceof Condition.About a && (a.entity().type() == EntityType.PART
        || a.entity().type() == EntityType.TOPIC))
        .forEach(c -> kinds.add(((Condition.About) c).entity().text()));
    // "welke live-opnames zijn er na de lunch?": a plural that names several sessions by their titles' shared word
    java.util.Map<String, Long> titled = new java.util.HashMap<>();
    read.stream().filter(c -> c instanceof Condition.About a && a.entity().type() == EntityType.SESSION)
        .forEach(c -> titled.merge(((Condition.About) c).entity().text(), 1L, Long::sum));
    titled.forEach((text, count) -> {
      if (count >= 2) {
        kinds.add(text);
      }
    });
    for (int i = which + 1; i < Math.min(tokens.size(), which + 3); i++) {
      String noun = tokens.get(i);
      if (pluralNoun(noun) && (DayPart.ofWord(noun).isPresent() || kinds.contains(noun)
          || kinds.stream().anyMatch(k -> k.endsWith(" " + noun)))) {
        return true;
      }
      if (!kinds.contains(noun) && kinds.stream().noneMatch(k -> k.startsWith(noun + " "))) {
        return false; // only a kind may come before the noun ("welke track presentaties")
      }
    }
    return false;
  }

  static boolean pluralNoun(String noun) {
    return noun.length() > 4 && (noun.endsWith("s") || noun.endsWith("en"));
  }
}
