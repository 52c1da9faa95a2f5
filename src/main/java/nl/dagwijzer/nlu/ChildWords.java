package nl.dagwijzer.nlu;

import java.util.Set;

/** Words for a child someone brings: "mag mijn zoontje van 3 mee?" asks about a child of 3. */
final class ChildWords {
  static final Set<String> WORDS = Set.of("zoon", "zoontje", "dochter", "dochtertje", "kind", "kindje", "kinderen",
      "kids", "baby", "peuter", "kleuter", "kleinkind", "kleinkinderen", "zusje", "broertje", "kleintjes", "kleuters",
      "peuters", "zoons", "dochters", "kleinzoon", "kleindochter", "tiener", "tieners", "tienerzoon", "tienerdochter",
      "kleine", "kleintje", "jongen", "meisje", "zoontjes", "dochtertjes");

  private ChildWords() {
  }
}
