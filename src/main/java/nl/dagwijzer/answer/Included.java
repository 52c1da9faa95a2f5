package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.IncludedAsked;
import nl.dagwijzer.programme.Session;

/**
 * "zit de lunch bij de prijs in?" against "Deelname kost €5 per kind, inclusief lunchpakket": yes, with that
 * sentence; "zit de entree ook bij de prijs van de beginnersles?" against "...; de entree is niet inbegrepen": no. The
 * sentences of the sessions named first, then those of the session the thing names, then any text of the day.
 */
final class Included {
  private static final Pattern INCLUDED = Pattern.compile("(?iu)\\b(inclusief|inbegrepen|incl\\.|bij de prijs"
      + "|bij het inschrijfgeld|bij de toegangsprijs|zit(ten)? bij)\\b");
  private static final Set<String> NOT = Set.of("niet", "geen", "exclusief", "excl", "zonder", "behalve",
      "uitzondering", "uitgezonderd");
  /** (not the comma of an amount: "De lunch kost €12,50 ... en zit niet bij het inschrijfgeld in") */
  private static final Pattern CLAUSES = Pattern.compile("[;:]|,(?!\\d)|\\s(?=maar\\s)");

  private Included() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> thing = IncludedAsked.thing(a.query());
    if (thing.isEmpty()) {
      return Optional.empty();
    }
    String word = thing.get();
    DescriptionIndex descriptions = a.index().descriptions();
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    for (List<Session> pool : List.of(named, a.programme().sessions())) {
      for (Session session : pool) {
        boolean titled = pool == named && descriptions.tokens(session.title()).stream().anyMatch(t -> names(t, word));
        for (String sentence : DescriptionIndex.sentences(session)) {
          if (INCLUDED.matcher(sentence).find() && (titled || saysThing(descriptions, sentence, word))) {
            return Optional.of(Written.text(yesOrNo(descriptions, sentence, word) + Descriptions.from(session,
                sentence)).turningTo(List.of(session)));
          }
        }
      }
      if (pool == named && !named.isEmpty()) {
        continue;
      }
      Optional<String> ofDay = DescriptionIndex.sentences(a.programme().event().summary()).stream()
          .filter(s -> INCLUDED.matcher(s).find() && saysThing(descriptions, s, word)).findFirst();
      if (ofDay.isPresent()) {
        return Optional.of(Written.text(yesOrNo(descriptions, ofDay.get(), word)
            + Descriptions.fromDay(ofDay.get())));
      }
    }
    return Optional.empty();
  }

  private static boolean saysThing(DescriptionIndex descriptions, String sentence, String word) {
    return descriptions.tokens(sentence).stream().anyMatch(t -> names(t, word));
  }

  /** "lunch" in "lunch" and "lunchpakket"; "drankjes" in "drankje". */
  private static boolean names(String token, String word) {
    return token.equals(word) || token.startsWith(word) && word.length() >= 4
        || word.startsWith(token) && token.length() >= 4 && word.length() - token.length() <= 2;
  }

  private static String yesOrNo(DescriptionIndex descriptions, String sentence, String word) {
    for (String clause : CLAUSES.split(sentence.toLowerCase(Locale.ROOT))) {
      List<String> tokens = descriptions.tokens(clause);
      if (tokens.stream().anyMatch(t -> names(t, word))) {
        return tokens.stream().anyMatch(NOT::contains) ? "Nee, " : "Ja, ";
      }
    }
    return "Ja, ";
  }
}
