package nl.dagwijzer.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/** A detail line whose label is what the question asks for: "Team Schuldsignaal: ...", "Chauffeur: Bert Nijhuis". */
final class LabelledLines {
  private final Answering a;

  LabelledLines(Answering answering) {
    this.a = answering;
  }

  /**
   * "wie is de chauffeur?": the one detail line whose label is the word asked and whose value starts with a name
   * ("Chauffeur: Bert Nijhuis"); none when several lines have it (a list of nominees is answered elsewhere).
   */
  private Optional<Written> labelledPerson() {
    for (String word : a.query().textWords()) {
      java.util.regex.Pattern label = java.util.regex.Pattern.compile("^(?iu:" + java.util.regex.Pattern.quote(word)
          + ")\\s*:\\s*\\p{Lu}");
      // the same person on every bus ride is one answer: the name up to the first full stop tells them apart
      Map<String, String> byName = new java.util.LinkedHashMap<>();
      Map<String, Session> owners = new java.util.HashMap<>();
      for (Session session : a.programme().sessions()) {
        for (String line : session.details()) {
          if (label.matcher(line).find()) {
            String name = line.split("\\.(\\s|$)")[0].strip();
            byName.putIfAbsent(name, line);
            owners.putIfAbsent(name, session);
          }
        }
      }
      if (byName.size() == 1) {
        String name = byName.keySet().iterator().next();
        return Optional.of(Written.text("Bij " + DutchText.placed(owners.get(name)) + ": " + byName.get(name))
            .turningTo(List.of(owners.get(name))));
      }
    }
    return Optional.empty();
  }

  /**
   * "wat is de uitdaging van team Schuldsignaal?": the detail line whose label is the name asked for ("Team
   * Schuldsignaal: inwoners met betalingsachterstanden eerder bereiken"), whatever sessions the other words name.
   */
  Optional<Written> answer() {
    if (a.query().asked() == Asked.PEOPLE && !a.query().has(Condition.Relative.class)) {
      return labelledPerson();
    }
    if (a.query().asked() != Asked.CONTENT && a.query().asked() != Asked.LIST
        || a.query().has(Condition.Relative.class)) {
      return Optional.empty(); // "welk team pitcht na team Schuldsignaal?" is about the order, not the team
    }
    for (String word : a.query().textWords()) {
      java.util.regex.Pattern label = java.util.regex.Pattern.compile("^\\p{L}+ " + java.util.regex.Pattern.quote(word)
          + "\\s*:", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
      for (Session session : a.programme().sessions()) {
        for (String line : session.details()) {
          if (Character.isUpperCase(line.charAt(0)) && label.matcher(line).find()) {
            return Optional.of(Written.text("Bij " + DutchText.placed(session) + ": " + line)
                .turningTo(List.of(session)));
          }
        }
      }
    }
    return Optional.empty();
  }
}
