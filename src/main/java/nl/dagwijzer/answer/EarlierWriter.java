package nl.dagwijzer.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wat is eerder, de juryprijzen of de publieksprijs?", "komt het dankwoord voor of na de boekpresentatie?": the
 * sessions compared in the order they come, so the reply says which is first and when each is. Asked as yes/no
 * ("is X eerder dan Y?", "begint X later dan Y?"), it first says whether the one named first is.
 */
final class EarlierWriter {
  private static final int MAX_COMPARED = 4;

  private EarlierWriter() {
  }

  static Optional<Written> answer(Answering a) {
    boolean comparing = a.query().hasDetail("vergelijk")
        && a.query().order().filter(o -> o == Query.Order.FIRST || o == Query.Order.LAST).isPresent();
    // "starten de lasers eerder dan de valken?": two series compared by the first of each, in the order named
    List<Session> firsts = comparing ? firstOfEach(a) : List.of();
    List<Session> compared = (firsts.size() >= 2 ? firsts : a.selection().subject()).stream().distinct()
        .sorted(Comparator.comparing(Session::start)).toList();
    if (!comparing || compared.size() < 2 || compared.size() > MAX_COMPARED
        || compared.stream().map(Session::title).distinct().count() < compared.size()) {
      return Optional.empty();
    }
    String answer = a.query().asked() == Asked.YESNO ? yesOrNo(a, compared, firsts) : "";
    if (compared.get(0).start().equals(compared.get(1).start())) {
      return Optional.of(Written.text(answer + (answer.isEmpty() ? "Tegelijk: " : "tegelijk: ")
          + DutchText.join(compared.stream().map(s -> line(a, s)).toList()) + ".").turningTo(compared));
    }
    StringBuilder text = new StringBuilder(answer + (answer.isEmpty() ? "Eerst " : "eerst "))
        .append(line(a, compared.get(0)));
    for (int i = 1; i < compared.size(); i++) {
      text.append(i == compared.size() - 1 ? ", daarna " : ", dan ").append(line(a, compared.get(i)));
    }
    return Optional.of(Written.text(text + ".").turningTo(compared));
  }

  /**
   * "is X eerder dan Y?", "begint X later dan Y?": whether the session named first is the earlier (or the later)
   * one; at the same time neither is.
   */
  private static String yesOrNo(Answering a, List<Session> compared, List<Session> firsts) {
    List<String> named = a.query().all(Condition.About.class).stream().map(about -> about.entity().id()).toList();
    Session first = firsts.size() >= 2 ? firsts.get(0) : compared.stream().min(Comparator.comparingInt(s ->
        named.indexOf(s.id()) < 0 ? Integer.MAX_VALUE : named.indexOf(s.id()))).orElseThrow();
    boolean earliest = first == compared.get(0) && !compared.get(0).start().equals(compared.get(1).start());
    boolean latest = first.start().isAfter(compared.get(0).start());
    boolean yes = a.query().order().filter(o -> o == Query.Order.LAST).isPresent() ? latest : earliest;
    return yes ? "Ja, " : "Nee, ";
  }

  /** The first session of each series the question names, in the order it names them; empty for fewer than two. */
  private static List<Session> firstOfEach(Answering a) {
    List<nl.dagwijzer.nlu.Entity> series = a.query().all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(nl.dagwijzer.nlu.SeriesNames::isSeries).distinct().toList();
    if (series.size() < 2 || series.size() > MAX_COMPARED) {
      return List.of();
    }
    Relations relations = new Relations(a.index(), List.of());
    List<Session> firsts = series.stream().flatMap(e -> relations.target(List.of(e)).stream()
        .min(Comparator.comparing(Session::start)).stream()).toList();
    return firsts.size() == series.size() ? firsts : List.of();
  }

  /** "‘Pitch Bakkerij Van 't Veer’ (Joris van 't Veer, 12:20–12:30)": who, as a question may compare people. */
  private static String line(Answering a, Session session) {
    List<String> who = a.speakersOf(session).stream().map(p -> p.name()).toList();
    return DutchText.name(session) + " (" + (who.isEmpty() ? "" : DutchText.join(who) + ", ") + DutchText.span(session)
        + ")";
  }
}
