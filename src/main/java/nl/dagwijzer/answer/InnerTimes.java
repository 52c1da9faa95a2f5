package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * Times a description gives inside one long session: a station open from 11:00 to 14:00 whose details say "Er zijn 3
 * demo's: om 11:45, 12:45 en 13:45". An attendee asks for those ("wanneer kan ik de robotkat zien?", "is er om 12:45
 * een demo?"), not for the opening hours.
 */
final class InnerTimes {
  private static final Pattern CLOCK = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");
  /**
   * "om 11:45, 12:45 en 13:45", "Tijdsloten: 14:20, 14:40 en 15:00": a list of times after "om" or a label, not a
   * range ("van 14:00 tot 16:00").
   */
  private static final Pattern LISTED = Pattern.compile(
      "(?:\\bom |: )\\d{1,2}[:.]\\d{2}(?:, (?:om )?\\d{1,2}[:.]\\d{2})*,? (?:en|of) (?:om )?\\d{1,2}[:.]\\d{2}\\b");

  /** The sentence and the times it lists, in order; {@code beat} when worked out from a steady beat it gives. */
  record Said(Session session, String sentence, List<LocalTime> times, boolean beat) {
  }

  private InnerTimes() {
  }

  /**
   * The first sentence of the session's texts that lists two or more times, all within the session, or else the
   * times of a steady beat it gives ({@link EveryInterval}).
   */
  static Optional<Said> of(Session session) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      Matcher listed = LISTED.matcher(sentence);
      if (!listed.find()) {
        continue;
      }
      List<LocalTime> times = clockTimes(listed.group());
      if (times.stream().allMatch(t -> !t.isBefore(session.start()) && t.isBefore(session.end()))) {
        return Optional.of(new Said(session, sentence, List.copyOf(times), false));
      }
    }
    return EveryInterval.of(session); // "elk heel en half uur, de eerste om 10:00": the times that beat gives
  }

  /** Every clock time in {@code text}, in order: "om 11:45, 12:45 en 13:45". */
  static List<LocalTime> clockTimes(String text) {
    List<LocalTime> times = new ArrayList<>();
    Matcher clock = CLOCK.matcher(text);
    while (clock.find()) {
      times.add(LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2))));
    }
    return times;
  }

  /** "is er om 12:45 een demo van de robotkat?": yes when the named session's description lists that time. */
  static Optional<Written> yesNo(Answering a) {
    Optional<LocalTime> at = a.query().first(Condition.At.class)
        .map(Condition.At::time);
    List<Session> named = a.selection().subject();
    // ("is de lammetjesweide om half 5 nog open?" asks of the session itself, not of the feeding times it lists)
    if (at.isEmpty() || !a.selection().named() || named.size() != 1 || a.query().hasDetail("lopend")) {
      return Optional.empty();
    }
    return of(named.get(0)).map(said -> Written.text(said.beat() ? onBeat(said, at.get())
        : (said.times().contains(at.get()) ? "Ja, " : "Nee, ") + Descriptions.from(said.session(), said.sentence()))
        .turningTo(named));
  }

  /**
   * "vaart er om 13:00 een rondvaartboot?" of a beat no sentence lists: the time itself, or the next one, with the
   * session's hours and what the description says.
   */
  private static String onBeat(Said said, LocalTime at) {
    String placed = DutchText.placed(said.session());
    Optional<LocalTime> next = said.times().stream().filter(t -> t.isAfter(at)).findFirst();
    return (said.times().contains(at) ? "Ja, om " + DutchText.time(at) + ", bij " + placed
        : "Nee, om " + DutchText.time(at) + " niet" + next.map(t -> "; het eerstvolgende om " + DutchText.time(t)
        + ", bij " + placed).orElse(", bij " + placed)) + ".\nUit de beschrijving: " + said.sentence();
  }

  /**
   * "welke demo begint er om 12:15?": the sessions whose description lists that time for what the question names
   * ("demo"), though nothing on the programme itself begins then; what the other conditions chose when none does.
   */
  static List<Session> listing(List<Session> sessions, Query query, ProgrammeIndex index) {
    Optional<LocalTime> at = query.first(Condition.At.class).map(Condition.At::time);
    List<String> words = query.textWords();
    if (at.isEmpty() || words.isEmpty() || query.asked() != Asked.LIST) {
      return sessions;
    }
    DescriptionIndex descriptions = index.descriptions();
    List<Session> listing = index.programme().sessions().stream().filter(s -> of(s)
        .filter(said -> said.times().contains(at.get()) && words.stream()
            .anyMatch(w -> DescriptionIndex.mentions(descriptions.tokens(said.sentence()), w))).isPresent()).toList();
    return listing.isEmpty() ? sessions : listing;
  }

  /**
   * "wanneer is de volgende demo van de robotkat?": the next time the named session's description lists, though the
   * session itself began long ago.
   */
  static Optional<Written> next(Answering a) {
    List<Session> named = a.selection().subject();
    // ("de volgende tractorrit" of a ride given in the morning and the afternoon: the next time of either)
    if (!a.query().has(Condition.AfterNow.class) || !a.selection().named() || named.isEmpty()
        || named.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    return named.stream().map(InnerTimes::of).flatMap(Optional::stream)
        .flatMap(said -> said.times().stream().filter(t -> t.isAfter(a.now())).limit(1)
            .map(t -> java.util.Map.entry(t, said)))
        .min(java.util.Map.Entry.comparingByKey())
        .map(next -> Written.text("Om " + DutchText.time(next.getKey()) + ", bij " + DutchText.placed(next.getValue()
            .session()) + ".\nUit de beschrijving: " + next.getValue().sentence()).turningTo(named));
  }

  /** "hoe vaak kan ik de robotkat zien?": as often as its description lists times, not once for the station. */
  static Optional<Written> count(Answering a) {
    return count(a, "keer");
  }

  /** {@code unit}: what the number counts ("keer", "tijdsloten"). */
  private static Optional<Written> count(Answering a, String unit) {
    List<Session> named = a.selection().subject();
    if (named.size() != 1 || !a.selection().speakers().isEmpty()) {
      return Optional.empty();
    }
    return of(named.get(0)).map(said -> Written.text(said.times().size() + " " + unit + ", bij "
        + DutchText.placed(said.session()) + ".\nUit de beschrijving: " + said.sentence()).turningTo(named));
  }

  /** "hoeveel tijdsloten zijn er voor de handmassage?": the times listed in the sentence with the word counted. */
  static Optional<Written> countNamed(Answering a) {
    Optional<String> word = a.query().all(Detail.class).stream()
        .flatMap(d -> d.howMany().stream()).findFirst();
    List<Session> named = a.selection().subject();
    if (word.isEmpty() || named.size() != 1) {
      return Optional.empty();
    }
    return of(named.get(0)).filter(said -> DescriptionIndex.mentions(a.index().descriptions().tokens(said.sentence()),
        word.get())).flatMap(said -> count(a, word.get()));
  }
}
