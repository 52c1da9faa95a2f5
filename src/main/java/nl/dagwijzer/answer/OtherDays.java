package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;

/**
 * "wat was er vorig jaar?", "wanneer is de volgende wijkavond?": the programme is about this day only, which the reply
 * says; a description may still give the next date.
 */
final class OtherDays {
  private OtherDays() {
  }

  static Optional<Written> answer(Answering a) {
    String thisDay = a.eventName() + a.programme().event().date().map(d -> " op " + DutchText.date(d)).orElse("")
        + ".";
    if (a.query().hasDetail("vorige-dag")) {
      return Optional.of(Written.text("Een vorige keer staat niet in het programma: het gaat alleen over "
          + thisDay));
    }
    if (!a.query().hasDetail("andere-dag")) {
      return Optional.empty();
    }
    Optional<DescriptionIndex.Sentence> dated = DutchText.months().stream()
        .flatMap(m -> a.index().descriptions().withAll(List.of("volgende", m)).stream()).findFirst();
    if (dated.isPresent()) {
      // "wanneer is de volgende bijeenkomst?" when the closing names its date
      return Optional.of(Written.text(Descriptions.quoted(dated.get().session(), dated.get().text())));
    }
    Optional<String> said = a.index().descriptions().withAll(List.of("volgende"))
        .map(found -> "\n" + Descriptions.quoted(found.session(), found.text()));
    return Optional.of(Written.text("Een volgende keer staat niet in het programma: het gaat alleen over "
        + thisDay + said.orElse("")));
  }
}
