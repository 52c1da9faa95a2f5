package nl.dagwijzer.nlu;

import java.util.List;

/**
 * A question the classifier firmly places among the out-of-scope examples ("krijg ik een certificaat na afloop?")
 * stays unknown, whatever names or verb order it has; except where what it names makes it one the programme answers.
 */
final class OutOfScope {
  /** How sure the classifier must be that a question is out of scope before its form is not looked at. */
  private static final double SURE = 0.5;

  private OutOfScope() {
  }

  /** A practical matter's word this long is one also as an adjective ("vegetarische" of "vegetarisch"). */
  private static final int SERVICE_STEM = 6;

  static boolean is(IntentClassifier.Scored scored, List<String> tokens, List<Span> spans) {
    if (scored.intent() != Intent.UNKNOWN || scored.confidence() < SURE) {
      return false;
    }
    // "waar kan ik mijn laptop laten nakijken?" when a session is named by the laptop, or its text speaks of it ("waar
    // kan ik mijn tas kwijt?"): where that session is
    boolean whereNamed = tokens.contains("waar") && spans.stream().anyMatch(s -> s.entity().type() == EntityType.SESSION
        || s.entity().type() == EntityType.MENTION);
    // a yes/no question that ends in a topic's name, "kan ik een instrument huren?": what the programme says of it
    boolean topicAsked = YesNoForm.isYesNo(tokens) && spans.stream().anyMatch(s -> s.entity().type() == EntityType.TOPIC
        && s.to() == tokens.size());
    // "hoeveel soorten reparatietafels zijn er?": a count of a series the programme has
    boolean seriesCounted = tokens.contains("hoeveel") && spans.stream().anyMatch(s -> SeriesNames.isSeries(s.entity()));
    // "hoeveel keer is er een rondleiding door de werkplaats?": how often a session the programme has is given
    boolean timesCounted = tokens.contains("hoeveel") && tokens.contains("keer") && spans.stream()
        .anyMatch(s -> s.entity().type() == EntityType.SESSION || s.entity().type() == EntityType.PART);
    // "wanneer is er weer iets in de slingerschuur?": when something is on in a room the programme has ("weer" is
    // "again" there, not the weather)
    // ("hoe laat vertrekt de volgende paddenstoelenwandeling?": when a session the programme has starts)
    boolean whenInRoom = QuestionForm.asksWhen(tokens) && spans.stream().anyMatch(s -> s.entity().type()
        == EntityType.ROOM || s.entity().type() == EntityType.SESSION && tokens.contains("volgende"));
    // "mag ik een proefrit maken?": a yes or no of a session the programme has (not of a practical matter around it,
    // "is er een vegetarische lunch?")
    boolean sessionAsked = YesNoForm.isYesNo(tokens) && spans.stream()
        .anyMatch(s -> s.entity().type() == EntityType.SESSION) && tokens.stream()
        .noneMatch(t -> CueWords.SERVICES.stream().anyMatch(w -> w.length() >= SERVICE_STEM && t.startsWith(w)));
    // "is er een thema over parkeren?": whether the programme has one of its own kinds about that
    boolean kindAsked = YesNoForm.isYesNo(tokens) && spans.stream().anyMatch(s -> SeriesNames.isSeries(s.entity())
        && s.from() >= 2 && tokens.get(s.from() - 1).equals("een") && s.to() < tokens.size()
        && (tokens.get(s.to()).equals("over") || tokens.get(s.to()).equals("met")));
    // "spreekt er iemand van de gemeente?": the people of an organisation the programme has
    return !kindAsked && !AskersTime.peopleOfOrganisation(tokens, spans) && !whereNamed && !topicAsked && !seriesCounted
        && !timesCounted && !whenInRoom && !sessionAsked;
  }
}
