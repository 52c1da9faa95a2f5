package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.programme.Session;

/** "hoe vaak staat X op het programma?": how often a person or a session is on, with each time. */
final class TimesCount {
  private final Answering a;

  TimesCount(Answering answering) {
    this.a = answering;
  }

  /** "Maartje Bos staat 2 keer op het programma: ...". */
  Written times() {
    Selection selection = a.selection();
    List<Session> sessions = sameTitle(selection.sessions());
    String who = selection.speakers().size() == 1 && !selection.explicitSessions()
        ? selection.speakers().get(0).name()
        : sessions.isEmpty() ? "Dat" : sessions.stream().map(Session::title).distinct().count() > 1
        && sessions.stream().allMatch(s -> s.title().contains(":"))
        ? DutchText.heading(sessions.get(0)) // "Hoog Water"
        : DutchText.capitalise(DutchText.name(sessions.get(0)));
    if (sessions.isEmpty()) {
      return Written.text(who + " staat niet op het programma.");
    }
    java.util.Map<String, List<Session>> byTitle = new java.util.LinkedHashMap<>();
    sessions.forEach(s -> byTitle.computeIfAbsent(s.title(), t -> new java.util.ArrayList<>()).add(s));
    if (byTitle.size() >= 2 && byTitle.values().stream().anyMatch(same -> same.size() >= 2)
        && !(selection.speakers().size() == 1 && !selection.explicitSessions())) {
      // "hoe vaak wordt elk tafelgesprek gehouden?": each title with its times, not one title for all of them
      List<String> lines = byTitle.values().stream().map(same -> DutchText.name(same.get(0)) + ": " + same.size()
          + " keer (" + join(same.stream().map(DutchText::span).toList()) + ")").toList();
      boolean alike = byTitle.values().stream().map(List::size).distinct().count() == 1;
      return Written.text((alike ? "Elk staat " + byTitle.values().iterator().next().size()
          + " keer op het programma:" : "Op het programma:") + "\n"
          + DutchText.bullets(DutchText.limited(lines, "noem er één voor de tijden."))).turningTo(sessions);
    }
    return Written.text(who + " staat " + sessions.size() + " keer op het programma: " + join(sessions.stream()
        .map(DutchText::spanned).toList()) + ".").turningTo(sessions);
  }

  /** A session named by title counts every session with that title: a workshop given in both rounds. */
  private List<Session> sameTitle(List<Session> sessions) {
    if (!a.selection().explicitSessions()) {
      return sessions;
    }
    Set<String> titles = new LinkedHashSet<>();
    sessions.forEach(s -> titles.add(s.title().toLowerCase(Locale.ROOT)));
    // "Hoog Water: eerste set" and "Hoog Water: tweede set" by the same people are one act's turns
    Set<String> acts = new LinkedHashSet<>();
    sessions.stream().filter(s -> !s.speakerIds().isEmpty() && s.title().contains(":"))
        .forEach(s -> acts.add(act(s)));
    return a.programme().sessions().stream().filter(s -> titles.contains(s.title().toLowerCase(Locale.ROOT))
        || s.title().contains(":") && acts.contains(act(s))).toList();
  }

  /** One act's key: its heading and its people, so "Hoog Water: eerste set" and "... tweede set" are one act. */
  private static String act(Session session) {
    return DutchText.heading(session).toLowerCase(Locale.ROOT) + "|" + session.speakerIds();
  }
}
