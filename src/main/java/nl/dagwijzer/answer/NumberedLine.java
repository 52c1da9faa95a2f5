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
}
