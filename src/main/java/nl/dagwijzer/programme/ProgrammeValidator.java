package nl.dagwijzer.programme;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.LocatedJson.JArray;
import nl.dagwijzer.programme.LocatedJson.JBoolean;
import nl.dagwijzer.programme.LocatedJson.JNull;
import nl.dagwijzer.programme.LocatedJson.JNumber;
import nl.dagwijzer.programme.LocatedJson.JObject;
import nl.dagwijzer.programme.LocatedJson.JString;
import nl.dagwijzer.programme.LocatedJson.Member;
import nl.dagwijzer.programme.LocatedJson.Node;
import nl.dagwijzer.programme.LocatedJson.Pos;

/**
 * Checks a located JSON tree against the programme format and builds the {@link Programme}. It never stops at the
 * first problem: a broken part is skipped and checking goes on, so the organiser sees every error in one go.
 */
final class ProgrammeValidator {
  private static final List<String> ROOT_FIELDS = List.of("event", "speakers", "sessions", "topics");
  private static final List<String> EVENT_FIELDS =
      List.of("title", "series", "organiser", "date", "timezone", "summary");
  private static final List<String> SPEAKER_FIELDS = List.of("id", "name", "role", "organisation");
  private static final List<String> SESSION_FIELDS = List.of("id", "title", "kind", "start", "end", "durationMinutes",
      "speakers", "room", "summary", "details", "aliases");
  private static final List<String> TOPIC_FIELDS = List.of("name", "aliases", "explanation", "sessions");
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final List<String> KINDS =
      Arrays.stream(SessionKind.values()).map(SessionKind::jsonName).toList();

  private final String file;
  private final List<ValidationError> errors = new ArrayList<>();
  // Every id written in the file, valid entry or not, so a broken speaker or session does not cause follow-up
  // "does not exist" errors at each place that refers to it.
  private List<String> knownSpeakerIds = List.of();
  private List<String> knownSessionIds = List.of();

  ProgrammeValidator(String file) {
    this.file = file;
  }

  List<ValidationError> errors() {
    return errors;
  }

  void error(Pos pos, String path, String message) {
    errors.add(new ValidationError(file, pos.line(), pos.column(), path, message));
  }

  /** The programme when the tree is fully valid; otherwise empty, with every problem in {@link #errors()}. */
  Optional<Programme> validate(Node root) {
    if (!(root instanceof JObject top)) {
      error(root.pos(), "", "het programma moet één JSON-object zijn ({ ... } met event, speakers en sessions), maar"
          + " het bestand bevat " + describe(root));
      return Optional.empty();
    }
    checkFields(top, "", ROOT_FIELDS);
    Event event = object(top, "", "event", true).map(this::event).orElse(null);
    Map<String, Speaker> speakers = speakers(top);
    List<Session> sessions = sessions(top);
    List<Topic> topics = topics(top);
    if (!errors.isEmpty() || event == null) {
      return Optional.empty();
    }
    return Optional.of(new Programme(event, List.copyOf(speakers.values()), sessions, topics));
  }

  private Event event(JObject node) {
    checkFields(node, "event", EVENT_FIELDS);
    String title = requiredText(node, "event", "title");
    String series = optionalText(node, "event", "series");
    String organiser = optionalText(node, "event", "organiser");
    String summary = optionalText(node, "event", "summary");
    Optional<LocalDate> date = date(node);
    ZoneId timezone = timezone(node);
    if (title == null || date == null || timezone == null) {
      return null;
    }
    return new Event(title, series, organiser, date, timezone, summary);
  }

  /** {@code null} when invalid (reported), empty when absent or null. */
  private Optional<LocalDate> date(JObject node) {
    Member member = node.members().get("date");
    if (member == null || member.value() instanceof JNull) {
      return Optional.empty();
    }
    if (!(member.value() instanceof JString text)) {
      typeError(member.value(), "event.date", "een datum als tekst (\"2025-03-14\") of null", false);
      return null;
    }
    String value = text.value();
    if (DATE.matcher(value).matches()) {
      try {
        return Optional.of(LocalDate.parse(value));
      } catch (DateTimeException e) {
        // Falls through to the same message: the shape is right but the day does not exist (2025-02-30).
      }
    }
    error(text.pos(), "event.date", "\"" + value + "\" is geen geldige datum; schrijf jaar-maand-dag als yyyy-MM-dd,"
        + " bijvoorbeeld \"2025-03-14\", of null als de datum nog niet vaststaat");
    return null;
  }

