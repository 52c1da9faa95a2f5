package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "wie staat er in kraam 8?": the line of a session's details labelled so ("Kraam 8, Energiecoaches West Maas en
 * Waal. ..."), not the whole list; the sessions the question names first, then any.
 */
final class NumberedLine {
  private NumberedLine() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<Written> labelled = labelOf(a);
    if (labelled.isPresent()) {
      return labelled;
    }
    Optional<String> label = a.query().all(Detail.class).stream().flatMap(d -> d.label().stream()).findFirst();
    // a yes or no on the line ("staat de voedselbank in kraam 8?") needs more than the line: not answered here
    if (label.isEmpty() || a.query().asked() == Asked.COUNT || a.query().asked() == Asked.YESNO) {
      return Optional.empty();
    }
    Pattern start = Pattern.compile("^" + Pattern.quote(label.get()) + ItemsWriter.LABEL_END);
    for (List<Session> pool : List.of(a.sessions(), a.programme().sessions())) {
      for (Session session : pool) {
        for (String line : session.details()) {
          if (start.matcher(line.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(Written.text("Bij " + DutchText.placed(session) + ": " + line)
                .turningTo(List.of(session)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "welk standnummer heeft MantelzorgNL?", "bij welke kraam staat de bakker?": the line labelled with that word and a
   * number ("Stand 55: MantelzorgNL – ...") that has what the question names.
   */
  private static Optional<Written> labelOf(Answering a) {
    Optional<String> word = a.query().all(Detail.class).stream().flatMap(d -> d.labelOf().stream()).findFirst();
    if (word.isEmpty() || a.query().asked() == Asked.COUNT) {
      return Optional.empty();
    }
    List<String> named = java.util.stream.Stream.concat(a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
            .flatMap(c -> java.util.stream.Stream.of(c.entity().text(), c.entity().id())),
        a.query().textWords().stream())
        .map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> t.length() >= 3 && !t.equals(word.get())).toList();
    Pattern start = Pattern.compile("^" + Pattern.quote(word.get()) + "\\s*\\d+");
    for (Session session : a.programme().sessions()) {
      for (String line : session.details()) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (start.matcher(lower).find() && named.stream().anyMatch(lower::contains)) {
          return Optional.of(Written.text("Bij " + DutchText.placed(session) + ": " + line)
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }
}
