package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * What a question selects in the programme. {@code sessions} meet every condition; {@code subject} are the sessions
 * the question is about before its time, period, round, relation and length conditions, so that a reply can say what
 * there is instead ("Nee, de lunch is van 12:30 tot 13:00"); {@code mentioned} are the sessions of every name it
 * uses, each on its own, for when the names together select nothing ("geeft X de workshop Breda?"). {@code speakers} are the people it names or filters on
 * (by organisation or role); {@code parts} the general parts of the day it names, and {@code missing} those this
 * programme does not have ("borrel").
 *
 * @param constrained whether any condition beyond naming a subject applies
 * @param at          the clock time the question is about, for "wat is er om 14:00?" and "wat is er nu?"
 */
record Selection(List<Session> sessions, List<Session> subject, List<Session> mentioned, List<Speaker> speakers,
                 List<Topic> topics,
                 boolean named, boolean explicitSessions, boolean constrained, Set<DayPart> parts,
                 List<DayPart> missing, Optional<LocalTime> at, String context) {
  Selection {
    sessions = List.copyOf(sessions);
    subject = List.copyOf(subject);
    mentioned = List.copyOf(mentioned);
    speakers = List.copyOf(speakers);
    topics = List.copyOf(topics);
    parts = parts.isEmpty() ? Set.of() : Set.copyOf(parts);
    missing = List.copyOf(missing);
  }

  boolean isEmpty() {
    return sessions.isEmpty();
  }

  Selection withSessions(List<Session> other) {
    return new Selection(other, subject, mentioned, speakers, topics, named, explicitSessions, constrained, parts, missing, at,
        context);
  }
}
