package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form of a typed word that a programme's names use: its singular or plural, a compound that ends in a name's
 * first word, the noun of a verb. Looked up in the names by their first word.
 */
final class NameForms {
  private static final List<String> PLURAL_ENDINGS = List.of("s", "en", "n", "es");
  /** A plural tail this long is a word of its own ("optredens"), a shorter one may be a name's ("stands"). */
  private static final int LONG_TAIL = 8;
  /** The shortest singular whose plural doubles its last consonant that is looked up ("proefrit"). */
  private static final int DOUBLED_STEM = 6;
  /** Both parts of a compound have four letters or more. */
  private static final int COMPOUND_PART = 4;

  private final Map<String, List<Gazetteer.Entry>> byFirstToken;
  private final Set<String> nameWords;

  NameForms(Map<String, List<Gazetteer.Entry>> byFirstToken, Set<String> nameWords) {
    this.byFirstToken = byFirstToken;
    this.nameWords = nameWords;
  }

  /**
   * "lectoren" → "lector", "talks" → "talk": a plural of a name's first word, when the word itself is none; and a
   * place as an adjective, "Utrechtse" → "utrecht", "Groningse" → "groningen".
   */
  String singular(String token, boolean noun) {
    if (byFirstToken.containsKey(token)) {
      return token;
    }
    if (token.endsWith("er") && token.length() >= 5 && byFirstToken.containsKey(token + "ij")) {
      return token + "ij"; // "die van de bakker" of "Pitch Bakkerij Van 't Veer": the doer's place of work
    }
    if (token.endsWith("se") && token.length() >= 7) {
      String place = token.substring(0, token.length() - 2);
      if (byFirstToken.containsKey(place)) {
        return place;
      }
      if (byFirstToken.containsKey(place + "en")) {
        return place + "en";
      }
    }
    for (String ending : PLURAL_ENDINGS) {
      String stem = token.substring(0, Math.max(0, token.length() - ending.length()));
      if (token.endsWith(ending) && stem.length() >= 4 && byFirstToken.containsKey(stem)) {
        return stem;
      }
    }
    // "proefritten" → "proefrit": a short vowel's consonant doubled before the ending
    String doubled = token.endsWith("en") ? token.substring(0, token.length() - 2) : "";
    // (not a verb of four letters before a name: "affiche drukken" is no session called "Druk ...")
    if (doubled.length() >= DOUBLED_STEM + 1 && !OpenSyllable.undoubled(doubled).equals(doubled)
        && oneName(byFirstToken.getOrDefault(OpenSyllable.undoubled(doubled), List.of()))) {
      return OpenSyllable.undoubled(doubled);
    }
    // "zangeressen" → "zangeres", "leraressen" → "lerares": the plural of a woman's role doubles its s
    if (token.endsWith("essen") && token.length() >= 9
        && byFirstToken.containsKey(token.substring(0, token.length() - 3))) {
      return token.substring(0, token.length() - 3);
    }
    String plural = OpenSyllable.plural(token);
    if (byFirstToken.containsKey(plural)) {
      return plural;
    }
    // "glittertattoo" → "glittertattoos": a singular ending in a vowel whose name is its plural in -s
    if (token.length() >= DOUBLED_STEM && "aeiouy".indexOf(token.charAt(token.length() - 1)) >= 0
        && byFirstToken.containsKey(token + "s")) {
      return token + "s";
    }
    String open = OpenSyllable.singular(token);
    if (byFirstToken.containsKey(open)) {
      return open;
    }
    // "de scoutsleiders" → "scoutsleiding": who is in the leading a role names
    for (String ending : List.of("leiders", "leider")) {
      String leading = token.endsWith(ending) ? token.substring(0, token.length() - ending.length()) + "leiding" : "";
      if (leading.length() > "leiding".length() && byFirstToken.containsKey(leading)) {
        return leading;
      }
    }
    // "de rappers" → "rap", "de dansers" → "dans": who does what a name says
    for (String ending : List.of("ers", "er")) {
      String stem = OpenSyllable.undoubled(token.endsWith(ending) ? token.substring(0, token.length() - ending.length())
          : "");
      if (stem.length() >= 3 && byFirstToken.containsKey(stem)) {
        return stem;
      }
    }
    // "stemmen" → "stemming", "wandelen" → "wandeling": the verb of a name that is its noun
    if (!noun && token.length() >= 6 && token.endsWith("en") && byFirstToken.containsKey(token.substring(0, token.length() - 2)
        + "ing")) {
      return token.substring(0, token.length() - 2) + "ing";
    }

    // "het tweede gespreksblok" where the programme says "tweede blok": a compound that ends in a name's first word;
    // not one the names use themselves ("eerste quizronde" is no "ronde over Ommen")
    for (int cut = COMPOUND_PART; !nameWords.contains(token) && cut <= token.length() - COMPOUND_PART; cut++) {
      // "avondeten" is a meal, not "eten" of the lunch: a part of the day before it says when
      // "reanimatiecursus" on a day called a course is another course, not this day
      // "muziekoptredens" where the titles say "Optreden": the tail in the singular too
      String tail = token.substring(cut);
      String one = tail.endsWith("s") && tail.length() >= LONG_TAIL && !byFirstToken.containsKey(tail)
          ? tail.substring(0, tail.length() - 1) : tail;
      if (byFirstToken.containsKey(one) && DayPeriod.ofWord(token.substring(0, cut)).isEmpty()
          && byFirstToken.get(one).stream().anyMatch(e -> e.type() != EntityType.EVENT)) {
        return one;
      }
    }
    return token;
  }

  /**
   * Whether names that start with a word name one thing by it: a name of that one word, or one name only ("kerstbal
   * blazen", of each of the times a workshop is given); not the start of "tafelgesprek wonen", "tafelgesprek zorg",
   * ... of a series.
   */
  private static boolean oneName(List<Gazetteer.Entry> entries) {
    return entries.stream().anyMatch(e -> e.tokens().size() == 1)
        || !entries.isEmpty() && entries.stream().map(Gazetteer.Entry::tokens).distinct().count() == 1;
  }

  /**
   * "poster" where the programme's name of a session is "posters", "pitch" (or, not first, the verb "pitcht") for
   * "pitches": a word for one of the things a session is named after.
   */
  String oneOfMany(String token, boolean verb) {
    String stem = verb && token.endsWith("t") && token.length() >= 6 ? token.substring(0, token.length() - 1) : null;
    for (String word : stem == null ? List.of(token) : List.of(token, stem)) {
      for (String ending : PLURAL_ENDINGS) {
        List<Gazetteer.Entry> named = word.length() >= 4 ? byFirstToken.get(word + ending) : null;
        // a session's own one-word name only: "velden" or "subgroepen" of a series name each by number ("veld 1")
        if (named != null && named.stream().anyMatch(e -> e.tokens().size() == 1 && e.type() == EntityType.SESSION)) {
          return word + ending;
        }
      }
    }
    return token;
  }
}
