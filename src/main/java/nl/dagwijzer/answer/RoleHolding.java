package nl.dagwijzer.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * The people with the role a question asks about, grouped by the session they hold it in once per reply, so that a
 * day's sessions are not each checked against every holder ("wie is adviseur?" on a 1,000-session day).
 */
final class RoleHolding {
  private final List<ProgrammeIndex.RoleHolder> holders;
  /** By session; the holders of the role for the whole day under {@code null}. */
  private final Map<Session, Set<Speaker>> bySession = new HashMap<>();

  RoleHolding(List<ProgrammeIndex.RoleHolder> holders) {
    this.holders = holders;
    holders.forEach(h -> bySession.computeIfAbsent(h.session(), k -> new HashSet<>()).add(h.speaker()));
  }

  boolean any() {
    return !holders.isEmpty();
  }

  /** Whether {@code speaker} holds the role in {@code session} or all day. */
  boolean holds(Session session, Speaker speaker) {
    return bySession.getOrDefault(null, Set.of()).contains(speaker)
        || bySession.getOrDefault(session, Set.of()).contains(speaker);
  }
}
