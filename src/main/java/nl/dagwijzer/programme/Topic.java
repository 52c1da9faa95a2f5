package nl.dagwijzer.programme;

import java.util.List;

/** A named thing people ask about (a project, a cooperative, a law) and the sessions that treat it. */
public record Topic(String name, List<String> aliases, String explanation, List<String> sessionIds) {
  public Topic {
    Event.requireText(name, "name");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    explanation = explanation == null ? "" : explanation;
    sessionIds = List.copyOf(sessionIds == null ? List.of() : sessionIds);
  }
}
