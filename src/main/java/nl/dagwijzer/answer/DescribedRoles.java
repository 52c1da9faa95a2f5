package nl.dagwijzer.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * "welke vrijwilliger bij elektra is elektricien?", "wie van de markt is schilder?": of the people a reply would list,
 * those whose role or organisation has a word the question adds ("gepensioneerd elektricien", "Schildersbedrijf
 * Oosterhof"), when some have it and others not.
 */
final class DescribedRoles {
  /** A word this long says what someone is; a shorter one ("team", "zorg") is part of too many roles. */
  private static final int WORD = 6;
  /** The shortest start a role's word must share with it: "schilder" of "schildersbedrijf". */
  private static final int START = 6;

  private DescribedRoles() {
  }

  /** The people to keep, or empty to keep them all. */
  static Set<Speaker> narrowed(Answering a, List<Session> sessions, Function<Session, List<Speaker>> speakersOf) {
    List<String> words = a.query().textWords().stream().filter(w -> w.length() >= WORD).toList();
    if (words.isEmpty()) {
      return Set.of();
    }
    Set<Speaker> all = new LinkedHashSet<>();
    Set<Speaker> described = new LinkedHashSet<>();
    for (Session session : sessions) {
      for (Speaker speaker : speakersOf.apply(session)) {
        all.add(speaker);
        String about = (session.roleOf(speaker.id()).orElse("") + " " + DutchText.role(speaker))
            .toLowerCase(Locale.ROOT);
        // ("elektricien", not the "elektra" of every volunteer at that table: all but an ending of the word)
        if (words.stream().anyMatch(w -> about.contains(w.substring(0, Math.max(START, w.length() - 2))))) {
          described.add(speaker);
        }
      }
    }
    return described.size() < all.size() ? described : Set.of();
  }
}
