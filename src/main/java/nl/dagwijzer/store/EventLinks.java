package nl.dagwijzer.store;

import java.time.LocalDate;
import java.util.List;

/** The Discord scheduled events the bot made, by server: which event stands for which session of which day. */
public interface EventLinks {
  /** Event {@code eventId} in server {@code guildId} stands for session {@code sessionId} on {@code day}. */
  record Link(String guildId, String eventId, LocalDate day, String sessionId) {
  }

  List<Link> of(String guildId) throws StoreException;

  /** Adds a link; one that names the same event, or the same session on that day, is replaced. */
  void add(Link link) throws StoreException;

  void remove(String guildId, String eventId) throws StoreException;
}
