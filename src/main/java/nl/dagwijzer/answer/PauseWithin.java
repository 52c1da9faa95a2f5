package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * "is er een pauze tijdens de quiz?", "is er een pauze bij het strijkkwartet?": a break inside the session named,
 * which its description gives ("Pauze na ronde 3", "Geen pauze; het concert duurt 60 minuten", "met een pauze van 25
 * minuten"), not the day's breaks around it. Yes or no by the sentence, with it.
 */
final class PauseWithin {
  private static final String PAUSE = "pauze";
  /** More differently titled sessions than this are no one session asked about. */
  private static final int NAMED = 2;

  private PauseWithin() {
  }

  static Optional<Written> answer(Answering a) {
    // (only whether there is one: "is de publieksronde langer dan de pauze?" compares, "zijn de tafels in de pauze
    // open?" asks of the tables)
    if (a.query().asked() != Asked.YESNO || !a.query().hasDetail("er-is")) {
      return Optional.empty();
    }
    List<Entity> named = new ArrayList<>();
    boolean pause = false;
    for (Condition condition : a.query().conditions()) {
      if (condition instanceof Condition.About about) {
        pause |= about.entity().text().startsWith(PAUSE);
        named.add(about.entity());
      } else if (condition instanceof Condition.Relative relative
          && relative.relation() == Condition.Relation.DURING) {
        named.addAll(relative.target());
      }
    }
    List<Session> sessions = a.programme().sessions().stream().filter(s -> s.kind() != SessionKind.BREAK
        && named.stream().anyMatch(e -> e.type() == EntityType.SESSION && e.id().equals(s.id())
        && !e.text().startsWith(PAUSE))).toList();
    if (!pause || sessions.isEmpty() || sessions.stream().map(Session::title).distinct().count() > NAMED) {
      return Optional.empty();
    }
    return Descriptions.firstSentence(sessions, sentence -> DescriptionIndex.mentions(
        a.index().descriptions().tokens(sentence), PAUSE)).map(found -> Written.text((Clauses.negated(
        found.getValue(), List.of(PAUSE)).orElse(false) ? "Nee, " : "Ja, ")
        + Descriptions.from(found.getKey(), found.getValue())).turningTo(List.of(found.getKey())));
  }
}
