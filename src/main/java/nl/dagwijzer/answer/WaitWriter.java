package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.minutes;
import static nl.dagwijzer.answer.DutchText.time;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "hoe lang duurt het nog tot de lunch?" (from now to its start), "hoe lang duurt die nog?" (to the end of the one
 * that is on), "hoe lang nog tot het einde?" (to the end): minutes from the clock, never the session's own length.
 */
final class WaitWriter {
  private final Answering a;

  WaitWriter(Answering a) {
    this.a = a;
  }

  /** The reply when the question asks how long from now; empty when it asks for a length. */
  Optional<Written> answer() {
    Optional<Detail> wait = a.query().all(Detail.class).stream()
        .filter(Detail::waiting).findFirst();
    if (wait.isEmpty()) {
      return Optional.empty();
    }
    boolean toEnd = wait.get().toEnd();
    LocalTime now = a.now();
    // "hoe lang nog tot het kasteel dichtgaat?": to the day's end, whatever sessions the castle's name selects,
    // unless a session or series is named
    boolean dayNamed = toEnd && a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .noneMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION
            || c.entity().type() == nl.dagwijzer.nlu.EntityType.PART);
    // ("hoe lang nog tot de laatste tractorrit?": that one, not the one that is on)
    // ("hoe lang nog tot de tweede ronde?": that round's sessions)
    boolean round = a.query().has(nl.dagwijzer.nlu.Condition.InRound.class);
    List<Session> subject = (a.selection().named() || round) && !dayNamed
        ? RepeatAsked.of(round ? a.sessions() : a.selection().subject(), a.query()) : List.of();
    boolean pointing = a.query().hasDetail("pronoun");
    List<Session> on = onNow(now);
    if (pointing && !subject.isEmpty() && subject.stream().noneMatch(s -> on(s, now))) {
      // "hoe lang duurt deze pauze nog?" when the alias "pauze" is the first one's and the second is on: this one
      List<String> said = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
          .map(c -> c.entity().text().toLowerCase(java.util.Locale.ROOT)).filter(t -> t.length() >= 4).toList();
      List<Session> alike = on.stream().filter(s -> said.stream()
          .anyMatch(t -> s.title().toLowerCase(java.util.Locale.ROOT).contains(t))).toList();
      if (!alike.isEmpty()) {
        subject = List.of();
        on = alike;
      }
    }
    if (subject.isEmpty() && pointing && !on.isEmpty()) {
      // "hoe lang duurt deze ronde nog?": what is on now
      LocalTime end = on.get(0).end();
      return Optional.of(Written.text(thisOne(on) + " duurt nog " + minutesUntil(now, end) + ", tot " + time(end)
          + ".").turningTo(on));
    }
    if (subject.isEmpty()) {
      return Optional.of(day(now, toEnd));
    }
    Optional<Session> running = subject.stream().filter(s -> on(s, now)).findFirst();
    Optional<Session> next = subject.stream().filter(s -> m(s.start()) > m(now)).findFirst();
    // ("hoe lang duurt het dweilen nog?" read "het" as the day's: how long it lasts is about the one that is on)
    boolean lasts = wait.get().lasting() || a.query().asked() == nl.dagwijzer.nlu.Asked.DURATION
        && !a.query().has(nl.dagwijzer.nlu.Condition.Relative.class);
    // "hoe lang is het nog tot de volgende rondleiding?": the next to start, not the one that is on
    boolean following = a.query().has(nl.dagwijzer.nlu.Condition.AfterNow.class) && next.isPresent() && !toEnd;
    if (running.isPresent() && (toEnd || lasts || next.isEmpty()) && !following) {
      Session one = running.get();
      return Optional.of(Written.text(capitalise(a.withSpeakers(one)) + " duurt nog " + minutesUntil(now, one.end())
          + ", tot " + time(one.end()) + ".").turningTo(List.of(one)));
    }
    if (next.isPresent()) {
      LocalTime at = toEnd ? next.get().end() : next.get().start();
      // parallel sessions ("de break-outs") begin together: name them all
      List<Session> together = subject.stream().filter(s -> (toEnd ? s.end() : s.start()).equals(at)).toList();
      String verb = together.size() == 1 ? (toEnd ? " eindigt " : " begint ") : (toEnd ? " eindigen " : " beginnen ");
      return Optional.of(Written.text("Nog " + minutesUntil(now, at) + ": om " + time(at) + verb
          + DutchText.join(together.stream().map(a::withSpeakers).toList()) + ".").turningTo(together));
    }
    Session last = subject.get(subject.size() - 1);
    return Optional.of(Written.text(capitalise(a.withSpeakers(last)) + " was van " + time(last.start()) + " tot "
        + time(last.end()) + " en is al voorbij.").turningTo(List.of(last)));
  }

  /** "hoe lang duurt het nog?" without a name: until the end of the day. */
  private Written day(LocalTime now, boolean toEnd) {
    LocalTime start = a.programme().firstStart().orElseThrow();
    LocalTime end = a.programme().lastEnd().orElseThrow();
    if (m(now) < m(start)) {
      return Written.text("Het programma begint over " + minutesUntil(now, start) + ", om " + time(start)
          + ", en loopt tot " + time(end) + ".");
    }
    if (m(now) >= m(end)) {
      return Written.text("Het programma is al afgelopen: het eindigde om " + time(end) + ".");
    }
    // "hoeveel tijd heb ik nog voordat de beurs dichtgaat?" on a day open until 16:00, its meeting after that
    Optional<DayOpeningHours.Hours> open = toEnd ? DayOpeningHours.hours(a)
        .filter(h -> m(h.until()) < m(end) && m(now) < m(h.until())) : Optional.empty();
    if (open.isPresent()) {
      return Written.text("Nog " + minutesUntil(now, open.get().until()) + ", tot " + time(open.get().until()) + ". "
          + open.get().quoted());
    }
    List<Session> on = onNow(now);
    // ("hoe lang nog tot de beurs dichtgaat?" asks the day's end outright)
    if (!on.isEmpty() && m(on.get(0).end()) < m(end) && !toEnd) {
      // "hoe lang duurt het nog?" during the signing: that until its end, and the day after it
      return Written.text(thisOne(on) + " duurt nog " + minutesUntil(now, on.get(0).end()) + ", tot "
          + time(on.get(0).end()) + "; het programma eindigt om " + time(end) + ".").turningTo(on);
    }
    return Written.text("Nog " + minutesUntil(now, end) + ": het programma eindigt om " + time(end) + ".");
  }

  /** What is on now: of what runs, what began last ("dit" is not the childcare that runs all evening beside it). */
  private List<Session> onNow(LocalTime now) {
    List<Session> running = a.programme().sessions().stream().filter(s -> on(s, now)).toList();
    LocalTime latest = running.stream().map(Session::start).max(java.util.Comparator.comparingInt(this::m))
        .orElse(now);
    return running.stream().filter(s -> s.start().equals(latest)).toList();
  }

  private String thisOne(List<Session> on) {
    return on.size() == 1 ? capitalise(a.withSpeakers(on.get(0))) : "Dit blok";
  }

  /** Minutes in the day's own order: an evening past midnight goes on after 23:59. */
  private int m(LocalTime time) {
    return a.programme().minutes(time);
  }

  private boolean on(Session session, LocalTime now) {
    return a.programme().runsAt(session.start(), session.end(), now);
  }

  private String minutesUntil(LocalTime now, LocalTime then) {
    return minutes(m(then) - m(now));
  }
}
