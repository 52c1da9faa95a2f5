package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** People a question names whom the programme does not have, though a part of their name matches a speaker. */
final class OtherPeople {
  /** Words between a first name and a surname ("Jan van der Berg", "Nadia El Khatib"). */
  static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "te", "el", "t", "in", "la",
      "le", "du", "von");

  /** A verb's participle after its separable part ("toegestuurd", "meegenomen", "gemaakt"), never a name. */
  private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
      "^(toe|op|mee|af|uit|in|aan|terug|door|voor|na|bij|weg|om)ge\\p{L}{3,}(d|t|en)$|^ge\\p{L}{3,}[dt]$");

  private OtherPeople() {
  }

  /** The end of a group of unknown words without the particles it ends in: a name ends in a surname. */
  static int withoutTrailingParticles(List<String> tokens, int from, int end) {
    int last = end;
    while (last > from + 1 && PARTICLES.contains(tokens.get(last - 1))) {
      last--;
    }
    return last;
  }

  /**
   * Whether words typed in lower case can be a person's name: two or more of them, none a participle ("achteraf
   * toegestuurd" is how something is sent, not who).
   */
  static boolean nameLike(List<String> words) {
    return words.stream().filter(w -> !PARTICLES.contains(w)).count() >= 2
        && words.stream().noneMatch(w -> w.length() >= 7 && PARTICIPLE.matcher(w).matches());
  }

  /**
   * "Sanne de Vries" when the programme has Sanne de Wit: a first name the programme knows, followed by a surname it
   * does not, is someone else, not that speaker.
   */
  static void mark(List<String> tokens, Set<String> capitalised, List<Span> spans) {
    for (int s = 0; s < spans.size(); s++) {
      Span first = spans.get(s);
      if (first.entity().type() != EntityType.SPEAKER || first.to() - first.from() != 1) {
        continue;
      }
      int k = first.to();
      while (k < tokens.size() && PARTICLES.contains(tokens.get(k))) {
        k++;
      }
      // typed in lower case, a first name followed by a word that is neither ordinary nor in the programme is
      // someone else too ("wat doet bart hoogendoorn?" when the programme has Bart Hoogland)
      boolean firstName = first.entity().id().startsWith(tokens.get(first.from()) + "-");
      if (k >= tokens.size() || k == first.to() && !capitalised.contains(tokens.get(k))
          && !(firstName && unknownWordAt(spans, k))) {
        continue;
      }
      final int at = k;
      Span unknown = spans.stream().filter(x -> x.from() <= at && at < x.to() && x.from() >= first.to()
          && (x.entity().type() == EntityType.UNKNOWN
          // "Mirjam van den Berg": one speaker's first name and another's surname are nobody on the programme
          || x.entity().type() == EntityType.SPEAKER && !x.entity().id().equals(first.entity().id())))
          .findFirst().orElse(null);
      boolean freeCapital = unknown == null && capitalised.contains(tokens.get(at))
          && spans.stream().noneMatch(x -> x.from() <= at && at < x.to());
      if (unknown == null && !freeCapital) {
        continue;
      }
      int end = unknown != null ? unknown.to() : at + 1;
      spans.removeIf(x -> x.from() >= first.from() && x.to() <= end);
      spans.add(someone(tokens, first.from(), end));
      s = -1; // the list changed: look again from the start
    }
    unknownFirstName(tokens, capitalised, spans);
  }

  /**
   * "wie is Jan de Graaf?" when the programme has Mirjam de Graaf, "wie is Peter Jansen?" when it has Pieter-Jan Blom:
   * a first name that is not the speaker's before the surname matched, or a first name matched loosely before a word
   * nothing knows, is someone else. {@code noName} tells the words that are no one's name ("wethouder", "is").
   */
  static void anotherFirstName(List<String> tokens, List<Span> spans, java.util.function.Predicate<String> noName,
                               java.util.function.Function<String, List<String>> nameOf) {
    for (int s = 0; s < spans.size(); s++) {
      Span span = spans.get(s);
      List<String> name = span.entity().type() == EntityType.SPEAKER ? nameOf.apply(span.entity().id()) : List.of();
      int length = span.to() - span.from();
      if (name.size() < 2 || length >= name.size()) {
        continue;
      }
      int from = span.from();
      int to = span.to();
      if (tokens.subList(from, to).equals(name.subList(name.size() - length, name.size())) && from > 0) {
        // the surname alone was matched: the word before it may be another first name
        String before = tokens.get(from - 1);
        // a word nothing knows ("pieter" before "de bruijn") is free to be that first name
        boolean taken = spans.stream().anyMatch(x -> x.from() <= span.from() - 1 && span.from() - 1 < x.to()
            && !(x.entity().type() == EntityType.UNKNOWN && x.entity().id().startsWith("word:")
            && x.to() - x.from() == 1));
        // "micheal luigjes", "rik ter horst": the speaker's first name with a slip, not another person
        boolean slip = !name.get(0).equals(before) && name.get(0).length() >= 2
            && before.startsWith(name.get(0).substring(0, 2));
        if (taken || slip || before.length() < 3 || noName.test(before) || PARTICLES.contains(before)
            || !before.chars().allMatch(Character::isLetter) || name.contains(before)) {
          continue;
        }
        from--;
      } else if (length == 1 && !tokens.get(from).equals(name.get(0)) && unknownWordAt(spans, to)) {
        // a first name typed unlike the speaker's ("peter" for "pieter") before a word nothing knows
        to = spans.stream().filter(x -> x.from() == span.to()).findFirst().orElseThrow().to();
      } else {
        continue;
      }
      final int start = from;
      final int end = to;
      spans.removeIf(x -> x.from() >= start && x.to() <= end);
      spans.add(someone(tokens, start, end));
      s = -1;
    }
  }

  /**
   * "wie is Jan de Graaf?" typed in lower case when no one on the programme is called so: an unknown word, particles,
   * and a last word that ends the question are a name, whatever that last word means on its own ("graaf").
   */
  static void nameAtTheEnd(List<String> tokens, List<Span> spans) {
    for (Span span : List.copyOf(spans)) {
      int k = span.to();
      // "wie rijdt de bus?": right after the question word is the verb, not a name
      if (span.entity().type() != EntityType.UNKNOWN || !span.entity().id().startsWith("word:")
          || span.to() - span.from() != 1 || span.from() > 0
          && CueWords.QUESTION_WORDS.contains(tokens.get(span.from() - 1))) {
        continue;
      }
      while (k < tokens.size() && PARTICLES.contains(tokens.get(k))) {
        k++;
      }
      int at = k;
      if (k == span.to() || k != tokens.size() - 1 || tokens.get(k).length() < 3 || TIMES.contains(tokens.get(k))
          || !tokens.get(k).chars().allMatch(Character::isLetter)
          || spans.stream().anyMatch(x -> x != span && x.to() > span.to())) {
        continue;
      }
      spans.remove(span);
      spans.add(someone(tokens, span.from(), at + 1));
    }
  }

  /** "de laatste wedstrijd van de dag": a stretch of time ends the phrase, no surname. */
  private static final Set<String> TIMES = Set.of("dag", "ochtend", "middag", "avond", "nacht", "week", "maand",
      "jaar", "ronde", "dagen", "middaguur");

  /**
   * "komt wethouder pietersen ook?", "speelt dj tiesto ook?": a word after a role that neither the question language
   * nor the programme knows, before a last "ook", is someone's name, though it was not written as one ("is er ehbo
   * aanwezig?" names nobody).
   */
  static void afterRole(List<String> tokens, List<Span> spans) {
    for (Span role : List.copyOf(spans)) {
      if (role.entity().type() != EntityType.ROLE) {
        continue;
      }
      spans.stream().filter(x -> x.from() == role.to() && x.entity().type() == EntityType.UNKNOWN
              && x.entity().id().startsWith("word:") && x.entity().text().length() >= 4
              && x.to() == tokens.size() - 1 && ends(tokens, "ook")).findFirst()
          .ifPresent(name -> {
            spans.remove(name);
            spans.set(spans.indexOf(role), someone(tokens, role.from(), name.to())); // "wethouder pietersen"
          });
    }
  }

  private static boolean ends(List<String> tokens, String word) {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(word);
  }

  /** Someone the programme does not have, named by tokens {@code [from, to)}. */
  private static Span someone(List<String> tokens, int from, int to) {
    String words = String.join(" ", tokens.subList(from, to));
    return new Span(from, to, new Entity(EntityType.UNKNOWN, "person:" + words, words));
  }

  private static boolean unknownWordAt(List<Span> spans, int at) {
    return spans.stream().anyMatch(x -> x.from() == at && x.entity().type() == EntityType.UNKNOWN
        && x.entity().text().length() >= 4);
  }

  /** "Jan Jansen" when the programme has Lotte Janssen: a first name it does not know before a surname it does. */
  private static void unknownFirstName(List<String> tokens, Set<String> capitalised, List<Span> spans) {
    for (int s = 0; s < spans.size(); s++) {
      Span last = spans.get(s);
      if (last.entity().type() != EntityType.SPEAKER || last.to() - last.from() != 1 || last.from() == 0) {
        continue;
      }
      int before = last.from() - 1;
      Span name = spans.stream().filter(x -> x.to() == last.from() && x.entity().type() == EntityType.UNKNOWN
          && x.entity().id().startsWith("person:")).findFirst().orElse(null);
      if (name == null || !capitalised.contains(tokens.get(before))) {
        continue;
      }
      spans.removeIf(x -> x.from() >= name.from() && x.to() <= last.to());
      spans.add(someone(tokens, name.from(), last.to()));
      s = -1;
    }
  }
}
