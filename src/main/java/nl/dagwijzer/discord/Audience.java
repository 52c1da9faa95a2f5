package nl.dagwijzer.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Who a command is for. Attendees may use theirs in the server and in a DM with the bot; organiser and moderator
 * commands only in the server, shown by Discord to members with Manage Messages or Manage Server, and checked
 * against the configured role on every call (see {@link Access}).
 */
enum Audience {
  ATTENDEE, ORGANISER, MODERATOR;

  /** {@code command} with the contexts and default permissions of this audience. */
  SlashCommandData shape(SlashCommandData command) {
    return switch (this) {
      case ATTENDEE -> command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
      case ORGANISER -> command.setContexts(InteractionContextType.GUILD)
          .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
      case MODERATOR -> command.setContexts(InteractionContextType.GUILD)
          .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    };
  }

  boolean allows(Access access, Member member) {
    return switch (this) {
      case ATTENDEE -> true;
      case ORGANISER -> access.organiser(member);
      case MODERATOR -> access.moderator(member);
    };
  }
}
