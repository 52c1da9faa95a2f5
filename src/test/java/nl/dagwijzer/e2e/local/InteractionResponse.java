package nl.dagwijzer.e2e.local;

import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The bot's callback to an interaction: {@code type} 4 (reply), 5 (deferred reply), 6 (deferred update), 7 (update),
 * 8 (autocomplete result, {@code data.choices}), 9 (modal); {@code data} is the callback's data object (may be empty).
 */
public record InteractionResponse(String interactionId, int type, DataObject data) {
  public boolean deferred() {
    return type == 5 || type == 6;
  }

  public boolean ephemeral() {
    return (data.getInt("flags", 0) & (1 << 6)) != 0;
  }
}
