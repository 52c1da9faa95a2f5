package nl.dagwijzer.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.programme.LocatedJson.JArray;
import nl.dagwijzer.programme.LocatedJson.JObject;
import nl.dagwijzer.programme.LocatedJson.Member;
import nl.dagwijzer.programme.LocatedJson.Node;
import nl.dagwijzer.programme.LocatedJson.Pos;

/**
 * Ids that must name something written elsewhere in the file. Known ids are a set, so a file with thousands of
 * references is checked in linear time; a "bedoel je" suggestion is only looked for while the file's budget lasts.
 */
final class References {
  private final JsonChecks checks;
  private final String noun;
  private final String listName;
  private final Set<String> known;

  References(JsonChecks checks, String noun, String listName, Set<String> known) {
    this.checks = checks;
    this.noun = noun;
    this.listName = listName;
    this.known = known;
  }

  /** The ids under {@code key}, empty when absent; {@code null} when anything is wrong (reported). */
  List<String> check(JObject node, String path, String key) {
    List<String> ids = checks.optionalTextList(node, path, key);
    if (ids == null) {
      return null;
    }
    JArray array = (JArray) Optional.ofNullable(node.members().get(key)).map(Member::value).orElse(null);
    boolean ok = true;
    for (int i = 0; i < ids.size(); i++) {
      ok &= check(ids.get(i), array.items().get(i), path + "." + key + "[" + i + "]");
    }
    return ok ? ids : null;
  }

  /** Whether {@code id} is known; reports it at {@code at} when not. */
  boolean check(String id, Node at, String path) {
    if (known.contains(id)) {
      return true;
    }
    report(id, at.pos(), path);
    return false;
  }

  private void report(String id, Pos pos, String path) {
    Optional<String> close = checks.maySuggest() ? Suggestions.closest(id, known) : Optional.empty();
    String hint = close.map(s -> "bedoel je '" + s + "'?")
        .orElse("voeg deze " + noun + " toe aan " + listName + " of verbeter de id");
    checks.error(pos, path, noun + " '" + id + "' bestaat niet in " + listName + "; " + hint);
  }
}
