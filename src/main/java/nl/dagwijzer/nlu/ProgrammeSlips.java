package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slips of the keyboard in words that only the programme's texts use: "wie speelt er pieano?" where a description
 * says "speelt piano". The intent vocabulary corrects the question language ({@link Vocabulary}) and the gazetteer
 * the names; a word neither knows, one edit from exactly one word of the programme's texts, is read as that word; a
 * diminutive ("cadeautje") as the word the texts use ("cadeau"), a short form ("demo") as the word the titles write
 * out ("Demonstratie"), and a participle ("gecurld") as its verb where a title names the activity ("Curling").
 * One per programme.
 */
final class ProgrammeSlips {
  /** Shorter words are too often another word than a slip. */
  private static final int SHORTEST = 5;
  private static final List<String> DIMINUTIVE = List.of("tjes", "tje", "pjes", "pje", "jes", "je");
  /** Short forms people type for a word a programme writes out. */
  private static final Map<String, String> SHORT_FORMS = Map.of("demo", "demonstratie", "demos", "demonstraties",
      "expo", "expositie", "info", "informatie");

  private final Set<String> known;
  private final Map<Integer, List<String>> byLength = new HashMap<>();
  private final Set<String> words;

  /** {@code known}: every word a question may use ({@link KnownWords}); {@code programmeWords}: the texts' words. */
  ProgrammeSlips(Set<String> known, Set<String> programmeWords) {
    this.known = known;
    this.words = programmeWords;
    // "check-in" for "checkin" is a way of writing it, which the gazetteer reads as the name it is part of
    programmeWords.stream().filter(w -> w.length() >= SHORTEST - 1 && w.chars().allMatch(Character::isLetter))
        .sorted()
        .forEach(w -> byLength.computeIfAbsent(w.length(), n -> new ArrayList<>()).add(w));
  }

  /**
   * The tokens with each slip read as the programme's word, or {@code tokens} itself when there is none. Only a word
   * the finder found nothing for ({@code spans} marks it unknown) is tried; one typed with a capital may be a name.
   */
  List<String> corrected(List<String> tokens, List<Span> spans, Set<String> capitalised) {
    List<String> corrected = null;
    for (Span span : spans) {
      int i = span.from();
      if (span.entity().type() != EntityType.UNKNOWN || span.to() != i + 1 || i >= tokens.size()) {
        continue;
      }
      String token = tokens.get(i);
      // (not where the texts use the short form themselves: "Demoruimte")
      Optional<String> whole = Optional.ofNullable(SHORT_FORMS.get(token)).filter(w -> words.stream()
          .noneMatch(t -> t.startsWith(token) && !t.startsWith(w)) && words.stream().anyMatch(t -> t.startsWith(w)));
      if (whole.isPresent()) {
        // "wat is de laatste demo?" on a day of "Demonstratie autobrand": the word the titles write out
        corrected = corrected == null ? new ArrayList<>(tokens) : corrected;
        corrected.set(i, whole.get());
        continue;
      }
      Optional<String> separable = separable(token);
      if (separable.isPresent()) {
        // "hoe laat worden de prijzen uitgereikt?": the "Prijsuitreiking" the texts name
        corrected = corrected == null ? new ArrayList<>(tokens) : corrected;
        corrected.set(i, separable.get());
        continue;
      }
      if (token.length() < SHORTEST - 1 || known.contains(token) || capitalised.contains(token)
          || inflects(token)) {
        continue;
      }
      // a four-letter word only with two neighbours swapped ("caht" for "chat"): one letter more or less is too often
      // another word
      // a participle is the activity a title names with "-ing" ("waar wordt er gecurld?": "Curlingclinic")
      String meant = token.length() < SHORTEST ? swapped(token) : participle(token)
          .or(() -> verbOfNoun(token)).orElseGet(() -> meant(token));
      if (!meant.equals(token)) {
        if (corrected == null) {
          corrected = new ArrayList<>(tokens);
        }
        corrected.set(i, meant);
      }
    }
    return corrected == null ? tokens : corrected;
  }

  /**
   * "gecurld", "geveild", "geopend": the verb ("curlen") when a word of the texts starts with its noun in "-ing"
   * ("Curlingclinic", "veiling", "opening"); not "gevierd" or "gezeild", which say what someone did.
   */
  private Optional<String> participle(String token) {
    if (!token.startsWith("ge") || !(token.endsWith("d") || token.endsWith("t")) || token.length() < SHORTEST + 2) {
      return Optional.empty();
    }
    String stem = token.substring(2, token.length() - 1);
    return words.stream().anyMatch(w -> w.startsWith(stem + "ing")) ? Optional.of(stem + "en")
        : Optional.empty();
  }