  private ZoneId timezone(JObject node) {
    String value = requiredText(node, "event", "timezone");
    if (value == null) {
      return null;
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      String hint = Suggestions.closest(value, ZoneId.getAvailableZoneIds())
          .map(zone -> "bedoel je \"" + zone + "\"?")
          .orElse("schrijf een tijdzone zoals \"Europe/Amsterdam\"");
      error(node.members().get("timezone").value().pos(), "event.timezone",
          "\"" + value + "\" is geen geldige tijdzone; " + hint);
      return null;
    }
  }

  /** Valid speakers by id, in file order. */
  private Map<String, Speaker> speakers(JObject top) {
    Map<String, Speaker> valid = new LinkedHashMap<>();
    // File order, so that equally close "bedoel je" suggestions always pick the same id.
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<JObject> items = objects(top, "speakers", true);
    for (int i = 0; i < items.size(); i++) {
      JObject node = items.get(i);
      if (node == null) {
        continue;
      }
      String path = "speakers[" + i + "]";
      checkFields(node, path, SPEAKER_FIELDS);
      String id = requiredText(node, path, "id");
      String name = requiredText(node, path, "name");
      String role = optionalText(node, path, "role");
      String organisation = optionalText(node, path, "organisation");
      if (id != null) {
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
          error(node.members().get("id").value().pos(), path + ".id", "spreker-id '" + id + "' komt al voor in speakers["
              + first + "]; geef elke spreker een eigen id");
          continue;
        }
      }
      if (id != null && name != null) {
        valid.put(id, new Speaker(id, name, role, organisation));
      }
    }
    knownSpeakerIds = seen.keySet().stream().toList();
    return valid;
  }

  private List<Session> sessions(JObject top) {
    List<Session> valid = new ArrayList<>();
    // File order, so that equally close "bedoel je" suggestions always pick the same id.
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    List<JObject> items = objects(top, "sessions", true);
    for (int i = 0; i < items.size(); i++) {
      JObject node = items.get(i);
      if (node == null) {
        continue;
      }
      String path = "sessions[" + i + "]";
      checkFields(node, path, SESSION_FIELDS);
      String id = requiredText(node, path, "id");
      String title = requiredText(node, path, "title");
      SessionKind kind = kind(node, path);
      LocalTime start = time(node, path, "start");
      LocalTime end = time(node, path, "end");
      boolean block = start != null && end != null;
      if (block && !start.isBefore(end)) {
        error(node.members().get("start").value().pos(), path + ".start",
            "start (" + start + ") moet voor end (" + end + ") liggen");
        block = false;
      }
      OptionalInt duration = duration(node, path, block ? start : null, block ? end : null);
      List<String> speakerIds = references(node, path, "speakers", "spreker", "speakers", knownSpeakerIds);
      Optional<String> room = room(node, path);
      String summary = optionalText(node, path, "summary");
      List<String> details = optionalTextList(node, path, "details");
      List<String> aliases = optionalTextList(node, path, "aliases");
      if (id != null) {
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
          error(node.members().get("id").value().pos(), path + ".id", "sessie-id '" + id + "' komt al voor in sessions["
              + first + "]; geef elke sessie een eigen id");
          continue;
        }
        order.add(id);
      }
      if (id != null && title != null && kind != null && block && duration != null && speakerIds != null
          && room != null && details != null && aliases != null) {
        valid.add(new Session(id, title, kind, start, end, duration, speakerIds, room, summary, details, aliases));
      }
    }
    knownSessionIds = order;
    return valid;
  }

  private SessionKind kind(JObject node, String path) {
    String value = requiredText(node, path, "kind");
    if (value == null) {
      return null;
    }
    Optional<SessionKind> kind = SessionKind.fromJson(value);
    if (kind.isEmpty()) {
      String hint = Suggestions.closest(value, KINDS).map(k -> "; bedoel je \"" + k + "\"?").orElse("");
      error(node.members().get("kind").value().pos(), path + ".kind",
          "\"" + value + "\" is geen geldige waarde voor kind; kies \"plenary\", \"workshop\" of \"break\"" + hint);
    }
    return kind.orElse(null);
  }

  private LocalTime time(JObject node, String path, String key) {
    String value = requiredText(node, path, key);
    if (value == null) {
      return null;
    }
    if (!TIME.matcher(value).matches()) {
      error(node.members().get(key).value().pos(), path + "." + key,
          "\"" + value + "\" is geen geldige tijd; schrijf uren en minuten als HH:mm, bijvoorbeeld \"09:30\"");
      return null;
    }
    return LocalTime.parse(value);
  }

  /** {@code null} when invalid; the block bounds are {@code null} when the block itself is invalid. */
  private OptionalInt duration(JObject node, String path, LocalTime start, LocalTime end) {
    Member member = node.members().get("durationMinutes");
    if (member == null) {
      return OptionalInt.empty();
    }
    String fieldPath = path + ".durationMinutes";
    if (!(member.value() instanceof JNumber number)) {
      typeError(member.value(), fieldPath, "een geheel aantal minuten, bijvoorbeeld 45", true);
      return null;
    }
    int minutes;
    try {
      minutes = number.integral() ? Integer.parseInt(number.text()) : 0;
    } catch (NumberFormatException e) {
      minutes = 0;
    }
    if (minutes <= 0) {
      error(number.pos(), fieldPath, "durationMinutes (" + number.text()
          + ") moet een positief geheel aantal minuten zijn, bijvoorbeeld 45");
      return null;
    }
    if (start != null && end != null) {
      long block = Duration.between(start, end).toMinutes();
      if (minutes > block) {
        error(number.pos(), fieldPath, "durationMinutes (" + minutes + ") is langer dan het blok " + start + "–" + end
            + " (" + block + " minuten)");
        return null;
      }
    }
    return OptionalInt.of(minutes);
  }

  private Optional<String> room(JObject node, String path) {
    Member member = node.members().get("room");
    if (member == null || member.value() instanceof JNull) {
      return Optional.empty();
    }
    if (!(member.value() instanceof JString text)) {
      typeError(member.value(), path + ".room", "de naam van de zaal als tekst, of null", false);
      return null;
    }
    if (text.value().isBlank()) {
      error(text.pos(), path + ".room", "mag niet leeg zijn; vul de zaal in of schrijf null");
      return null;
    }
    return Optional.of(text.value());
  }

  private List<Topic> topics(JObject top) {
    List<Topic> valid = new ArrayList<>();
    // File order, so that equally close "bedoel je" suggestions always pick the same id.
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<JObject> items = objects(top, "topics", false);
    for (int i = 0; i < items.size(); i++) {
      JObject node = items.get(i);
      if (node == null) {
        continue;
      }
      String path = "topics[" + i + "]";
      checkFields(node, path, TOPIC_FIELDS);
      String name = requiredText(node, path, "name");
      List<String> aliases = optionalTextList(node, path, "aliases");
      String explanation = optionalText(node, path, "explanation");
      List<String> sessionIds = references(node, path, "sessions", "sessie", "sessions", knownSessionIds);
      if (name != null) {
        Integer first = seen.putIfAbsent(name, i);
        if (first != null) {
          error(node.members().get("name").value().pos(), path + ".name", "onderwerp '" + name
              + "' komt al voor in topics[" + first + "]; geef elk onderwerp een eigen naam");
          continue;
        }
      }
      if (name != null && aliases != null && sessionIds != null) {
        valid.add(new Topic(name, aliases, explanation, sessionIds));
      }
    }
    return valid;
  }

  /** A list of ids that must each name something in {@code known}; {@code null} when anything is wrong. */
  private List<String> references(JObject node, String path, String key, String noun, String listName,
                                  List<String> known) {
    List<String> ids = optionalTextList(node, path, key);
    if (ids == null) {
      return null;
    }
    JArray array = (JArray) Optional.ofNullable(node.members().get(key)).map(Member::value).orElse(null);
    boolean ok = true;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!known.contains(id)) {
        String hint = Suggestions.closest(id, known).map(s -> "bedoel je '" + s + "'?")
            .orElse("voeg deze " + noun + " toe aan " + listName + " of verbeter de id");
        error(array.items().get(i).pos(), path + "." + key + "[" + i + "]",
            noun + " '" + id + "' bestaat niet in " + listName + "; " + hint);
        ok = false;
      }
    }
    return ok ? ids : null;
  }

  // ---- generic field checks ---------------------------------------------------------------------------------------

  private void checkFields(JObject node, String path, List<String> allowed) {
    for (Member member : node.members().values()) {
      if (allowed.contains(member.key())) {
        continue;
      }
      String hint = Suggestions.closest(member.key(), allowed).map(s -> "bedoel je '" + s + "'?")
          .orElse("toegestaan zijn: " + String.join(", ", allowed));
      error(member.keyPos(), child(path, member.key()), "onbekend veld '" + member.key() + "'; " + hint);
    }
  }

  /** The object under {@code key}, reporting a missing required one or a wrong type. */
  private Optional<JObject> object(JObject node, String path, String key, boolean required) {
    Member member = member(node, path, key, required);
    if (member == null) {
      return Optional.empty();
    }
    if (member.value() instanceof JObject object) {
      return Optional.of(object);
    }
    typeError(member.value(), child(path, key), "een object { ... }", !required);
    return Optional.empty();
  }

  /** The elements of the list under {@code key}; an element that is not an object is reported and given as null. */
  private List<JObject> objects(JObject node, String key, boolean required) {
    Member member = member(node, "", key, required);
    if (member == null) {
      return List.of();
    }
    if (!(member.value() instanceof JArray array)) {
      typeError(member.value(), key, "een lijst [ ... ] met objecten", !required);
      return List.of();
    }
    List<JObject> objects = new ArrayList<>();
    for (int i = 0; i < array.items().size(); i++) {
      Node item = array.items().get(i);
      if (item instanceof JObject object) {
        objects.add(object);
      } else {
        typeError(item, key + "[" + i + "]", "een object { ... }", false);
        objects.add(null);
      }
    }
    return objects;
  }

  private Member member(JObject node, String path, String key, boolean required) {
    Member member = node.members().get(key);
    if (member == null && required) {
      error(node.pos(), path, "verplicht veld '" + key + "' ontbreekt; voeg \"" + key + "\" toe");
    }
    return member;
  }

  /** Non-blank text, or {@code null} after reporting why not. */
  private String requiredText(JObject node, String path, String key) {
    Member member = member(node, path, key, true);
    if (member == null) {
      return null;
    }
    if (!(member.value() instanceof JString text)) {
      typeError(member.value(), child(path, key), "tekst tussen dubbele aanhalingstekens", false);
      return null;
    }
    if (text.value().isBlank()) {
      error(text.pos(), child(path, key), "mag niet leeg zijn; vul een tekst in");
      return null;
    }
    return text.value();
  }

  /** Text or "" when absent; a wrong type is reported and also gives "" so checking can go on. */
  private String optionalText(JObject node, String path, String key) {
    Member member = node.members().get(key);
    if (member == null) {
      return "";
    }
    if (member.value() instanceof JString text) {
      return text.value();
    }
    typeError(member.value(), child(path, key), "tekst tussen dubbele aanhalingstekens", true);
    return "";
  }

  /** A list of non-blank texts, empty when absent, {@code null} after reporting a problem. */
  private List<String> optionalTextList(JObject node, String path, String key) {
    Member member = node.members().get(key);
    if (member == null) {
      return List.of();
    }
    String fieldPath = child(path, key);
    if (!(member.value() instanceof JArray array)) {
      typeError(member.value(), fieldPath, "een lijst [ ... ] met teksten", true);
      return null;
    }
    List<String> texts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < array.items().size(); i++) {
      Node item = array.items().get(i);
      String itemPath = fieldPath + "[" + i + "]";
      if (!(item instanceof JString text)) {
        typeError(item, itemPath, "tekst tussen dubbele aanhalingstekens", false);
        ok = false;
      } else if (text.value().isBlank()) {
        error(text.pos(), itemPath, "mag niet leeg zijn; vul een tekst in of haal dit element weg");
        ok = false;
      } else {
        texts.add(text.value());
      }
    }
    return ok ? texts : null;
  }

  private void typeError(Node actual, String path, String expected, boolean optional) {
    String advice = optional && actual instanceof JNull ? "; laat het veld weg als er niets in hoeft" : "";
    error(actual.pos(), path, "verwacht " + expected + ", maar hier staat " + describe(actual) + advice);
  }

  private static String describe(Node node) {
    if (node instanceof JObject) {
      return "een object { ... }";
    } else if (node instanceof JArray) {
      return "een lijst [ ... ]";
    } else if (node instanceof JString) {
      return "tekst";
    } else if (node instanceof JNumber number) {
      return "het getal " + number.text();
    } else if (node instanceof JBoolean bool) {
      return bool.value() ? "true" : "false";
    }
    return "null";
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
