package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;

/**
 * A yes to a yes/no question that only a description answers, in one sentence that has the question's words and
 * nothing that turns them around.
 */
final class DescribedYes {
  private DescribedYes() {
  }

  /** Long words that say something of a thing rather than name one: "is een helm verplicht?" asks of the helmet. */
  private static final java.util.Set<String> SAID_OF = java.util.Set.of("verplicht", "toegestaan", "mogelijk",
      "inbegrepen", "beschikbaar", "aanwezig", "geschikt", "verboden");

  /** Words in a sentence that turn what it says around ("zonder echte personen"): no "ja" on them. */
  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("niet", "geen", "zonder", "nooit", "alleen");

  /**
   * "krijg ik bij het juridisch loket gratis advies?" when a description says "Bij de stand van het Juridisch Loket
   * krijgt u gratis kort juridisch advies.": one sentence with every word of the question that names nothing else,
   * and nothing in it that turns it around; one word only as a name, or when the question asks whether there is
   * one ("is er ook een publieksprijs?").
   */
  static Optional<String> confirming(Answering a) {
    List<String> asked = a.query().textWords();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    // "heb ik een danspartner nodig?" when it says "U hoeft geen danspartner mee te nemen": the one long noun
    List<String> specific = asked.stream().filter(w -> w.length() >= Descriptions.SPECIFIC && !w.endsWith("en")
        && !SAID_OF.contains(w)).toList();
    Optional<String> registering = DescribedRegistering.answer(a, asked);
    if (registering.isPresent()) {
      return registering;
    }
    // ("moet ik me aanmelden voor de infopraatjes?": registering is what is asked, not whether they are there)
    boolean one = asked.size() >= 2 && specific.size() == 1 && a.index().descriptions().withAll(asked).isEmpty()
        && !nl.dagwijzer.nlu.SeparableVerbs.registers(asked);
    // "is Hind Ait Hamou genomineerd in Werk & Meedoen?": the name decides the sentence, not the long word beside it
    List<String> names = one ? DescribedPeople.writtenAsNames(a.index().descriptions(),
        asked.stream().filter(w -> w.length() >= 3).toList()) : List.of();
    Optional<DescriptionIndex.Sentence> named = names.size() >= 2 ? a.index().descriptions().withAll(names)
        : Optional.empty();
    if (named.isPresent()) {
      return named.map(found -> "Ja, " + Descriptions.from(found.session(), found.text()));
    }
    List<String> words = one ? specific : headed(a, needed(a, asked));
    List<DescriptionIndex.Sentence> having = one ? List.of() : a.index().descriptions().allWithAll(words);
    Optional<DescriptionIndex.Sentence> first = one ? a.index().descriptions().withWord(specific.get(0))
        : having.stream().findFirst();
    // "mogen we het hesje houden?": of the sentences with the words, the one with the verb asked ("Het hesje ... mag
    // je houden", not "Bij binnenkomst krijgt iedere deelnemer een hesje")
    Optional<DescriptionIndex.Sentence> sentence = first.filter(s -> !Confirmable.verbNamed(a, s.text()))
        .flatMap(s -> (one ? a.index().descriptions().allWithAll(specific) : having).stream()
            .filter(other -> Confirmable.verbNamed(a, other.text())).findFirst())
        .or(() -> first);
    if (sentence.isPresent() && Descriptions.denies(a, sentence.get().text(), words).orElse(false)) {
      // "kan ik contant betalen?" when it says "betalen kan alleen met pin": the part with the words turns it around
      return Optional.of("Nee, " + Descriptions.from(sentence.get().session(), sentence.get().text()));
    }
    return sentence
        // a negation in another clause than the words' does not turn them around ("Het gesprek is vertrouwelijk; er
        // wordt niets doorgegeven zonder jouw toestemming.")
        // (not after a clause that asks: "Niet aan de beurt geweest? Je krijgt een kaartje ..." sets a case)
        .filter(found -> (found.text().contains("?") ? Optional.<Boolean>empty()
            : Descriptions.denies(a, found.text(), words).map(negated -> !negated))
            .orElse(found.tokens().stream().noneMatch(NEGATIONS::contains)))
        // one word is enough only as a name ("is de voedselbank er ook?": "Voedselbank Veenendaal"), not as a thing
        // a sentence happens to mention ("moet mijn camera aan?": "test je camera")
        .filter(found -> words.size() >= 2 || writtenAsName(found.text(), words.get(0))
            // "krijg ik een presentiebewijs?": a long noun names one thing (a verb such as "meenemen" does not)
            || words.get(0).length() >= Descriptions.SPECIFIC && !words.get(0).endsWith("en")
            && !SAID_OF.contains(words.get(0))
            || words.get(0).length() >= 4 && a.query().hasDetail("er-is")
            // "kan ik dieetwensen doorgeven?": "Geef dieetwensen door aan de bediening" has the thing and the verb
            // (the verb is a second word: not when it is the thing itself, "kan:rijen" of a misspelt "rijden")
            || words.get(0).length() >= 5 && Confirmable.verbNamed(a, found.text()) && a.query().all(
            nl.dagwijzer.nlu.Detail.class).stream().flatMap(d -> d.ability().stream()).noneMatch(words.get(0)::equals))
        .map(found -> AgeRanges.given(a.query()).flatMap(age -> AgeRanges.outside(found.session(), age))
            .map(t -> "Nee, " + Descriptions.from(found.session(), t)) // "kan mijn zoon van 11 zich nog inschrijven?"
            .orElse("Ja, " + Descriptions.from(found.session(), found.text())));
  }

  /**
   * "zijn gymschoenen nodig?" when it says "Gymschoenen met lichte zolen zijn verplicht": the programme's word for
   * what one needs, when no sentence has the question's own.
   */
  private static List<String> needed(Answering a, List<String> asked) {
    if (!asked.contains("nodig") || a.index().descriptions().withAll(asked).isPresent()) {
      return asked;
    }
    List<String> required = asked.stream().map(w -> w.equals("nodig") ? "verplicht" : w).toList();
    return a.index().descriptions().withAll(required).isPresent() ? required : asked;
  }

  /** The shortest last part of a compound a sentence may say instead of it ("taarten" of "appeltaarten"). */
  private static final int SHORTEST_HEAD = 5;
  private static final int SHORTEST_FRONT = 4;

  /**
   * "mag het publiek de appeltaarten proeven?" when it says "Na de jurering mag het publiek de taarten proeven.": a
   * compound of the question by its last part, when no sentence has the question's words as they are.
   */
  private static List<String> headed(Answering a, List<String> words) {
    if (words.size() < 2 || a.index().descriptions().withAll(words).isPresent()) {
      return words;
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      for (int cut = SHORTEST_FRONT; cut <= word.length() - SHORTEST_HEAD; cut++) {
        List<String> tried = new java.util.ArrayList<>(words);
        tried.set(i, word.substring(cut));
        if (a.index().descriptions().withAll(tried).isPresent()) {
          return tried;
        }
      }
    }
    return words;
  }

  private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{L}*");

  private static boolean writtenAsName(String sentence, String word) {
    String start = word.substring(0, Math.min(word.length(), 5));
    java.util.regex.Matcher matcher = CAPITALISED.matcher(sentence);
    while (matcher.find()) {
      if (matcher.start() > 0 && matcher.group().toLowerCase(java.util.Locale.ROOT).startsWith(start)) {
        return true;
      }
    }
    return false;
  }
}
