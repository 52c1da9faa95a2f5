package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * The words of a question that are neither ordinary words nor anything in the programme: a missing person ("pieter
 * van der berg"), a missing thing ("de yogasessie", "sessie C2") or just a word the bot does not know. Read last, on
 * what the other readings left.
 */
final class UnknownWords {
  private final Set<String> known;

  /** {@code known}: the ordinary words and the programme's own. */
  UnknownWords(Set<String> known) {
    this.known = known;
  }

  /**
   * Words that are neither ordinary words nor anything in the programme, grouped: "pieter van der berg". A group that
   * was written with a capital, or has two such words, looks like a person's name.
   */
  void find(List<String> tokens, List<String> corrected, boolean[] taken, Set<String> capitalised, List<Span> spans) {
    int i = 0;
    while (i < tokens.size()) {
      if (!unknownAt(tokens, corrected, taken, i, capitalised) || companion(tokens, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      int unknownWords = 1;
      while (end < tokens.size() && !taken[end]) {
        if (unknownAt(tokens, corrected, taken, end, capitalised)) {
          unknownWords++;
          end++;
        } else if (OtherPeople.PARTICLES.contains(tokens.get(end)) && followsUnknown(tokens, corrected, taken, end, capitalised)) {
          end++;
        } else {
          break;
        }
      }
      end = OtherPeople.withoutTrailingParticles(tokens, i, end); // "slecht ter (been)" ends in no name
      boolean capital = tokens.subList(i, end).stream().anyMatch(capitalised::contains);
      boolean person = (capital || unknownWords >= 2 && OtherPeople.nameLike(tokens.subList(i, end)))
          && !(end == i + 1 && (code(tokens.get(i)) || tokens.get(i).length() == 2)); // "de IC" is a place or thing
      // A lone word names a missing thing only as a noun ("de yogasessie", "over klimaat"); otherwise it is just
      // a word this bot does not know, and the rest of the question still counts.
      // "sessie C2" on a day of A1 to B4: a code names a session, and this one is not there
      // "is er een proefles harp?": the last word, right after a series' word, names a member, as after "workshop"
      int at = i;
      boolean member = end == tokens.size() && tokens.size() > 2 && tokens.get(1).equals("er")
          && (tokens.get(0).equals("is") || tokens.get(0).equals("zijn"))
          && spans.stream().anyMatch(s -> s.to() == at && SeriesNames.isSeries(s.entity()));
      boolean noun = NounPosition.at(tokens, i) || member || i == 0 && YesNoForm.terse(tokens) // "helm verplicht?"
          || end == i + 1 && (code(tokens.get(i)) || tokens.get(i).length() == 2);
      EntityFinder.add(spans, taken, i, end, EntityType.UNKNOWN, (person ? "person:" : noun ? "thing:" : "word:")
          + String.join(" ", tokens.subList(i, end)), tokens);
      i = end;
    }
  }

  private boolean followsUnknown(List<String> tokens, List<String> corrected, boolean[] taken, int at,
                                 Set<String> capitalised) {
    int k = at;
    while (k < tokens.size() && !taken[k] && OtherPeople.PARTICLES.contains(tokens.get(k))) {
      k++;
    }
    return k < tokens.size() && unknownAt(tokens, corrected, taken, k, capitalised);
  }

  private boolean unknownAt(List<String> tokens, List<String> corrected, boolean[] taken, int i,
                            Set<String> capitalised) {
    String token = tokens.get(i);
    // "op de IC": two capitals are a name too, one the programme may not have
    boolean initials = token.length() == 2 && capitalised.contains(token) && token.chars().allMatch(Character::isLetter);
    return !taken[i] && (token.length() >= 3 || code(token) || initials) && !token.chars().allMatch(Character::isDigit)
        && !known.contains(token) && !QuestionForm.terse(token) // "workshop room?" asks where, it names no room
        // "mark de vries": a typo of a known word ("markt") is still a first name before a particle and a surname
        && (!known.contains(corrected.get(i)) || i + 1 < tokens.size()
        && OtherPeople.PARTICLES.contains(tokens.get(i + 1)) && followsUnknown(tokens, corrected, taken, i + 1,
        capitalised))
        && TextWords.inflected(token).stream().noneMatch(known::contains) // "digitaal" of "een digitale toets"
        && TextWords.plural(token).stream().noneMatch(known::contains); // "mijn drone" where it says "drones"
  }

  private static final Set<String> OWN = Set.of("mijn", "m'n", "mn", "onze", "ons");

  /**
   * "mijn zoon", "onze kinderen": the asker's child is a child, never a thing the programme should name; a partner
   * or a parent who comes along stays a question the programme may not answer.
   */
  private static boolean companion(List<String> tokens, int i) {
    // (or any child of an age: "de kleintjes van 4 tot 6")
    boolean aged = i + 2 < tokens.size() && tokens.get(i + 1).equals("van")
        && DateWords.digits(tokens.get(i + 2), 1, 2);
    return (i > 0 && OWN.contains(tokens.get(i - 1)) || aged) && ChildWords.WORDS.contains(tokens.get(i));
  }

  /** "c2", "b12": a letter and a number, as programmes label parallel sessions. */
  private static boolean code(String token) {
    return token.matches("\\p{L}\\d{1,2}");
  }
}
