package nl.dagwijzer.programme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.LocatedJson.JNull;
import nl.dagwijzer.programme.LocatedJson.JObject;
import nl.dagwijzer.programme.LocatedJson.JString;
import nl.dagwijzer.programme.LocatedJson.Member;
import nl.dagwijzer.programme.LocatedJson.Node;

/**
 * Checks a located JSON tree against the programme format and builds the {@link Programme}. It never stops at the
 * first problem: a broken part is skipped and checking goes on, so the organiser sees every error in one go.
 */
final class ProgrammeValidator {
  private static final List<String> ROOT_FIELDS = List.of("event", "speakers", "sessions", "topics");
  private static final List<String> EVENT_FIELDS =
      List.of("title", "series", "organiser", "date", "timezone", "summary", "venue");
  private static final List<String> VENUE_FIELDS = List.of("name", "address");
  private static final List<String> SPEAKER_FIELDS = List.of("id", "name", "role", "organisation");
  private static final List<String> TOPIC_FIELDS = List.of("name", "aliases", "explanation", "sessions");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final JsonChecks checks;

  ProgrammeValidator(String file) {
    this.checks = new JsonChecks(file);
  }

  List<ValidationError> errors() {
    return checks.errors();
  }

  /** The programme when the tree is fully valid; otherwise empty, with every problem in {@link #errors()}. */
  Optional<Programme> validate(Node root) {
    if (!(root instanceof JObject top)) {
      checks.error(root.pos(), "", "het programma moet één JSON-object zijn ({ ... } met event, speakers en sessions),"
          + " maar het bestand bevat " + JsonChecks.describe(root));
      return Optional.empty();
    }
    checks.checkFields(top, "", ROOT_FIELDS);
    Event event = checks.object(top, "", "event", true).map(this::event).orElse(null);
    // Every id written in the file, valid entry or not, so a broken speaker or session does not cause follow-up
    // "does not exist" errors at each place that refers to it.
    LinkedHashSet<String> speakerIds = new LinkedHashSet<>();
    Map<String, Speaker> speakers = speakers(top, speakerIds);
    LinkedHashSet<String> sessionIds = new LinkedHashSet<>();
    List<Session> sessions = new SessionValidator(checks, speakerIds).sessions(top, sessionIds);
    List<Topic> topics = topics(top, sessionIds);
    if (!checks.errors().isEmpty() || event == null) {
      return Optional.empty();
    }
    return Optional.of(new Programme(event, List.copyOf(speakers.values()), SharedAliases.shared(sessions), topics));
  }

  private Event event(JObject node) {
    checks.checkFields(node, "event", EVENT_FIELDS);
    String title = checks.requiredText(node, "event", "title");
    String series = checks.optionalText(node, "event", "series");
    String organiser = checks.optionalText(node, "event", "organiser");
    String summary = checks.optionalText(node, "event", "summary");
    Optional<LocalDate> date = date(node);
    ZoneId timezone = timezone(node);
    Optional<Venue> venue = venue(node);
    if (title == null || date == null || timezone == null || venue == null) {
      return null;
    }
    return new Event(title, series, organiser, date, timezone, summary, venue);
  }

  /** {@code null} when invalid (reported), empty when absent or null. */
  private Optional<LocalDate> date(JObject node) {
    Member member = node.members().get("date");
    if (member == null || member.value() instanceof JNull) {
      return Optional.empty();
    }
    if (!(member.value() instanceof JString text)) {
      checks.typeError(member.value(), "event.date", "een datum als tekst (\"2025-03-14\") of null", false);
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
    checks.error(text.pos(), "event.date", "\"" + value + "\" is geen geldige datum; schrijf jaar-maand-dag als"
        + " yyyy-MM-dd, bijvoorbeeld \"2025-03-14\", of null als de datum nog niet vaststaat");
    return null;
  }

  private ZoneId timezone(JObject node) {
    String value = checks.requiredText(node, "event", "timezone");
    if (value == null) {
      return null;
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      String hint = Suggestions.closest(value, ZoneId.getAvailableZoneIds())
          .map(zone -> "bedoel je \"" + zone + "\"?")
          .orElse("schrijf een tijdzone zoals \"Europe/Amsterdam\"");
      checks.error(node.members().get("timezone").value().pos(), "event.timezone",
          "\"" + value + "\" is geen geldige tijdzone; " + hint);
      return null;
    }
  }

  /** {@code null} when invalid (reported), empty when absent or null. */
  private Optional<Venue> venue(JObject node) {
    Member member = node.members().get("venue");
    if (member == null || member.value() instanceof JNull) {
      return Optional.empty();
    }
    if (!(member.value() instanceof JObject venue)) {
      checks.typeError(member.value(), "event.venue",
          "een object { \"name\": ..., \"address\": ... } of null", false);
      return null;
    }
    checks.checkFields(venue, "event.venue", VENUE_FIELDS);
    String name = checks.requiredText(venue, "event.venue", "name");
    String address = checks.optionalText(venue, "event.venue", "address");
    return name == null ? null : Optional.of(new Venue(name, address));
  }

  /** Valid speakers by id, in file order; {@code ids} receives every id written. */
  private Map<String, Speaker> speakers(JObject top, LinkedHashSet<String> ids) {
    Map<String, Speaker> valid = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<JObject> items = checks.objects(top, "speakers", true);
    for (int i = 0; i < items.size(); i++) {
      JObject node = items.get(i);
      if (node == null) {
        continue;
      }
      String path = "speakers[" + i + "]";
      checks.checkFields(node, path, SPEAKER_FIELDS);
      String id = checks.requiredText(node, path, "id");
      String name = checks.requiredText(node, path, "name");
      String role = checks.optionalText(node, path, "role");
      String organisation = checks.optionalText(node, path, "organisation");
      if (id != null) {
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
          checks.error(node.members().get("id").value().pos(), path + ".id", "spreker-id '" + id
              + "' komt al voor in speakers[" + first + "]; geef elke spreker een eigen id");
          continue;
        }
      }
      if (id != null && name != null) {
        valid.put(id, new Speaker(id, name, role, organisation));
      }
    }
    ids.addAll(seen.keySet());
    return valid;
  }

  private List<Topic> topics(JObject top, LinkedHashSet<String> sessionIds) {
    List<Topic> valid = new ArrayList<>();
    // By name in lower case: "Zoete Kruimels" and "zoete kruimels" are the same topic to anyone asking about it.
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<JObject> items = checks.objects(top, "topics", false);
    for (int i = 0; i < items.size(); i++) {
      JObject node = items.get(i);
      if (node == null) {
        continue;
      }
      String path = "topics[" + i + "]";
      checks.checkFields(node, path, TOPIC_FIELDS);
      String name = checks.requiredText(node, path, "name");
      List<String> aliases = checks.optionalTextList(node, path, "aliases");
      String explanation = checks.optionalText(node, path, "explanation");
      List<String> sessions = new References(checks, "sessie", "sessions", sessionIds)
          .check(node, path, "sessions");
      if (name != null) {
        Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        if (first != null) {
          checks.error(node.members().get("name").value().pos(), path + ".name", "onderwerp '" + name
              + "' komt al voor in topics[" + first + "]; geef elk onderwerp een eigen naam");
          continue;
        }
      }
      if (name != null && aliases != null && sessions != null) {
        valid.add(new Topic(name, aliases, explanation, sessions));
      }
    }
    return valid;
  }
}
