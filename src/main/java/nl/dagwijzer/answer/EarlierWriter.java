package nl.dagwijzer.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wat is eerder, de juryprijzen of de publieksprijs?", "komt het dankwoord voor of na de boekpresentatie?": the
 * sessions compared in the order they come, so the reply says which is first and when each is.
 */
final class EarlierWriter {
  private static final int MAX_COMPARED = 4;

  private EarlierWriter() {
  }

  static Optional<Written> answer(Answering a) {
    boolean comparing = a.query().all(Detail.class).stream().anyMatch(d -> d.word().equals("vergelijk"))
        && a.query().order().filter(o -> o == Query.Order.FIRST || o == Query.Order.LAST).isPresent();
    List<Session> compared = a.selection().subject().stream().distinct()
        .sorted(Comparator.comparing(Session::start)).toList();
    if (!comparing || compared.size() < 2 || compared.size() > MAX_COMPARED
        || compared.stream().map(Session::title).distinct().count() < compared.size()) {
      return Optional.empty();
    }
    if (compared.get(0).start().equals(compared.get(1).start())) {
      return Optional.of(Written.text("Tegelijk: " + DutchText.join(compared.stream()
          .map(s -> line(a, s)).toList()) + ".").turningTo(compared));
    }
    StringBuilder text = new StringBuilder("Eerst " + line(a, compared.get(0)));
    for (int i = 1; i < compared.size(); i++) {
      text.append(i == compared.size() - 1 ? ", daarna " : ", dan ").append(line(a, compared.get(i)));
    }
    return Optional.of(Written.text(text + ".").turningTo(compared));
  }

  /** "‘Pitch Bakkerij Van 't Veer’ (Joris van 't Veer, 12:20–12:30)": who, as a question may compare people. */
  private static String line(Answering a, Session session) {
    List<String> who = a.speakersOf(session).stream().map(p -> p.name()).toList();
    return DutchText.name(session) + " (" + (who.isEmpty() ? "" : DutchText.join(who) + ", ") + DutchText.span(session)
        + ")";
  }
}
