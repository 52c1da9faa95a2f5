package nl.dagwijzer.answer;

import java.util.regex.Pattern;

/**
 * "is er iets voor kleuters?", "is er om 14:00 iets in De Serre?": read as what there is, the list; the question
 * still asks whether there is, so a list the question's condition picked says yes first, and one that found nothing
 * says no.
 */
final class ListedYes {
  /** How a list that found nothing says so ("In de ochtend staat er niets op het programma."). */
  private static final Pattern NOTHING = Pattern.compile("(?iu)\\bniets\\b");

  private ListedYes() {
  }

  static Written said(Answering a, Written list) {
    if (!a.query().hasDetail("er-is") || list.text().startsWith("Ja, ") || list.text().startsWith("Nee, ")) {
      return list;
    }
    if (a.selection().isEmpty()) {
      return NOTHING.matcher(list.text()).find() ? new Written("Nee, " + DutchText.lowerFirst(list.text()),
          list.overview(), list.turnedTo()) : list;
    }
    if (!a.selection().constrained()) {
      return list;
    }
    return new Written("Ja, " + DutchText.lowerFirst(list.text()), list.overview(), list.turnedTo());
  }
}
