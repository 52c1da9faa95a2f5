package nl.dagwijzer.nlu;

import java.util.List;

/** Compounds of a session's name and a kind of session ("de djembéworkshop"): that session. */
final class KindCompounds {
  private KindCompounds() {
  }

  /** Words for a kind of session that people put behind a name: "kookworkshop", "djembé-workshop", "reanimatieles". */
  private static final List<String> KIND_ENDINGS = List.of("workshops", "workshop", "sessie", "lezing",
      "presentatie", "training", "cursus", "les", "demonstratie", "demo", "praatje", "rondleiding", "wandeling",
      "concert", "voorstelling", "proeverij", "vertoning");

  /**
   * "de djembéworkshop", "de kookworkshop": a compound of a word of one session's title and a kind names that
   * session, not every workshop.
   */
  static void mark(Gazetteer gazetteer, List<String> tokens, boolean[] taken, List<Span> spans) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (taken[i]) {
        continue;
      }
      for (String ending : KIND_ENDINGS) {
        if (token.length() >= ending.length() + 4 && token.endsWith(ending)) {
          String head = token.substring(0, token.length() - ending.length());
          head = head.endsWith("-") ? head.substring(0, head.length() - 1) : head;
          List<Gazetteer.Match> found = head.length() >= 4 ? gazetteer.find(List.of(head)) : List.of();
          if (!found.isEmpty() && found.stream().allMatch(m -> m.entity().type() == EntityType.SESSION)) {
            for (Gazetteer.Match match : found) {
              spans.add(new Span(i, i + 1, new Entity(EntityType.SESSION, match.entity().id(), token)));
            }
            taken[i] = true;
          }
          break;
        }
      }
    }
  }
}
