package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** The names a one-word role has as a compound: its group ("de jury" of "jurylid"), "de voorzitter van de jury". */
final class RoleCompounds {
  private RoleCompounds() {
  }

  /** The last part of a role people say on its own: "jurylid", "juryvoorzitter", "gespreksleider". */
  private static final List<String> ROLE_HEADS = List.of("voorzitter", "leider", "lid", "coordinator", "spreker");

  /**
   * "jurylid" and "juryvoorzitter": "de jury" is everyone with a role of that group, and so are "de juryleden";
   * "de voorzitter van de jury" is the one role, and "de leider van het gesprek" the "gespreksleider". Never a group
   * that is an ordinary word ("dag" of "dagvoorzitter") or already a name ("panel" of "panellid").
   */
  static void add(List<String> tokens, Set<String> ordinaryWords, Set<List<String>> taken,
                  List<Gazetteer.Entry> names) {
    if (tokens.isEmpty()) {
      return;
    }
    String word = tokens.get(0); // "jurylid fietsenoptocht": its first word makes "de juryleden" too
    for (String head : ROLE_HEADS) {
      if (!word.endsWith(head) || word.length() - head.length() < 4) {
        continue;
      }
      String group = word.substring(0, word.length() - head.length());
      String bare = group.endsWith("s") ? group.substring(0, group.length() - 1) : group;
      ProgrammeNames.add(names, EntityType.ROLE, word, List.of(head, "van", "de", bare));
      ProgrammeNames.add(names, EntityType.ROLE, word, List.of(head, "van", "het", bare));
      // a group has members and a chair; a "gespreksleider" leads a conversation, no group of "gesprek" people
      boolean ofGroup = head.equals("lid") || head.equals("voorzitter");
      // ("bestuurslid, aftredend": a longer role gives "de bestuursleden", never "het bestuur" for a person)
      if (ofGroup && tokens.size() == 1 && !ordinaryWords.contains(bare) && !taken.contains(List.of(bare))
          && bare.length() >= 4) {
        ProgrammeNames.add(names, EntityType.ROLE, group, List.of(bare));
        ProgrammeNames.add(names, EntityType.ROLE, group, List.of(group + "leden"));
      } else if (head.equals("lid") && !taken.contains(List.of(bare)) && !taken.contains(List.of(group + "leden"))) {
        // "de raadsleden" of "raadslid", though "raad" is an ordinary word (not "panelleden" where "panel" names a
        // session, whose texts may list them)
        ProgrammeNames.add(names, EntityType.ROLE, group, List.of(group + "leden"));
      }
      return;
    }
  }
}
