package nl.dagwijzer.programme;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.LocatedJson.JArray;
import nl.dagwijzer.programme.LocatedJson.JNumber;
import nl.dagwijzer.programme.LocatedJson.JObject;
import nl.dagwijzer.programme.LocatedJson.JString;
import nl.dagwijzer.programme.LocatedJson.Member;
import nl.dagwijzer.programme.LocatedJson.Node;

/** Checks the {@code sessions} list: times, kinds, durations, rooms and who speaks, with a role or without. */
final class SessionValidator {
  private static final List<String> SESSION_FIELDS = List.of("id", "title", "kind", "start", "end", "durationMinutes",
      "speakers", "room", "summary", "details", "aliases");
  private static final List<String> SPEAKER_REF_FIELDS = List.of("id", "role");
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final List<String> KINDS =
      Arrays.stream(SessionKind.values()).map(SessionKind::jsonName).toList();

  private final JsonChecks checks;
  private final References speakerRefs;

  SessionValidator(JsonChecks checks, LinkedHashSet<String> speakerIds) {
    this.checks = checks;
    this.speakerRefs = new References(checks, "spreker", "speakers", speakerIds);
  }

  /** Valid sessions; {@code ids} receives every session id written, valid entry or not. */
  List<Session> sessions(JObject top, LinkedHashSet<String> ids) {
    List<Session> valid = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<JObject> items = checks.objects(top, "sessions", true);
    for (int i = 0; i < items.size(); i++) {
      JObject node = items.get(i);
      if (node == null) {
        continue;
      }
      String path = "sessions[" + i + "]";
      Session session = session(node, path);
      String id = node.members().get("id") != null && node.members().get("id").value() instanceof JString s
          ? s.value() : null;
      if (id != null) {
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
          checks.error(node.members().get("id").value().pos(), path + ".id", "sessie-id '" + id
              + "' komt al voor in sessions[" + first + "]; geef elke sessie een eigen id");
          continue;
        }
      }
      if (session != null) {
        valid.add(session);
      }
    }
    ids.addAll(seen.keySet());
    return valid;
  }

  private Session session(JObject node, String path) {
    checks.checkFields(node, path, SESSION_FIELDS);
    String id = checks.requiredText(node, path, "id");
    String title = checks.requiredText(node, path, "title");
    SessionKind kind = kind(node, path);
    LocalTime start = time(node, path, "start");
    LocalTime end = time(node, path, "end");
    boolean block = start != null && end != null;
    if (block && !start.isBefore(end)) {
      checks.error(node.members().get("start").value().pos(), path + ".start",
          "start (" + start + ") moet voor end (" + end + ") liggen");
      block = false;
    }
    OptionalInt duration = duration(node, path, block ? start : null, block ? end : null);
    Map<String, String> speakers = speakers(node, path);
    Optional<String> room = checks.nullableText(node, path, "room", "de naam van de zaal als tekst, of null");
    String summary = checks.optionalText(node, path, "summary");
    List<String> details = checks.optionalTextList(node, path, "details");
    List<String> aliases = checks.optionalTextList(node, path, "aliases");
    if (id == null || title == null || kind == null || !block || duration == null || speakers == null
        || room == null || details == null || aliases == null) {
      return null;
    }
    Map<String, String> roles = new LinkedHashMap<>();
    speakers.forEach((speaker, role) -> {
      if (!role.isEmpty()) {
        roles.put(speaker, role);
      }
    });
    return new Session(id, title, kind, start, end, duration, List.copyOf(speakers.keySet()), roles, room, summary,
        details, aliases);
  }

  private SessionKind kind(JObject node, String path) {
    String value = checks.requiredText(node, path, "kind");
    if (value == null) {
      return null;
    }
    Optional<SessionKind> kind = SessionKind.fromJson(value);
    if (kind.isEmpty()) {
      String hint = Suggestions.closest(value, KINDS).map(k -> "; bedoel je \"" + k + "\"?").orElse("");
      checks.error(node.members().get("kind").value().pos(), path + ".kind", "\"" + value
          + "\" is geen geldige waarde voor kind; kies uit \"" + String.join("\", \"", KINDS) + "\"" + hint);
    }
    return kind.orElse(null);
  }

  private LocalTime time(JObject node, String path, String key) {
    String value = checks.requiredText(node, path, key);
    if (value == null) {
      return null;
    }
    if (!TIME.matcher(value).matches()) {
      checks.error(node.members().get(key).value().pos(), path + "." + key,
          "\"" + value + "\" is geen geldige tijd; schrijf uren en minuten als HH:mm, bijvoorbeeld \"09:30\"");
      return null;
    }
    return LocalTime.of(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(3)));
  }

  /** {@code null} when invalid; the block bounds are {@code null} when the block itself is invalid. */
  private OptionalInt duration(JObject node, String path, LocalTime start, LocalTime end) {
    Member member = node.members().get("durationMinutes");
    if (member == null) {
      return OptionalInt.empty();
    }
    String fieldPath = path + ".durationMinutes";
    if (!(member.value() instanceof JNumber number)) {
      checks.typeError(member.value(), fieldPath, "een geheel aantal minuten, bijvoorbeeld 45", true);
      return null;
    }
    int minutes;
    try {
      minutes = number.integral() && number.text().length() < 10 ? Integer.parseInt(number.text()) : 0;
    } catch (NumberFormatException e) {
      minutes = 0;
    }
    if (minutes <= 0) {
      String shown = number.text().length() > 12 ? number.text().substring(0, 12) + "…" : number.text();
      checks.error(number.pos(), fieldPath, "durationMinutes (" + shown
          + ") moet een positief geheel aantal minuten zijn, bijvoorbeeld 45");
      return null;
    }
    if (start != null && end != null) {
      long block = Duration.between(start, end).toMinutes();
      if (minutes > block) {
        checks.error(number.pos(), fieldPath, "durationMinutes (" + minutes + ") is langer dan het blok " + start
            + "–" + end + " (" + block + " minuten)");
        return null;
      }
    }
    return OptionalInt.of(minutes);
  }

  /**
   * Speaker ids in order, each with its role in this session ("" for none); {@code null} after reporting a problem.
   * An entry is an id, or {@code {"id": ..., "role": ...}} for someone with a role in this session only.
   */
  private Map<String, String> speakers(JObject node, String path) {
    Member member = node.members().get("speakers");
    if (member == null) {
      return Map.of();
    }
    String fieldPath = path + ".speakers";
    if (!(member.value() instanceof JArray array)) {
      checks.typeError(member.value(), fieldPath, "een lijst [ ... ] met spreker-ids", true);
      return null;
    }
    Map<String, String> speakers = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < array.items().size(); i++) {
      Node item = array.items().get(i);
      String itemPath = fieldPath + "[" + i + "]";
      String[] entry = entry(item, itemPath);
      if (entry == null) {
        ok = false;
        continue;
      }
      if (!speakerRefs.check(entry[0], item, itemPath)) {
        ok = false;
      } else if (speakers.putIfAbsent(entry[0], entry[1]) != null) {
        checks.error(item.pos(), itemPath, "spreker '" + entry[0]
            + "' staat twee keer bij deze sessie; haal de tweede weg");
        ok = false;
      }
    }
    return ok ? speakers : null;
  }

  /** {id, role} of one entry of {@code speakers}, or {@code null} after reporting why not. */
  private String[] entry(Node item, String itemPath) {
    if (item instanceof JString text) {
      String id = checks.visible(text, itemPath, "vul een spreker-id in of haal dit element weg");
      return id == null ? null : new String[] {id, ""};
    }
    if (item instanceof JObject object) {
      checks.checkFields(object, itemPath, SPEAKER_REF_FIELDS);
      String id = checks.requiredText(object, itemPath, "id");
      String role = checks.optionalText(object, itemPath, "role");
      return id == null ? null : new String[] {id, role};
    }
    checks.typeError(item, itemPath, "een spreker-id als tekst, of { \"id\": ..., \"role\": ... }", false);
    return null;
  }
}
