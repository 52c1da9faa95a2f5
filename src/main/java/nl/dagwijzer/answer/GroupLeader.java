package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/**
 * "wie begeleidt groep A?", "wie is de groepsbegeleider van groep B?" when the sessions name the groups but only a
 * detail line says who goes with each ("Groep A loopt met groepsbegeleider Kees Wolters"): that line, not the people
 * of every session the group attends.
 */
final class GroupLeader {
  /** The start of a word that says what someone does for a group: "begeleid" in "begeleidt", "groepsbegeleider". */
  private static final int STEM = 7;

  private final Answering a;

  GroupLeader(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer(String group) {
    if (a.query().asked() != Asked.PEOPLE) {
      return Optional.empty();
    }
    List<String> stems = new ArrayList<>();
    a.query().all(Condition.Leading.class).forEach(l -> stems.add(stem(l.word())));
    a.query().textWords().stream()
        .filter(w -> !w.startsWith("groep") || w.length() > "groeps".length() + STEM)
        .forEach(w -> stems.add(stem(w.startsWith("groeps") ? w.substring("groeps".length()) : w)));
    stems.removeIf(s -> s.length() < STEM - 2);
    if (stems.isEmpty()) {
      return Optional.empty();
    }
    Pattern wanted = AttendeeGroups.of(group);
    for (Session session : a.programme().sessions()) {
      for (String line : session.details()) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (wanted.matcher(line).find() && stems.stream().anyMatch(lower::contains)) {
          return Optional.of(Written.text("Bij " + DutchText.placed(session) + ": " + line
              + Descriptions.closing(line)).turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }

  private static String stem(String word) {
    return word.substring(0, Math.min(word.length(), STEM));
  }
}
