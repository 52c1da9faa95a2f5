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
      + "|niet vooraf|niet aan te melden|niet (aanmelden|inschrijven|reserveren))\\b"); // "Gratis, niet aanmelden"
  /** How to register: where, by when, that it is required. */
  private static final Pattern HOW = Pattern.compile("(?iu)\\b(vooraf|van tevoren|verplicht|via|website|www|"
      + "uiterlijk|tot en met)\\b|\\.nl\\b");
  /** Registering before the day: "vooraf", "online", "via de website". */
  private static final Pattern AHEAD = Pattern.compile("(?iu)\\b(vooraf|van tevoren|online|website|www)\\b|\\.nl\\b");
  /** "vooraf reserveren kan niet": registering ahead is not possible, so not needed either. */
  private static final Pattern CANNOT = Pattern.compile(
      "(?iu)\\b(aanmelden|inschrijven|reserveren|boeken) kan niet\\b");
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
    if (a.query().hasDetail(RegisterAsked.CAN)) {
      return canAhead(named);
    }
    return first(named, s -> REGISTERING.matcher(s).find() && (NOT_NEEDED.matcher(s).find()
        || HOW.matcher(s).find()))
        .or(() -> first(named, s -> REGISTERING.matcher(s).find()))
        .or(() -> first(named, s -> WALK_IN.matcher(s).find()))
        .map(found -> Written.text(verdict(found.getValue(), beforehand)
            + Descriptions.from(found.getKey(), found.getValue())).turningTo(List.of(found.getKey())));
  }

  /**
   * "kan ik me vooraf online aanmelden voor de draaiworkshop?": the sentence that says so or that it "kan niet"
   * ("vooraf online aanmelden kan niet"), else the one that has one register on the spot: no.
   */
  private static Optional<Written> canAhead(List<Session> named) {
    Optional<Written> said = first(named, s -> REGISTERING.matcher(s).find() && AHEAD.matcher(s).find())
        .map(found -> Written.text((Clauses.negated(found.getValue(), aheadWords(found.getValue())).orElse(false)
            ? "Nee, " : "Ja, ") + Descriptions.from(found.getKey(), found.getValue()))
            .turningTo(List.of(found.getKey())));
    return said.or(() -> first(named, s -> REGISTERING.matcher(s).find() && (ON_THE_SPOT.matcher(s).find()
        || WALK_IN.matcher(s).find())).map(found -> Written.text("Nee, " + Descriptions.from(found.getKey(),
        found.getValue())).turningTo(List.of(found.getKey()))));
  }

  /** The words of {@code sentence} that say "beforehand": the clause with them is the answer. */
  private static List<String> aheadWords(String sentence) {
    java.util.regex.Matcher m = AHEAD.matcher(sentence);
    if (!m.find()) {
      return List.of();
    }
    String[] words = m.group().toLowerCase(Locale.ROOT).split(" ");
    return List.of(words[words.length - 1]);
  }

  private static Optional<java.util.Map.Entry<Session, String>> first(List<Session> among, Predicate<String> says) {
    return Descriptions.firstSentence(among, says);
  }

  private static String verdict(String sentence, boolean beforehand) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean needless = NOT_NEEDED.matcher(lower).find() || WALK_IN.matcher(lower).find() && !HOW.matcher(lower).find();
    // (not needed said outright, as the attendee would put it; on the spot only is a no to "vooraf" alone)
    String no = lower.contains("niet nodig") ? "Nee, " : "Nee, dat is niet nodig; ";
    return CANNOT.matcher(lower).find() ? "Nee, " : needless ? no
        : beforehand && ON_THE_SPOT.matcher(lower).find()
        && !lower.contains("vooraf") ? "Nee, " : "Ja, ";
  }
}
