package nl.dagwijzer.e2e.local;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import nl.dagwijzer.e2e.local.RestServer.Request;
import nl.dagwijzer.e2e.local.RestServer.Response;

/**
 * The guild's scheduled events (Discord's Events) on the local Discord: list, create, read, change and delete, as
 * {@code /guilds/{id}/scheduled-events[/{event}]} does. Events made through REST have the bot as creator; a test
 * can add others' events. Thread-safe.
 */
final class LocalScheduledEvents {
  private final String guildId;
  private final LocalUser bot;
  private final Map<String, LocalScheduledEvent> events = new LinkedHashMap<>();

  LocalScheduledEvents(String guildId, LocalUser bot) {
    this.guildId = guildId;
    this.bot = bot;
  }

  synchronized List<LocalScheduledEvent> all() {
    return new ArrayList<>(events.values());
  }

  /** An event made by someone else than the bot, as a member with Manage Events would. */
  synchronized LocalScheduledEvent addOthers(String name, OffsetDateTime start, OffsetDateTime end,
                                            String location) {
    LocalScheduledEvent event = new LocalScheduledEvent(Snowflakes.next(), Snowflakes.next(), name, "", start, end,
        location, 1);
    events.put(event.id(), event);
    return event;
  }

  /** Answers a request under {@code guilds/{id}/scheduled-events}. */
  synchronized Response handle(Request r) {
    if (!r.segment(1).equals(guildId)) {
      return Response.error(404, 10004, "Unknown Guild");
    }
    int n = r.segments().length;
    if (n == 3) {
      return switch (r.method()) {
        case "GET" -> Response.json(list());
        case "POST" -> Response.json(json(save(Snowflakes.next(), bot.id(), r.json(), null)));
        default -> null;
      };
    }
    LocalScheduledEvent event = events.get(r.segment(3));
    if (n != 4) {
      return null;
    }
    if (event == null) {
      return Response.error(404, 10070, "Unknown Guild Scheduled Event");
    }
    return switch (r.method()) {
      case "GET" -> Response.json(json(event));
      case "PATCH" -> Response.json(json(save(event.id(), event.creatorId(), r.json(), event)));
      case "DELETE" -> {
        events.remove(event.id());
        yield Response.noContent();
      }
      default -> null;
    };
  }

  private DataArray list() {
    DataArray array = DataArray.empty();
    events.values().forEach(e -> array.add(json(e)));
    return array;
  }

  /** A new event from the request, or {@code before} with the fields the request sets. */
  private LocalScheduledEvent save(String id, String creator, DataObject body, LocalScheduledEvent before) {
    String location = body.optObject("entity_metadata").map(m -> m.getString("location", null))
        .orElse(before == null ? null : before.location());
    LocalScheduledEvent event = new LocalScheduledEvent(id, creator,
        body.getString("name", before == null ? null : before.name()),
        body.getString("description", before == null ? "" : before.description()),
        body.hasKey("scheduled_start_time") ? OffsetDateTime.parse(body.getString("scheduled_start_time"))
            : before.start(),
        body.hasKey("scheduled_end_time") ? OffsetDateTime.parse(body.getString("scheduled_end_time"))
            : before == null ? null : before.end(),
        location, body.getInt("status", before == null ? 1 : before.status()));
    events.put(id, event);
    return event;
  }

  private DataObject json(LocalScheduledEvent e) {
    return DataObject.empty()
        .put("id", e.id())
        .put("guild_id", guildId)
        .put("channel_id", null)
        .put("creator_id", e.creatorId())
        .put("name", e.name())
        .put("description", e.description())
        .put("scheduled_start_time", e.start().toString())
        .put("scheduled_end_time", e.end() == null ? null : e.end().toString())
        .put("privacy_level", 2)
        .put("status", e.status())
        .put("entity_type", 3)
        .put("entity_id", null)
        .put("entity_metadata", DataObject.empty().put("location", e.location()))
        .put("user_count", 0)
        .put("image", null);
  }
}
