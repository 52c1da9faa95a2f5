package nl.dagwijzer.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Speaker;

/** The people who hold the roles a question asks about ("wie is de dagvoorzitter?", "welk jurylid is stadsdichter?"). */
final class AskedRoles {
  private AskedRoles() {
  }

  /** The holders of the roles the question asks about, or of the role its verb gives ("wie presenteert ..."). */
  static List<ProgrammeIndex.RoleHolder> holders(Answering a) {
    Set<String> words = roleWords(a);
    List<ProgrammeIndex.RoleHolder> holders = words.isEmpty() ? List.of() : a.index().rolesMatching(words);
    List<ProgrammeIndex.RoleHolder> qualified = qualified(a);
    if (!qualified.isEmpty()) {
      return qualified;
    }
    // ("welke parachutisten springen er?" finds "parachutist" and "parachutiste" in one word: either, not both)
    long asked = a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.ROLE)
        .map(c -> c.entity().text()).distinct().count();
    if (words.size() >= 2 && asked >= 2 && a.query().first(Condition.Leading.class).isEmpty()) {
      // "welk jurylid is stadsdichter?": of the holders, the people who hold every role asked
      Set<Speaker> every = new LinkedHashSet<>(holders.stream().map(ProgrammeIndex.RoleHolder::speaker).toList());
      words.forEach(w -> every.retainAll(a.index().rolesMatching(Set.of(w)).stream()
          .map(ProgrammeIndex.RoleHolder::speaker).toList()));
      if (!every.isEmpty()) {
        holders = holders.stream().filter(h -> every.contains(h.speaker())).toList();
      }
    }
    return holders;
  }

  /**
   * "wie is de leerkracht van groep 8?" where the roles are "leerkracht groep 7", "leerkracht groep 8" and
   * "begeleidende ouder groep 7-8": the words that matched the end of one role ("groep 8") say which holder of the other role is
   * meant. None when no holder's role has them.
   */
  static List<ProgrammeIndex.RoleHolder> qualified(Answering a) {
    Set<String> words = roleWords(a);
    List<String> tails = a.query().all(Condition.About.class).stream().filter(c -> qualifier(c.entity()))
        .map(c -> c.entity().text())
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    // "wie is de captain van team groen?" of "teamcaptain team Groen": the group asked names the holder too
    a.query().all(nl.dagwijzer.nlu.Detail.class).forEach(d -> d.group().ifPresent(tails::add));
    Set<String> heads = new LinkedHashSet<>(words);
    a.query().all(Condition.About.class).stream().filter(c -> tails.contains(c.entity().text()))
        .forEach(c -> heads.remove(c.entity().id()));
    if (tails.isEmpty() || heads.isEmpty()) {
      return List.of();
    }
    return a.index().rolesMatching(heads).stream().filter(holder -> tails.stream()
        .anyMatch(tail -> (" " + holder.normalised() + " ").contains(" " + tail + " "))).toList();
  }

  /** A role found by words after its first ("groep 3" of "begeleidende ouder groep 3-4"), not by the role itself. */
  static boolean qualifier(nl.dagwijzer.nlu.Entity role) {
    return role.type() == EntityType.ROLE && role.text().contains(" ") && !role.id().startsWith(role.text());
  }

  private static Set<String> roleWords(Answering a) {
    Set<String> words = new LinkedHashSet<>();
    a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.ROLE)
        .forEach(c -> words.add(c.entity().id()));
    Optional<Condition.Leading> leading = a.query().first(Condition.Leading.class);
    if (leading.isPresent()) {
      // "wie presenteert de pitches?" when one has the role "presentator" and another "juryvoorzitter": the one
      // whose role is the verb's own
      Optional<String> own = Resolver.LEAD_ROLES.stream().filter(r -> r.length() >= 5
          && leading.get().word().startsWith(r.substring(0, 5))).findFirst();
      boolean day = !a.selection().named() && !a.index().rolesMatching(Resolver.DAY_ROLES).isEmpty();
      Set<String> lead = day ? Resolver.DAY_ROLES : Resolver.LEAD_ROLES;
      boolean ownHeld = !day && own.isPresent() && a.index().rolesMatching(Set.of(own.get())).stream()
          .anyMatch(h -> h.session() == null || a.selection().sessions().contains(h.session()));
      words.addAll(ownHeld ? Set.of(own.get()) : lead);
    }
    return words;
  }
}
