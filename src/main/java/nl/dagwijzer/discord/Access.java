package nl.dagwijzer.discord;

import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;

/**
 * Who may use the organiser and moderator commands: members with the configured role (by id or name), or with the
 * Manage Server permission. Checked on every call, whatever Discord shows to whom.
 */
public final class Access {
  private final Optional<String> organiserRole;
  private final Optional<String> moderatorRole;

  public Access(Optional<String> organiserRole, Optional<String> moderatorRole) {
    this.organiserRole = organiserRole;
    this.moderatorRole = moderatorRole;
  }

  public boolean organiser(Member member) {
    return allowed(member, organiserRole);
  }

  public boolean moderator(Member member) {
    return allowed(member, moderatorRole);
  }

  private static boolean allowed(Member member, Optional<String> role) {
    if (member == null) {
      return false;
    }
    if (member.hasPermission(Permission.MANAGE_SERVER)) {
      return true;
    }
    return role.isPresent() && member.getRoles().stream().anyMatch(r -> matches(r, role.get()));
  }

  static boolean matches(Role role, String idOrName) {
    return role.getId().equals(idOrName) || role.getName().equalsIgnoreCase(idOrName);
  }
}
