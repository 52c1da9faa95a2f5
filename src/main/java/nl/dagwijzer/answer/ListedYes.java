package nl.dagwijzer.answer;

/**
 * "is er iets voor kleuters?", "zijn er dingen voor tieners?": read as what there is for them, the list; the question
 * still asks whether there is, so a list the question's condition picked says yes first.
 */
final class ListedYes {
  private static final String LISTED = "Op het programma";

  private ListedYes() {
  }

  static Written said(Answering a, Written list) {
    boolean whether = a.query().hasDetail("er-is") && a.selection().constrained() && !a.selection().isEmpty();
    if (!whether || !list.text().startsWith(LISTED)) {
      return list;
    }
    return new Written("Ja, " + DutchText.lowerFirst(list.text()), list.overview(), list.turnedTo());
  }
}
