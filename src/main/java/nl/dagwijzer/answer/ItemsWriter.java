package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "welke kramen staan er op de informatiemarkt?", "hoeveel stands zijn er?", "wat staat er op de agenda van de ALV?":
 * what one session lists in its details (stands, agenda items, challenges), not the sessions or the speakers.
 */
final class ItemsWriter {
  private final Answering a;

  ItemsWriter(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    boolean items = a.query().all(Detail.class).stream().anyMatch(d -> d.word().equals("items"));
    List<Session> named = a.sessions().stream().filter(s -> s.details().size() >= 2).toList();
    if (!items || named.isEmpty() || named.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    Session session = named.get(0);
    List<String> details = session.details();
    String where = DutchText.name(session) + " (" + DutchText.range(session)
        + session.room().map(r -> ", in " + r).orElse("") + ")";
    String head = a.query().asked() == Asked.COUNT
        ? "Bij " + where + " staan er " + details.size() + ":"
        : "Bij " + where + ":";
    return Optional.of(new Written(head + "\n" + DutchText.bullets(details), Optional.empty(), named));
  }
}
