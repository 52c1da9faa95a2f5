package nl.dagwijzer.e2e.local;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A message the bot put on the local Discord, whichever way: a channel message, an interaction reply, a follow-up
 * after a deferred reply, or an edit of the original reply.
 *
 * @param id the message id the server gave it (for an edit: the id of the message edited)
 * @param channelId the channel it appeared in (for interaction replies: the channel of the interaction)
 * @param interactionId the interaction it answers, or {@code null} for a plain channel message
 * @param referencedMessageId {@code message_reference.message_id}, or {@code null} when it is no reply
 * @param allowedMentions the {@code allowed_mentions} object as sent, or {@code null}
 * @param files files uploaded with it, served back by the server
 * @param payload the whole JSON payload as sent (components, tts, ...)
 */
public record PostedMessage(
    String id,
    Kind kind,
    String channelId,
    String interactionId,
    String content,
    List<DataObject> embeds,
    String referencedMessageId,
    DataObject allowedMentions,
    int flags,
    List<LocalAttachment> files,
    DataObject payload) {

  /** How the message was posted. */
  public enum Kind {
    /** {@code POST /channels/{id}/messages}. */
    CHANNEL_MESSAGE,
    /** Interaction callback type 4 (or 7, update of a component message). */
    INTERACTION_REPLY,
    /** {@code POST /webhooks/{app}/{token}} after a (deferred) reply. */
    FOLLOW_UP,
    /** {@code PATCH /webhooks/{app}/{token}/messages/...}: edit of the original reply or a follow-up. */
    EDIT
  }

  public PostedMessage {
    embeds = List.copyOf(embeds);
    files = List.copyOf(files);
  }

  private static final int EPHEMERAL = 1 << 6;

  public boolean ephemeral() {
    return (flags & EPHEMERAL) != 0;
  }

  /** The embeds' descriptions and field values, joined with new lines, for easy content checks. */
  public String embedText() {
    StringBuilder text = new StringBuilder();
    for (DataObject embed : embeds) {
      if (!embed.isNull("title")) {
        text.append(embed.getString("title")).append('\n');
      }
      if (!embed.isNull("description")) {
        text.append(embed.getString("description")).append('\n');
      }
      embed.optArray("fields").ifPresent(fields -> fields.stream(net.dv8tion.jda.api.utils.data.DataArray::getObject)
          .forEach(f -> text.append(f.getString("name", "")).append('\n').append(f.getString("value", "")).append('\n')));
    }
    return text.toString();
  }
}
