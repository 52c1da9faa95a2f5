package nl.dagwijzer.e2e.local;

import net.dv8tion.jda.api.utils.data.DataObject;

/** A Discord user of the local server: a person or the bot itself. */
public record LocalUser(String id, String username, boolean bot) {
  DataObject toJson() {
    return DataObject.empty()
        .put("id", id)
        .put("username", username)
        .put("global_name", username)
        .put("discriminator", "0")
        .put("avatar", null)
        .put("bot", bot);
  }
}
