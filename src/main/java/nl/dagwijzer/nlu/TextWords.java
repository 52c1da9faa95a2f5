package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a question that the programme's texts use but that name nothing ("moet ik een laptop meenemen?",
 * "hoeveel plekken zijn er?"): the answer can quote the sentence of a description that has them
 * ({@link Detail#text}).
 */
final class TextWords {
  /** A word the intent examples use this often is a word of the question language, not of a description. */
  private static final int QUESTION_LANGUAGE = 3;
  /** Words that shape the question, not what it asks about ("samen", "twee", "online"). */
  /** Words that make "open" say when something is on: "nog open", "open tijdens", "de hele middag open". */
  private static final Set<String> OPEN_WHEN = Set.of("tijdens", "nog", "hele", "gehele", "na", "om", "nu", "langst",
      "kortst", "eerst", "laatst");
  /** Words right before a noun: "mijn hond", "een drone". */
  private static final Set<String> NOUN_BEFORE = Set.of("mijn", "m'n", "mn", "onze", "ons", "een", "de", "het",
      "je", "jullie", "uw");
  /** Words before a noun that say it is one of many, or the asker's: "een broodje", "mijn hond". */
  private static final Set<String> ONE_OF = Set.of("een", "mijn", "m'n", "mn", "onze", "ons");
  private static final Set<String> LISTING = Set.of("hoeveel", "welke", "welk", "wat");
  private static final Set<String> SHAPING = Set.of("samen", "online", "allemaal", "twee", "drie", "vier", "vijf",
      "zeven", "acht", "negen", "tien", "keer", "eerst", "laatst", "vandaag", "morgen", "straks", "totaal", "elkaar");

  /**
   * What people bring or look for at a day out, and the word a programme writes for where it goes; and the two words
   * for places ("de meeste plekken" where it says "maximaal 180 plaatsen").
   */
  private static final java.util.Map<String, List<String>> FACILITIES = java.util.Map.of(
      "jas", List.of("garderobe"), "jassen", List.of("garderobe"), "jas'", List.of("garderobe"),
      "wc", List.of("toiletten", "toilet"), "wcs", List.of("toiletten", "toilet"),
      "auto", List.of("parkeren", "parkeerplaats", "parkeerterrein", "parkeergarage"),
      "fiets", List.of("fietsenstalling", "fietsenrek"), "fietsen", List.of("fietsenstalling", "fietsenrek"),
      "plekken", List.of("plaatsen"), "plaatsen", List.of("plekken"));

  private TextWords() {
  }

  /**
   * @param dayWords the words of the day's title, organiser and venue: they say which day, not what a
   *                 description says
   */
  static List<Condition> of(List<String> tokens, List<Span> spans, Set<String> programmeWords, Set<String> dayWords,
                            Vocabulary vocabulary) {
    boolean[] named = new boolean[tokens.size()];
    spans.forEach(s -> {
      for (int k = s.from(); k < s.to() && k < named.length; k++) {
        named[k] = true;
      }
    });
    Set<String> words = new LinkedHashSet<>();
    boolean yesNo = YesNoForm.isYesNo(tokens);
    boolean terse = YesNoForm.chat(tokens);
    for (int k = 0; k < tokens.size(); k++) {
      String asked = tokens.get(k);
      // "een vegetarische foodtruck" where the text says "vegetarisch": the programme's form of the word
      // "zoekt de kascommissie iemand?" where the text says "gezocht": a verb of its own, not of the question language
      // ("mag mijn hond mee?" where the text says "honden": the plural of a noun right after "een" or "mijn" ("wat
      // kost een broodje?"), and in a yes/no question after any article or an inflected adjective after one ("een
      // nieuwe rits"); not of "de laatste wedstrijd", a session, nor of the asker's own capacity, "als journalist",
      // nor of a verb, "wat maak je")
      String before = k > 0 ? tokens.get(k - 1) : "";
      // ("hond mee in weiland?": the thing a terse chat question opens with is a noun too)
      boolean noun = NOUN_BEFORE.contains(before) || k == 0 && terse
          || k >= 2 && before.endsWith("e") && NOUN_BEFORE.contains(tokens.get(k - 2));
      // (a long word the programme only has in the plural is that noun wherever it stands: "pendelbus?")
      // (not after another word: "de laatste wedstrijd" is a session, "als journalist" the asker)
      boolean onlyPlural = asked.length() >= LONG_NOUN && !programmeWords.contains(asked)
          && BEFORE_ONLY_PLURAL.contains(before);
      boolean noPlural = (!noun || !yesNo && !ONE_OF.contains(before)) && !onlyPlural
          || asking(asked, vocabulary) && !CueWords.SERVICES.contains(asked);
      String word = java.util.stream.Stream.concat(inflected(asked).stream(), noPlural
              ? java.util.stream.Stream.<String>empty() : plural(asked).stream()).filter(programmeWords::contains)
          .findFirst()
          .or(() -> asking(asked, vocabulary) ? java.util.Optional.empty()
              : VerbForms.of(asked).stream().filter(programmeWords::contains).findFirst())
          .orElse(asked);
      // a practical matter the programme's own texts speak of ("aanmelden is niet nodig") is asked of those texts
      boolean service = CueWords.SERVICES.contains(word);
      // "wat is er tijdens de pauze nog open?": still on, not a description's "open"
      // "wat is er de hele middag open?": open all that stretch, not a description's "open"
      // "hoeveel tafels zijn er open tijdens de lezing?", "welke kramen zijn om 14:00 open?": on at that time
      // (a yes/no question or "vanaf hoe laat is X open?" may be answered by a description's "open")
      boolean stillOn = word.equals("open") && (tokens.stream().anyMatch(OPEN_WHEN::contains)
          && !tokens.isEmpty() && LISTING.contains(tokens.get(0)) || OpenNow.asked(tokens));
      // "welke tuinen zijn alleen 's middags open?": only then (Detail "alleen"), not a description's "alleen"
      int at = k;
      boolean onlyThen = word.equals("alleen") && spans.stream().anyMatch(s -> s.from() > at && s.from() <= at + 3
          && (s.entity().type() == EntityType.PERIOD || s.entity().type() == EntityType.ROUND));
      if (!named[k] && !stillOn && !onlyThen && !verbAfterWhich(tokens, named, k, spans) && word.length() >= 3
          && programmeWords.contains(word)
          && (service || !CommonWords.WORDS.contains(word) && !CueWords.all().contains(word)
          && vocabulary.counts().getOrDefault(word, 0) < QUESTION_LANGUAGE)
          && !SHAPING.contains(word) && !dayWords.contains(word)
          && DayPart.ofWord(word).isEmpty() && DayPeriod.ofWord(word).isEmpty()) {
        words.add(word);
      }
    }
    registering(tokens, programmeWords).ifPresent(words::add);
    // "waar kan ik mijn jas kwijt?" where the text says "De garderobe is naast de ingang"
    tokens.stream().flatMap(t -> FACILITIES.getOrDefault(t, List.of()).stream()).filter(programmeWords::contains)
        .findFirst().ifPresent(words::add);
    List<Condition> details = new ArrayList<>();
    words.forEach(w -> details.add(Detail.text(w)));
    return details;
  }

  /**
   * Whether {@code described} holds the programme's word for a facility the question asks about in its own words
   * ("jas" and "garderobe"): a practical matter that the programme's texts do speak of.
   */
  static boolean facility(List<String> tokens, List<Condition> described) {
    return tokens.stream().flatMap(t -> FACILITIES.getOrDefault(t, List.of()).stream()).anyMatch(target -> described
        .stream().anyMatch(c -> c instanceof Detail d && d.text().filter(target::equals).isPresent()));
  }

  /** A word of the question language ("laat", "kiezen"), which other forms would turn into a description's word. */
  private static boolean asking(String word, Vocabulary vocabulary) {
    return CommonWords.WORDS.contains(word) || CueWords.all().contains(word)
        || vocabulary.counts().getOrDefault(word, 0) >= QUESTION_LANGUAGE;
  }

  /**
   * "hoe meld ik me aan?", "moet ik me opgeven?": registering, as the question says it (a separable verb too) or, when
   * the programme uses another of its words ("Aanmelden bij de balie"), as the programme says it.
   */
  private static java.util.Optional<String> registering(List<String> tokens, Set<String> programmeWords) {
    Set<String> asked = new LinkedHashSet<>(SeparableVerbs.of(tokens));
    // ("moet ik me inschrijve?": chat drops the infinitive's last letter)
    tokens.stream().map(t -> SeparableVerbs.REGISTERING.contains(t + "n") ? t + "n" : t)
        .filter(SeparableVerbs.REGISTERING::contains).forEach(asked::add);
    if (asked.isEmpty()) {
      return java.util.Optional.empty();
    }
    return asked.stream().filter(programmeWords::contains).findFirst()
        .or(() -> SeparableVerbs.REGISTERING.stream().filter(programmeWords::contains).findFirst());
  }

  /**
   * "bij welk optreden spelen ze trompet?": the verb right after the kind of session asked for says what that kind
   * does, not which of them a description says it of (the instrument does).
   */
  private static boolean verbAfterWhich(List<String> tokens, boolean[] named, int k, List<Span> spans) {
    if (k < 2 || !named[k - 1] || !(tokens.get(k).endsWith("en") || tokens.get(k).endsWith("t"))) {
      return false;
    }
    // ("vanaf welke hoogte springen ze?": a word the programme does not have names no kind of session)
    if (tokens.get(k).endsWith("en") && spans.stream().anyMatch(s -> s.from() <= k - 1 && k - 1 < s.to()
        && s.entity().type() == EntityType.UNKNOWN)) {
      return false;
    }
    int first = k - 1;
    while (first > 0 && named[first - 1]) {
      first--;
    }
    return first > 0 && (tokens.get(first - 1).equals("welke") || tokens.get(first - 1).equals("welk"));
  }

  /** "gastheren": "gastheer", "gastvrouwen": "gastvrouw", "stands": "stand"; the plural asked, the one in the text. */
  private static List<String> singular(String word) {
    int n = word.length();
    List<String> forms = new ArrayList<>();
    if (n > 6 && word.endsWith("en")) {
      String stem = word.substring(0, n - 2);
      forms.add(stem);
      OpenSyllable.lengthened(stem).ifPresent(forms::add);
    } else if (n > 5 && word.endsWith("s") && !word.endsWith("ss")) {
      forms.add(word.substring(0, n - 1));
    }
    return forms;
  }

  /** The word as asked and its forms with and without an inflected ending: "vegetarische", "vegetarisch". */
  static List<String> inflected(String word) {
    List<String> forms = new ArrayList<>(List.of(word));
    int n = word.length();
    if (n > 5 && word.endsWith("e")) {
      forms.add(word.substring(0, n - 1));
      OpenSyllable.lengthened(word.substring(0, n - 1)).ifPresent(forms::add); // "digitale": "digitaal"
    } else if (n > 4) {
      forms.add(word + "e");
      // "digitaal": "digitale"
      if (word.charAt(n - 2) == word.charAt(n - 3) && "aeou".indexOf(word.charAt(n - 2)) >= 0
          && "aeiou".indexOf(word.charAt(n - 1)) < 0) {
        forms.add(word.substring(0, n - 2) + word.charAt(n - 1) + "e");
      }
    }
    if (n > 4 && word.endsWith("dt")) {
      forms.add(word.substring(0, n - 1)); // "vergoedt" in the question, "vergoed" in the text
    } else if (n > 4 && word.endsWith("d")) {
      forms.add(word + "t"); // "worden de reiskosten vergoed?" where the text says "het Steunpunt vergoedt"
    }
    forms.addAll(singular(word));
    if (n > 5 && word.endsWith("ie")) {
      forms.add(word + "en"); // "een allergie" where the text says "Allergieën": its plural
      forms.add(word + "ën");
    }
    return forms;
  }

  /**
   * "hond": "honden", "drone": "drones", "kraam": "kramen", "bal": "ballen": the plurals a text may use of a noun
   * asked in the singular ("mag mijn hond mee?" where it says "geen honden"); "-s" only after an unstressed ending.
   */
  /** A word this long is a compound noun rather than a word of the question language ("pendelbus"). */
  private static final int LONG_NOUN = 8;
  /** What such a noun may follow: nothing, or an article or a pointing word. */
  private static final Set<String> BEFORE_ONLY_PLURAL = Set.of("", "de", "het", "een", "die", "deze");

  static List<String> plural(String word) {
    int n = word.length();
    if (n < 4 || !word.chars().allMatch(Character::isLetter) || word.endsWith("en")) {
      return List.of();
    }
    boolean unstressed = word.endsWith("e") || word.endsWith("el") || word.endsWith("er") || word.endsWith("em")
        || word.endsWith("je");
    List<String> forms = new ArrayList<>(List.of(unstressed ? word + "s" : word + "en"));
    String open = OpenSyllable.plural(word);
    if (!open.equals(word)) {
      forms.add(open);
    }
    char last = word.charAt(n - 1);
    boolean shortVowel = "aeiou".indexOf(word.charAt(n - 2)) >= 0 && "aeiou".indexOf(word.charAt(n - 3)) < 0
        && "aeiou".indexOf(last) < 0;
    if (shortVowel) {
      forms.add(word + last + "en");
    }
    return forms;
  }
}
