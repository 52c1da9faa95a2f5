package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.RegisterAsked;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "moet ik me vooraf aanmelden voor de kinderpilotenschool?": the sentence of the session named that says how one
 * registers, or that one just walks in. No when it says it is not
 * needed ("Gratis, zonder aanmelding", "Geen inschrijving nodig", "je loopt gewoon binnen"), or, asked for
 * beforehand, that one registers on the spot; else yes. A sentence that says how to register or that one need not
 * comes before one that only names registering, and that before one about walking in. Nothing when no such sentence
 * is there: then the question is answered as any other.
 */
final class RegisterVerdict {
  private static final Pattern REGISTERING = Pattern.compile("(?iu)\\b(aan(ge)?meld\\p{L}*|meldt?\\b.*\\baan|"
      + "inschrijv\\p{L}*|ingeschreven|opgeven|reserve\\p{L}*|boeken)\\b");
  private static final Pattern WALK_IN = Pattern.compile("(?iu)\\b(binnenlop\\p{L}*|loopt? \\p{L}+ ?binnen"
      + "|vrije? inloop|inlopen|aanschuiven)\\b");
  private static final Pattern NOT_NEEDED = Pattern.compile("(?iu)\\b(niet nodig|geen (aanmelding|inschrijving"
      + "|reservering)|zonder (vooraf)?(aanmeld\\p{L}*|inschrijv\\p{L}*|reserver\\p{L}*)|hoeft niet|hoef je niet"
      + "|niet vooraf|niet aan te melden)\\b");
  /** How to register: where, by when, that it is required. */
  private static final Pattern HOW = Pattern.compile("(?iu)\\b(vooraf|van tevoren|verplicht|via|website|www|"
      + "uiterlijk|tot en met)\\b|\\.nl\\b");
  private static final Pattern ON_THE_SPOT = Pattern.compile("(?iu)\\b(ter plekke|op de dag zelf|aan de deur)\\b");

  private RegisterVerdict() {
  }

  static Optional<Written> answer(Answering a) {
    if (!a.query().hasDetail(RegisterAsked.ASKED)
        || a.query().asked() != Asked.YESNO && a.query().asked() != Asked.UNKNOWN) {
      return Optional.empty();
    }
    boolean beforehand = a.query().hasDetail(RegisterAsked.BEFOREHAND);
    // (a session named by the registering word itself, "Inschrijving", is not the one asked about)
    List<Condition.About> about = a.query().all(Condition.About.class).stream()
        .filter(c -> (c.entity().type() == EntityType.SESSION || SeriesNames.isSeries(c.entity()))
            && !REGISTERING.matcher(c.entity().text()).find()).toList();
    List<Session> named = a.sessions().stream().filter(s -> about.stream()
        .anyMatch(c -> SeriesNames.isSeries(c.entity()) || c.entity().id().equals(s.id()))).toList();
    return first(named, s -> REGISTERING.matcher(s).find() && (NOT_NEEDED.matcher(s).find()
        || HOW.matcher(s).find()))
        .or(() -> first(named, s -> REGISTERING.matcher(s).find()))
        .or(() -> first(named, s -> WALK_IN.matcher(s).find()))
        .map(found -> Written.text(verdict(found.getValue(), beforehand)
            + Descriptions.from(found.getKey(), found.getValue())).turningTo(List.of(found.getKey())));
  }

  private static Optional<java.util.Map.Entry<Session, String>> first(List<Session> among, Predicate<String> says) {
    return Descriptions.firstSentence(among, says);
  }

  private static String verdict(String sentence, boolean beforehand) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean no = NOT_NEEDED.matcher(lower).find() || WALK_IN.matcher(lower).find() && !HOW.matcher(lower).find()
        || beforehand && ON_THE_SPOT.matcher(lower).find() && !lower.contains("vooraf");
    return no ? "Nee, " : "Ja, ";
  }
}