  /**
   * "verloting", "proeving" where the texts only have the verb ("wordt om 16:45 verloot", "proeven"): the verb's form
   * the texts use, its stem with a short vowel written double as Dutch does ("verlot" → "verloot").
   */
  private Optional<String> verbOfNoun(String token) {
    if (!token.endsWith("ing") || token.length() < SHORTEST + 3 || words.contains(token)) {
      return Optional.empty();
    }
    String stem = token.substring(0, token.length() - 3);
    List<String> forms = new ArrayList<>(List.of(stem + "en", stem + "t"));
    OpenSyllable.lengthened(stem).ifPresent(doubled -> forms.addAll(List.of(doubled, doubled + "t")));
    return forms.stream().filter(words::contains).findFirst();
  }

  /** Particles a Dutch verb splits off, before "ge" in its participle: "uit" of "uitgereikt". */
  private static final List<String> PARTICLES = List.of("uit", "op", "af", "aan", "in", "mee", "door", "toe", "voor",
      "na", "terug", "rond");

  /**
   * "uitgereikt", "opgebouwd": the one word of the texts that names the activity in "-ing" ("Prijsuitreiking",
   * "opbouwing"), when there is exactly one.
   */
  private Optional<String> separable(String token) {
    for (String particle : PARTICLES) {
      if (token.startsWith(particle + "ge") && (token.endsWith("t") || token.endsWith("d"))
          && token.length() >= particle.length() + 2 + SHORTEST - 1) {
        String noun = particle + token.substring(particle.length() + 2, token.length() - 1) + "ing";
        List<String> naming = words.stream().filter(w -> w.endsWith(noun)).distinct().toList();
        return naming.size() == 1 ? Optional.of(naming.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "stoel" where the texts say "stoelen": the start of a word of the texts with an ending, no slip of "stel". */
  private boolean inflects(String token) {
    for (int length = token.length() + 1; length <= token.length() + 3; length++) {
      for (String word : byLength.getOrDefault(length, List.of())) {
        if (word.startsWith(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code typed} is {@code word} with one letter too many or too few inside it, or two neighbours swapped.
   * Not one letter for another ("roken", "koken"; "dochter", "dichter": both words) and not at the end, where Dutch
   * inflects ("inwoner", "inwoners"; "levert", "lever").
   */
  static boolean slip(String typed, String word) {
    int n = typed.length();
    String longer = n >= word.length() ? typed : word;
    String shorter = n >= word.length() ? word : typed;
    if (longer.length() - shorter.length() > 1) {
      return false;
    }
    int first = 0;
    while (first < shorter.length() && typed.charAt(first) == word.charAt(first)) {
      first++;
    }
    if (longer.length() == shorter.length()) {
      return first + 1 < n && typed.charAt(first) == word.charAt(first + 1)
          && typed.charAt(first + 1) == word.charAt(first)
          && typed.regionMatches(first + 2, word, first + 2, n - first - 2);
    }
    // the letter too many is the first that differs; neither the first letter nor the last
    return first >= 1 && first <= longer.length() - 2
        && longer.regionMatches(first + 1, shorter, first, shorter.length() - first);
  }

  /** The one word of the texts of the same length with two neighbouring letters swapped, or the word as typed. */
  private String swapped(String typed) {
    List<String> found = byLength.getOrDefault(typed.length(), List.of()).stream()
        .filter(word -> slip(typed, word)).limit(2).toList();
    return found.size() == 1 ? found.get(0) : typed;
  }

  /** The one word of the texts one edit away, or the word as typed when there is none or more than one. */
  private String meant(String typed) {
    String found = null;
    for (int length = typed.length() - 1; length <= typed.length() + 1; length++) {
      for (String word : byLength.getOrDefault(length, List.of())) {
        if (slip(typed, word)) {
          if (found != null) {
            return typed;
          }
          found = word;
        }
      }
    }
    return found != null ? found : diminished(typed).or(() -> linked(typed)).orElse(typed);
  }

  /**
   * "pietgym" where the texts say "Pietengym": a compound typed without its linking "en", when exactly one word of
   * the texts has it there (not at either end).
   */
  private Optional<String> linked(String typed) {
    List<String> found = byLength.getOrDefault(typed.length() + 2, List.of()).stream().filter(word -> {
      for (int at = SHORTEST - 2; at <= typed.length() - 2; at++) {
        if (word.startsWith("en", at) && word.startsWith(typed.substring(0, at))
            && word.endsWith(typed.substring(at))) {
          return true;
        }
      }
      return false;
    }).limit(2).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * "een cadeautje" where the texts say "cadeau": the word without its diminutive ending. (Not the compounds that end
   * in a word: "praktijk" in "massagepraktijk" or "partners" in "zorgpartners" name one thing where the question
   * asks about things of that kind.)
   */
  private Optional<String> diminished(String typed) {
    for (String ending : DIMINUTIVE) {
      String stem = typed.substring(0, typed.length() - ending.length());
      if (typed.endsWith(ending) && stem.length() >= SHORTEST - 1 && words.contains(stem)) {
        return Optional.of(stem);
      }
    }
    return Optional.empty();
  }
}
