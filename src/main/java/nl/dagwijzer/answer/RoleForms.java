package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;

/** A role's word in its other gender, as a programme may write it for the one who holds it. */
final class RoleForms {
  private RoleForms() {
  }

  /**
   * "de acteurs" are also the actrice, "de voorzitter" the voorzitster, "de docenten" the docente, "de presentator" the
   * presentatrice.
   */
  static List<String> feminine(String role) {
    List<String> forms = new ArrayList<>();
    if (role.length() < 5) {
      return forms;
    }
    if (role.endsWith("eur")) {
      forms.add(role.substring(0, role.length() - 3) + "rice");
      forms.add(role.substring(0, role.length() - 3) + "euse");
    } else if (role.endsWith("aar")) {
      forms.add(role.substring(0, role.length() - 2) + "es");
    } else if (role.endsWith("er")) {
      String stem = role.substring(0, role.length() - 2);
      boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
      forms.add((doubled ? stem.substring(0, stem.length() - 1) : stem) + "ster");
    } else if (role.endsWith("ent")) {
      forms.add(role + "e");
    } else if (role.endsWith("tor")) {
      forms.add(role.substring(0, role.length() - 2) + "rice"); // "de presentator": the presentatrice
    }
    return forms;
  }
}
