package nl.dagwijzer.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a draft in the programme.json format, with only the fields that format accepts, in the README's order,
 * leaving out what was not found (an empty summary, no room) so the organiser sees what is there.
 */
public final class DraftWriter {
  private final ObjectMapper mapper = new ObjectMapper();

  public String json(Draft draft) {
    ObjectNode root = mapper.createObjectNode();
    root.set("event", event(draft.event()));
    ArrayNode speakers = root.putArray("speakers");
    for (DraftSpeaker s : draft.speakers()) {
      ObjectNode node = speakers.addObject().put("id", s.id()).put("name", s.name());
      optional(node, "role", s.role());
      optional(node, "organisation", s.organisation());
    }
    ArrayNode sessions = root.putArray("sessions");
    for (DraftSession s : draft.sessions()) {
      sessions.add(session(s));
    }
    root.putArray("topics");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("").withObjectEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises; anything else is a defect here.
      throw new IllegalStateException("Cannot write draft", e);
    }
  }

  private ObjectNode event(DraftEvent e) {
    ObjectNode node = mapper.createObjectNode().put("title", e.title());
    optional(node, "series", e.series());
    optional(node, "organiser", e.organiser());
    if (e.date() == null) {
      node.putNull("date");
    } else {
      node.put("date", e.date().toString());
    }
    node.put("timezone", e.timezone().getId());
    optional(node, "summary", e.summary());
    return node;
  }

  private ObjectNode session(DraftSession s) {
    ObjectNode node = mapper.createObjectNode().put("id", s.id()).put("title", s.title())
        .put("kind", s.kind().jsonName()).put("start", s.start().toString()).put("end", s.end().toString());
    if (s.durationMinutes() != null) {
      node.put("durationMinutes", s.durationMinutes());
    }
    list(node, "speakers", s.speakerIds());
    optional(node, "room", s.room());
    optional(node, "summary", s.summary());
    list(node, "details", s.details());
    list(node, "aliases", s.aliases());
    return node;
  }

  private static void optional(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }

  private static void list(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(array::add);
    }
  }
}
