package nl.dagwijzer.nlu;

import java.util.List;

/** "+ en wat doet ze vandaag?" after "wie is Yvonne Krabbendam?": "ze" after a verb of one person is she, not they. */
final class PersonPronoun {
  private PersonPronoun() {
  }

  /** ("wat doet ze nog meer?", "leidt ze ook ...?" go on from whom the last reply named, as read elsewhere.) */
  static boolean she(List<String> tokens, int k) {
    return tokens.get(k).equals("ze") && k > 0 && tokens.get(k - 1).endsWith("t")
        && CueWords.YES_NO_VERBS.contains(tokens.get(k - 1)) && !tokens.contains("meer") && !tokens.contains("ook");
  }
}
