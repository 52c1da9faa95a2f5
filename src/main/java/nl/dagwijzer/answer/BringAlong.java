package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "wat moet ik meenemen naar tafel A?", "moet ik iets meenemen?": the sentence of a description that says what to
 * bring ("Neem je laatste energierekening mee."), of the sessions asked about, or the one session that says it.
 */
final class BringAlong {
  private static final Pattern BRING = Pattern.compile("(?iu)\\b(neem|neemt|meenemen|meebrengen|breng|brengt)\\b");
  private static final int SHARED_START = 5;

  private final Answering a;

  BringAlong(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<String> asked = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith("meenemen")).findFirst();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    // "mag ik mijn hond meenemen?": only a sentence about the dog answers that
    String object = asked.get().contains(":") ? asked.get().substring(asked.get().indexOf(':') + 1) : "";
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    List<Session> pool = named.isEmpty() ? a.programme().sessions() : named;
    List<String> found = new java.util.ArrayList<>();
    Session from = null;
    for (Session session : pool) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        // a workshop given three times says it three times: once is enough
        if (BRING.matcher(sentence).find() && (object.isEmpty() || mentions(sentence, object))
            && !found.contains(sentence)) {
          found.add(sentence);
          from = from == null ? session : from;
          break;
        } else if (found.contains(sentence)) {
          break;
        }
      }
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    String quote = "uit de beschrijving van " + DutchText.name(from) + ": " + found.get(0);
    return Optional.of(Written.text(a.query().asked() == Asked.YESNO ? "Ja, " + quote : DutchText.capitalise(quote))
        .turningTo(List.of(from)));
  }

  private static boolean mentions(String sentence, String word) {
    for (String token : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (token.equals(word) || token.length() >= SHARED_START && word.length() >= SHARED_START
          && token.regionMatches(0, word, 0, SHARED_START)) {
        return true;
      }
    }
    return false;
  }
}
