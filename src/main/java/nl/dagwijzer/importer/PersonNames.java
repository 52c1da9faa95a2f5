package nl.dagwijzer.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Recognises a Dutch person's name where the programme's structure says one should be (after "door", at the start
 * of a speaker line): a capitalised first name, then optional particles ("de", "van der") and one to three
 * capitalised surname words. No list of names: a single capitalised word is never taken for a person.
 * OpenNLP's {@link SimpleTokenizer} (stateless, so safe to share) gives the word boundaries.
 */
final class PersonNames {
  private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "ter", "ten", "te",
      "in", "op", "la", "le", "du", "da", "di", "von", "del", "dos", "el", "al", "bin", "ben", "d'", "l'");
  /** Capitalised words that start sentences, titles and places in programmes, never a first name. */
  private static final Set<String> NOT_A_FIRST_NAME = Set.of("de", "het", "een", "met", "door", "over", "voor",
      "van", "in", "op", "bij", "na", "om", "hoe", "wat", "wie", "waar", "welke", "waarom", "deze", "dit", "die",
      "dat", "zaal", "workshop", "workshops", "lezing", "gemeente", "stichting", "ministerie", "provincie",
      "universiteit", "hogeschool", "keynote", "opening", "welkom", "sessie", "ronde", "let", "tijdens", "ook",
      "en", "of", "maar", "je", "we", "wij", "zij", "hij", "ze", "u", "ons", "onze", "jouw", "uw", "alle", "elke",
      "programma", "lunch", "pauze", "borrel", "koffie", "inloop", "ontvangst", "thema", "locatie", "plaats",
      "datum", "tijd", "paneldiscussie", "panel", "afsluiting", "dagvoorzitter", "gespreksleider", "moderator");
  private static final int MAX_CAPITALISED = 4;

  private PersonNames() {
  }

  /** The name that starts {@code text} (after leading spaces), as its character span. */
  static Optional<Span> atStart(String text) {
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
    if (tokens.length == 0 || !text.substring(0, tokens[0].getStart()).isBlank()) {
      return Optional.empty();
    }
    return from(text, tokens, 0);
  }

  /** True when the whole of {@code text} is one name. */
  static boolean isName(String text) {
    String trimmed = text.strip();
    return atStart(trimmed).map(span -> span.getEnd() == trimmed.length()).orElse(false);
  }

  private static Optional<Span> from(String text, Span[] tokens, int first) {
    String firstWord = tokens[first].getCoveredText(text).toString();
    if (!capitalisedWord(firstWord) || NOT_A_FIRST_NAME.contains(firstWord.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int capitalised = 1;
    int end = tokens[first].getEnd();
    int i = first + 1;
    while (i < tokens.length && capitalised < MAX_CAPITALISED) {
      String gap = text.substring(tokens[i - 1].getEnd(), tokens[i].getStart());
      String word = tokens[i].getCoveredText(text).toString();
      if (gap.isEmpty() && (word.equals("-") || word.equals("'")) && i + 1 < tokens.length
          && text.substring(tokens[i].getEnd(), tokens[i + 1].getStart()).isEmpty()) {
        // "Jansen-de Vries", "O'Neill": glued by a hyphen or apostrophe.
        i++;
        continue;
      }
      if (!gap.isEmpty() && !gap.equals(" ")) {
        break;
      }
      if (capitalisedWord(word)) {
        capitalised++;
        end = tokens[i].getEnd();
        i++;
      } else if (PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && i + 1 < tokens.length) {
        i++;
      } else {
        break;
      }
    }
    return capitalised >= 2 ? Optional.of(new Span(tokens[first].getStart(), end)) : Optional.empty();
  }

  private static boolean capitalisedWord(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && isWord(word)
        && word.chars().skip(1).anyMatch(Character::isLowerCase);
  }

  private static boolean isWord(String word) {
    return word.chars().allMatch(Character::isLetter);
  }
}
