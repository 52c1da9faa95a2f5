package nl.dagwijzer.discord;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.requests.RestAction;
import nl.dagwijzer.announce.EventCalendar;

/**
 * A Discord server's Events as an {@link EventCalendar}: external events with a place, made and changed by the bot.
 * JDA checks {@code CREATE_SCHEDULED_EVENTS} before it makes one and {@code MANAGE_EVENTS} to change or delete one
 * made by someone else; the bot needs both. Every call waits for Discord (at most {@link #TIMEOUT}), so it must not
 * run on JDA's threads.
 */
final class DiscordEventCalendar implements EventCalendar {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Guild guild;
  private final Map<String, ScheduledEvent> seen = new ConcurrentHashMap<>();

  DiscordEventCalendar(Guild guild) {
    this.guild = guild;
  }

  @Override
  public String server() {
    return guild.getId();
  }

  @Override
  public Optional<String> missingPermission() {
    Member self = guild.getSelfMember();
    if (self.hasPermission(Permission.CREATE_SCHEDULED_EVENTS) && self.hasPermission(Permission.MANAGE_EVENTS)) {
      return Optional.empty();
    }
    return Optional.of("de bot mag in server '" + guild.getName() + "' geen evenementen maken of beheren; geef de"
        + " rol van de bot de rechten 'Evenementen maken' en 'Evenementen beheren' (Create Events, Manage Events)."
        + " Tot dan gaat de bot verder zonder evenementen.");
  }

  @Override
  public List<Existing> upcoming() throws CalendarException {
    String self = guild.getSelfMember().getId();
    List<ScheduledEvent> events = await(guild.retrieveScheduledEvents(), "de evenementen lezen");
    seen.clear();
    return events.stream()
        .filter(e -> e.getStatus() == ScheduledEvent.Status.SCHEDULED || e.getStatus() == ScheduledEvent.Status.ACTIVE)
        .peek(e -> seen.put(e.getId(), e))
        .map(e -> new Existing(e.getId(), e.getName(), e.getStartTime().toInstant(),
            e.getEndTime() == null ? e.getStartTime().toInstant() : e.getEndTime().toInstant(),
            e.getLocation() == null ? "" : e.getLocation(), e.getDescription() == null ? "" : e.getDescription(),
            self.equals(e.getCreatorId()), e.getStatus() == ScheduledEvent.Status.ACTIVE))
        .toList();
  }

  @Override
  public String create(Planned event) throws CalendarException {
    try {
      return await(guild.createScheduledEvent(event.name(), event.location(), event.start().atOffset(ZoneOffset.UTC),
              event.end().atOffset(ZoneOffset.UTC)).setDescription(event.description().isEmpty() ? null
              : event.description()), "een evenement maken").getId();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CalendarException(e.getMessage(), e); // JDA's own checks, e.g. a start in the past
    }
  }

  @Override
  public void update(String id, Planned event) throws CalendarException {
    try {
      await(known(id).getManager().setName(event.name()).setDescription(event.description())
          .setLocation(event.location()).setStartTime(event.start().atOffset(ZoneOffset.UTC))
          .setEndTime(event.end().atOffset(ZoneOffset.UTC)), "een evenement bijwerken");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CalendarException(e.getMessage(), e);
    }
  }

  @Override
  public void delete(String id) throws CalendarException {
    try {
      await(known(id).delete(), "een evenement verwijderen");
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CalendarException(e.getMessage(), e);
    }
  }

  private ScheduledEvent known(String id) throws CalendarException {
    ScheduledEvent event = seen.get(id);
    if (event == null) {
      throw new CalendarException("evenement " + id + " is niet (meer) bekend", null);
    }
    return event;
  }

  private static <T> T await(RestAction<T> action, String what) throws CalendarException {
    try {
      return action.submit().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CalendarException(what + ": onderbroken", e);
    } catch (ExecutionException e) {
      throw new CalendarException(what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new CalendarException(what + ": Discord antwoordde niet binnen " + TIMEOUT.toSeconds() + " s", e);
    }
  }
}
