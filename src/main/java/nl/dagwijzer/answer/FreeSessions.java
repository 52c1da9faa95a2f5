package nl.dagwijzer.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "welke live-opnames zijn gratis?", "wat is er gratis in de grote zaal?", "wat is er gratis?": of the sessions asked
 * about, those whose texts call them free and give no price ("Gratis, geen ticket nodig", not "Prijs: € 20" beside a
 * "gratis" festival wristband).
 */
final class FreeSessions {
  /** Compiled on the first question that needs them, not on every question's first pass through this class. */
  private static final class Patterns {
    static final Pattern PRICE = Pattern.compile("€|\\d\\s*euro\\b");
    /** Words that make an amount a price to pay ("Kosten: 3 euro"), not a sum one gets ("tot 50 euro subsidie"). */
    static final Pattern PAYING = Pattern.compile("(?iu)\\b(kost\\w*|prijs|ticket\\w*|entree\\w*|betaal\\w*|"
        + "betalen|kaart\\w*|tarie\\w*|deelname\\w*)\\b");
  }

  private static final String FREE = "gratis";

  private FreeSessions() {
  }

  static boolean asked(Query query) {
    return query.asked() == Asked.LIST && query.textWords().contains(FREE);
  }

  /** The free ones of {@code pool}; {@code otherwise} when none is. */
  static List<Session> of(List<Session> pool, ProgrammeIndex index, List<Session> otherwise) {
    Set<Session> free = new HashSet<>(index.mentioning(FREE));
    List<Session> kept = pool.stream().filter(s -> free.contains(s) && !priced(s)).toList();
    return kept.isEmpty() ? otherwise : kept;
  }

  private static boolean priced(Session session) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      if (Patterns.PRICE.matcher(sentence).find() && Patterns.PAYING.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }
}
