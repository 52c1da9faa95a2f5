package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.ItemKind;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik op slippers naar de kastinspectie?" when a description says "Draag dichte schoenen", "mag ze haar oorbellen
 * inhouden?" against "zonder sieraden", "mag ik een zwaard meenemen?" against "Geen echte wapens": the rule for the
 * kind of thing decides, from the sessions asked about, else the day, else any session.
 */
final class ItemKindRule {
  /** The shoes such rules ask for, which slippers and heels are not. */
  private static final Set<String> CLOSED = Set.of("dichte", "stevige", "platte", "gesloten", "dicht");
  private static final Set<String> AGAINST = Set.of("niet", "geen", "zonder", "af", "uit", "verboden", "weg");

  private ItemKindRule() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> kind = a.query().detailAfter(ItemKind.PREFIX);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().named() ? a.selection().sessions() : List.of();
    return FirstSaying.find(a, named, false, sentence -> rule(a, sentence, kind.get()).isPresent())
        .map(hit -> hit.reply(rule(a, hit.sentence(), kind.get()).orElseThrow() ? "Nee, " : "Ja, "));
  }

  /** Whether the sentence sets a rule against the kind ({@code true}) or speaks of it without one; empty if neither. */
  private static Optional<Boolean> rule(Answering a, String sentence, String kind) {
    List<String> tokens = a.index().descriptions().tokens(sentence);
    if (kind.equals(ItemKind.SHOES)) {
      // "Draag dichte schoenen", "trek stevige schoenen aan": what slippers and heels are not
      return tokens.contains("schoenen") && tokens.stream().anyMatch(CLOSED::contains) ? Optional.of(true)
          : Optional.empty();
    }
    boolean said = tokens.stream().anyMatch(t -> t.startsWith(kind.substring(0, kind.length() - 2)));
    return said ? Optional.of(tokens.stream().anyMatch(AGAINST::contains)) : Optional.empty();
  }
}
