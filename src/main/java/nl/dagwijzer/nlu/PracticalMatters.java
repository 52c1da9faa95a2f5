package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * Practical matters a programme does not describe (wifi, costs, parking, a recording, when the doors open): such a
 * question stays unknown whatever it names ("wordt de keynote opgenomen?"), unless this programme uses the word.
 */
final class PracticalMatters {
  /** Names that make "hoe laat gaat X open?" a question about X's time rather than about the doors. */
  private static final Set<EntityType> NAMED = java.util.EnumSet.of(EntityType.SESSION, EntityType.PART,
      EntityType.EVENT, EntityType.SPEAKER, EntityType.TOPIC);

  private static final Set<String> WINNING = Set.of("wint", "winnen", "won", "wonnen", "gewonnen");
  private static final Set<String> BEING = Set.of("is", "zijn", "was", "waren", "wordt", "worden");

  private PracticalMatters() {
  }

  /** A verb shares its stem with its other forms: "inschrijven" is used where the programme says "inschrijft". */
  private static final int STEM = 7;

  private static boolean usedBy(Set<String> programmeWords, String word) {
    // a programme that uses one word for registering speaks of all of them
    if (SeparableVerbs.REGISTERING.contains(word) && SeparableVerbs.REGISTERING.stream()
        .anyMatch(programmeWords::contains)) {
      return true; // "moet ik me opgeven?" where it says "Aanmelden bij de balie"
    }
    if (programmeWords.contains(word) || programmeWords.contains(word + "s")) {
      return true; // "mijn laptop" where a session is also called "laptops"
    }
    String stem = word.length() > STEM ? word.substring(0, STEM) : null;
    return stem != null && programmeWords.stream().anyMatch(w -> w.startsWith(stem));
  }

  /** Whether {@code tokens} ask about such a matter; {@code dayWords} are the words this programme uses. */
  static boolean asked(List<String> tokens, List<Span> spans, Set<String> dayWords) {
    boolean service = false;
    // ("mag mijn hond mee?" where it says "Niet toegestaan: ... honden": what one brings, in the plural)
    boolean bringing = YesNoForm.isYesNo(tokens) && tokens.stream().anyMatch(t -> t.equals("mee")
        || t.startsWith("meene") || t.startsWith("meebr"));
    for (int i = 0; i < tokens.size(); i++) {
      // "is er een thema over parkeren?" asks about the programme's content, not where to park
      boolean brought = bringing && TextWords.plural(tokens.get(i)).stream().anyMatch(dayWords::contains);
      service |= CueWords.SERVICES.contains(tokens.get(i)) && !usedBy(dayWords, tokens.get(i)) && !brought
          && (i == 0 || !tokens.get(i - 1).equals("over"))
          && !(tokens.get(i).startsWith("kost") && tokens.contains("tijd")); // "hoeveel tijd kost de poll?"
    }
    service |= QuestionForm.asksDoorsOpen(tokens) && spans.stream().noneMatch(s -> NAMED.contains(s.entity().type()));
    // "hoe meld ik me aan?", "waar schrijf ik me in?": registering, a separable verb whose parts the list misses
    // ("meld me aan voor de workshop van Ede" is choosing it for one's own programme)
    service |= (tokens.stream().anyMatch(t -> t.equals("meld") || t.equals("meldt")) && tokens.contains("aan")
        && !usedBy(dayWords, "aanmelden")
        || tokens.stream().anyMatch(t -> t.equals("schrijf") || t.equals("schrijft")) && tokens.contains("in")
        && !usedBy(dayWords, "inschrijven")) && spans.stream().noneMatch(s -> NAMED.contains(s.entity().type()));
    // "wie wint de publieksprijs?", "wie heeft de posterprijs gewonnen?": a programme is written before anyone wins
    // ("wie wordt de winnaar?"), but "wie maakt de winnaar bekend?" is about who announces it
    service |= tokens.size() > 2 && tokens.get(0).equals("wie") && (tokens.stream().anyMatch(WINNING::contains)
        || BEING.contains(tokens.get(1)) && tokens.stream().anyMatch(t -> t.startsWith("winnaar")));
    // "wat is het adres, ik kom met de fiets": the address is the venue's, however one comes
    return service && !tokens.contains("adres");
  }
}
