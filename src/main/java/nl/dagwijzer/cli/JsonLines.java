package nl.dagwijzer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.Understanding;

/**
 * {@code ask --json}: one object per question, {@code {"question","intent","confidence","entities":[{"type","id",
 * "text"}],"query":{"asked","conditions":[{"type","value"}],"order","counted"},"reply"}}, written with jackson-core's
 * streaming generator (a databind {@code ObjectMapper} would cost a few hundred classes at start-up for a few fields).
 * The query shows how the question was read, so an organiser can see why an answer came out as it did.
 */
final class JsonLines {
  private final JsonFactory factory = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET, StreamWriteFeature.FLUSH_PASSED_TO_STREAM).build();
  /** One question's object on one line (without the line end). Thread-safe. */
  String line(Understanding understanding, String reply) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator object = factory.createGenerator(out)) {
      write(object, understanding, reply);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator object, Understanding understanding, String reply) throws IOException {
    object.writeStartObject();
    object.writeStringField("question", understanding.question());
    object.writeStringField("intent", understanding.intent().label());
    object.writeNumberField("confidence", Math.round(understanding.confidence() * 1000) / 1000.0);
    object.writeArrayFieldStart("entities");
    for (Entity entity : understanding.entities()) {
      object.writeStartObject();
      object.writeStringField("type", entity.type().label());
      object.writeStringField("id", entity.id());
      object.writeStringField("text", entity.text());
      object.writeEndObject();
    }
    object.writeEndArray();
    Query query = understanding.query();
    object.writeObjectFieldStart("query");
    object.writeStringField("asked", query.asked().label());
    object.writeArrayFieldStart("conditions");
    for (Condition condition : query.conditions()) {
      object.writeStartObject();
      object.writeStringField("type", condition.type());
      object.writeStringField("value", condition.value());
      object.writeEndObject();
    }
    object.writeEndArray();
    if (query.order().isPresent()) {
      object.writeStringField("order", query.order().get().label());
    }
    if (query.counted().isPresent()) {
      object.writeStringField("counted", query.counted().get().label());
    }
    object.writeEndObject();
    object.writeStringField("reply", reply);
    object.writeEndObject();
  }
}
