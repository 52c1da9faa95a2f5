package nl.dagwijzer.e2e.local;

import java.util.List;

/** A user's membership of the local guild, with the roles it has (not counting @everyone). */
public record LocalMember(LocalUser user, List<LocalRole> roles) {
  public LocalMember {
    roles = List.copyOf(roles);
  }

  public String id() {
    return user.id();
  }

  public boolean hasRole(String roleName) {
    return roles.stream().anyMatch(role -> role.name().equals(roleName));
  }
}
