package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.StandardGuildMessageChannel;

/** Finds configured text or news channels and roles, by id or by name (case-insensitive, with or without "#"). */
public final class Channels {
  private Channels() {
  }

  public static Optional<StandardGuildMessageChannel> find(List<Guild> guilds, String idOrName) {
    String name = idOrName.startsWith("#") ? idOrName.substring(1) : idOrName;
    for (Guild guild : guilds) {
      for (GuildChannel channel : guild.getChannels()) {
        if (channel instanceof StandardGuildMessageChannel message
            && (channel.getId().equals(name) || channel.getName().equalsIgnoreCase(name))) {
          return Optional.of(message);
        }
      }
    }
    return Optional.empty();
  }

  public static Optional<Role> role(List<Guild> guilds, String idOrName) {
    return guilds.stream().flatMap(g -> g.getRoles().stream()).filter(r -> Access.matches(r, idOrName)).findFirst();
  }

  /**
   * The first configured channel or role that none of {@code guilds} has, as a Dutch sentence; empty when all exist.
   */
  public static Optional<String> missing(List<Guild> guilds, DiscordSettings settings) {
    String where = guilds.isEmpty() ? "de bot zit nog in geen enkele server"
        : guilds.size() == 1 ? "server '" + guilds.get(0).getName() + "'" : "de servers van de bot";
    for (String channel : settings.qaChannels()) {
      if (find(guilds, channel).isEmpty()) {
        return Optional.of("Kanaal '" + channel + "' uit DAGWIJZER_QA_CHANNELS bestaat niet in " + where + ".");
      }
    }
    if (settings.announceChannel().isPresent() && find(guilds, settings.announceChannel().get()).isEmpty()) {
      return Optional.of("Kanaal '" + settings.announceChannel().get()
          + "' uit DAGWIJZER_ANNOUNCE_CHANNEL bestaat niet in " + where + ".");
    }
    if (settings.organiserRole().isPresent() && role(guilds, settings.organiserRole().get()).isEmpty()) {
      return Optional.of("Rol '" + settings.organiserRole().get() + "' uit DAGWIJZER_ORGANISER_ROLE bestaat niet in "
          + where + ".");
    }
    if (settings.moderatorRole().isPresent() && role(guilds, settings.moderatorRole().get()).isEmpty()) {
      return Optional.of("Rol '" + settings.moderatorRole().get() + "' uit DAGWIJZER_MODERATOR_ROLE bestaat niet in "
          + where + ".");
    }
    return Optional.empty();
  }
}
