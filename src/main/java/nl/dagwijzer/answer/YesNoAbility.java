package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.VerbForms;
import nl.dagwijzer.programme.Session;

/**
 * "mag ik zelf een aannemer kiezen?", "kan ik een boek van Lotte kopen?": of a session the question names, whether one
 * may or can do what its verb says. Its being on the programme is no yes: the sentence of its description with the
 * verb decides, and without one the reply says the programme does not say it.
 */
final class YesNoAbility {
  private static final int FEW = 3;

  private YesNoAbility() {
  }

  /** Who may come, when a description restricts it: "alleen op uitnodiging", "besloten", "alleen voor leden". */
  private static final java.util.regex.Pattern RESTRICTED = java.util.regex.Pattern.compile(
      "\\buitnodiging\\b|\\bbesloten\\b|\\balleen voor (genodigden|leden|deelnemers|investeerders|medewerkers|familie)"
      + "|\\bniet (openbaar|toegankelijk)\\b");

  private static Optional<Written> restricted(Answering a) {
    for (Session session : a.sessions().stream().limit(FEW).toList()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (RESTRICTED.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
          return Optional.of(Written.text("Nee, niet zomaar: " + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code what}: the sessions matched, as the reply would list them after "Ja, ". */
  static Optional<Written> answer(Answering a, Written what) {
    Optional<String> verb = a.query().all(Detail.class).stream().flatMap(d -> d.ability().stream()).findFirst();
    if (verb.isEmpty() || a.sessions().isEmpty()) {
      return Optional.empty();
    }
    if (verb.get().equals("komen")) {
      return restricted(a); // "mag ik naar het investeerdersontbijt?" when it is "alleen op uitnodiging"
    }
    List<String> forms = VerbForms.forms(verb.get());
    if (a.programme().sessions().stream().anyMatch(s -> s.title().toLowerCase(Locale.ROOT).contains(verb.get()))) {
      return Optional.empty(); // "kan ik nog met de lijsttrekkers praten?" on a day with "Napraten met ..."
    }
    for (Session session : a.sessions().stream().limit(FEW).toList()) {
      String named = (session.title() + " " + String.join(" ", session.aliases())).toLowerCase(Locale.ROOT);
      if (forms.stream().anyMatch(f -> f.length() >= 4 && named.contains(f.substring(0, Math.min(5, f.length()))))) {
        return Optional.empty(); // "kan ik mijn fiets laten repareren?" at the "Reparatietafel": it is what it does
      }
      for (String sentence : DescriptionIndex.sentences(session)) {
        List<String> tokens = a.index().descriptions().tokens(sentence);
        Optional<String> said = forms.stream().filter(f -> tokens.contains(f)
            || f.length() >= 5 && DescriptionIndex.mentions(tokens, f)).findFirst();
        if (said.isPresent()) {
          boolean no = Clauses.negated(sentence, List.of(said.get())).orElse(false);
          return Optional.of(Written.text((no ? "Nee, " : "Ja, ") + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    if (Descriptions.quote(a, false).isPresent()) {
      return Optional.empty(); // a sentence with the question's other words will be quoted beside the yes
    }
    return Optional.of(new Written("Dat staat niet in het programma: over ‘" + verb.get() + "’ zegt het niets. "
        + what.text(), what.overview(), what.turnedTo()));
  }
}
