package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "gaat webinar 2 via Teams?", "is de lunch in de kantine?": yes or no on the room of what the question names, by a
 * word of the room's name ("Teams" of "Microsoft Teams"), and where it is instead.
 */
final class YesNoRoom {
  private final Answering a;

  YesNoRoom(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<String> place = a.query().all(Detail.class).stream().flatMap(d -> d.place().stream()).findFirst();
    List<Session> subject = a.selection().subject();
    if (place.isEmpty() || !a.selection().named() || subject.isEmpty()
        || subject.stream().anyMatch(s -> s.room().isEmpty())) {
      return Optional.empty();
    }
    Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(place.get().toLowerCase(Locale.ROOT))
        + "(?![\\p{L}\\p{N}])");
    // "is het in Utrecht?" is about the day's town; only a word of the programme's rooms is a room
    boolean named = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream().allMatch(c -> c.entity().type()
        == nl.dagwijzer.nlu.EntityType.SESSION || c.entity().type() == nl.dagwijzer.nlu.EntityType.PART);
    boolean room = a.programme().sessions().stream().flatMap(s -> s.room().stream()).distinct()
        .anyMatch(r -> word.matcher(r.toLowerCase(Locale.ROOT)).find());
    if (!named || !room) {
      return Optional.empty();
    }
    boolean yes = subject.stream().allMatch(s -> word.matcher(s.room().get().toLowerCase(Locale.ROOT)).find());
    Optional<OpenedParts.Part> part = a.index().openedParts().whole(subject);
    String where = part.map(p -> "‘" + p.name() + "’ is van " + DutchText.time(p.start()) + " tot "
        + DutchText.time(p.end()) + p.room()).orElseGet(() -> DutchText.join(subject.stream().limit(3)
        .map(s -> DutchText.spanned(s) + " is in " + s.room().get()).toList()));
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + where + ".").turningTo(subject));
  }
}
