package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "komt juf anja ook mee?", "komt wethouder pieter de graaf?": a word neither the programme nor the question language
 * has, right after a role in a yes or no, is the name of someone with that role whom the programme may not have.
 */
final class NamedAfterRole {
  private final java.util.function.Predicate<String> ordinary;

  NamedAfterRole(java.util.function.Predicate<String> ordinary) {
    this.ordinary = ordinary;
  }

  /**
   * The role right before a word the programme and the language lack, in a yes or no: that word is the name of who
   * has the role.
   */
  Optional<Span> role(List<Span> spans, Span span, List<String> tokens) {
    String word = span.entity().text();
    if (!span.entity().id().startsWith("word:") || span.to() != span.from() + 1 || word.length() < 3
        || !word.chars().allMatch(Character::isLetter) || ordinary.test(word) || !YesNoForm.isYesNo(tokens)) {
      return Optional.empty();
    }
    // ("is er EHBO aanwezig?": a role said to be there, and a word that is no name)
    return spans.stream().filter(s -> s.entity().type() == EntityType.ROLE && s.to() == span.from()
        && (s.from() == 0 || !NOT_BEFORE_NAMED.contains(tokens.get(s.from() - 1)))).findFirst()
        .filter(s -> !NOT_A_NAME.matcher(word).find());
  }

  private static final Set<String> NOT_BEFORE_NAMED = Set.of("er", "een", "geen");
  /** Endings of adjectives and adverbs ("aanwezig", "beschikbaar", "vrijwillig"), not of first names. */
  private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
      "(ig|lijk|baar|isch|end|loos)$");
}
