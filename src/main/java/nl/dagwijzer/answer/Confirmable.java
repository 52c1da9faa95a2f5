package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.YesNoWords;
import nl.dagwijzer.nlu.VerbForms;

/**
 * Whether a sentence found for a yes/no question can say yes to it: "Neem je kapotte spullen mee" says nothing of
 * sending them ("kan ik mijn kapotte spullen opsturen?"), and nothing of a car ("kunnen jullie ook mijn auto
 * repareren?"): the verb the question asks one may do, and every thing it names that no text of the programme has,
 * must be in it.
 */
final class Confirmable {
  private static final java.util.Set<String> ALLOWING = java.util.Set.of("mag", "mogen", "kan", "kun", "kunt",
      "kunnen", "krijg", "krijgt", "krijgen", "mogelijk", "niet", "geen", "toegestaan", "verboden", "alleen");
  private Confirmable() {
  }

  static boolean holds(Answering a, String sentence) {
    List<String> tokens = a.index().descriptions().tokens(sentence);
    boolean unsaid = a.query().all(Detail.class).stream().flatMap(d -> YesNoWords.unsaid(d).stream())
        .anyMatch(w -> !DescriptionIndex.mentions(tokens, w));
    Optional<String> verb = a.query().all(Detail.class).stream().flatMap(d -> d.ability().stream()).findFirst();
    // a sentence that says what may, can or cannot be done answers it in its own verb ("Een live demo mag",
    // "Verzoeknummers kun je vooraf doorgeven"); one that only tells what to do ("Neem je laptop mee") needs the verb
    boolean verbSaid = verb.isEmpty() || verb.get().equals("komen") || tokens.stream().anyMatch(ALLOWING::contains)
        || VerbForms.forms(verb.get()).stream()
        .anyMatch(f -> tokens.contains(f) || f.length() >= 5 && DescriptionIndex.mentions(tokens, f))
        || verb.filter(v -> verbIn(a, sentence, v)).isPresent();
    return !unsaid && verbSaid;
  }

  /** Whether {@code sentence} has the verb the question asks one may do, in any of its forms ("geef ... door"). */
  static boolean verbNamed(Answering a, String sentence) {
    return a.query().all(Detail.class).stream().flatMap(d -> d.ability().stream()).findFirst()
        .filter(verb -> verbIn(a, sentence, verb)).isPresent();
  }

  private static boolean verbIn(Answering a, String sentence, String verb) {
    if (verb.length() < 5) {
      return false;
    }
    // the normalised sentence has a split verb's infinitive too ("doorgeven" of "Geef ... door"); a quoted one is
    // looked up past its "Uit de beschrijving van ‘X’: "
    String said = sentence.startsWith("Ja, ") && sentence.contains(": ") ? QuotedBeside.quotedSentence(sentence)
        : sentence;
    // (a verb at the end of the sentence stands before its full stop: "Het hesje ... mag je houden.")
    String normal = " " + a.index().descriptions().normalised(said).replaceAll("[.,;:!?()]", " ") + " ";
    return VerbForms.forms(verb).stream().filter(f -> f.length() >= 4).anyMatch(f -> normal.contains(" " + f + " "));
  }
}
