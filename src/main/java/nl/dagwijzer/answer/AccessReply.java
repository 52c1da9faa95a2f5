package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.AccessAsked;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik met een rolstoel in de torens komen?": yes or no by the sentence about reaching that place ("...; de torens
 * niet.", "De Wolzolder is alleen bereikbaar via een trap", "het Kelderpodium is bereikbaar met de lift"), the part of
 * it after a semicolon that names the place deciding; else the named session's own sentence about access.
 */
final class AccessReply {
  /** Compiled on the first question that needs them, not on every question's first pass through this class. */
  private static final class Patterns {
    /** A sentence about getting somewhere with a wheelchair, a pram, stairs or a lift. */
    static final Pattern ACCESS = Pattern.compile("(?iu)\\b(rolstoel(en|toegankelijk|vriendelijk|plekken|plaatsen"
        + "|gebruikers?)?|rollators?|kinderwagens?|buggy'?s?|scootmobiel(en)?|trap|wenteltrap|(trap)?lift|gelijkvloers"
        + "|drempel\\w*)\\b"); // (not "Rolstoelbasketbal")
    /** What says one cannot: "niet", "geen lift", "alleen via een trap", "lastig". */
    static final Pattern BARRED = Pattern.compile("(?iu)\\b(niet|geen|lastig|helaas|wenteltrap|behalve"
        + "|uitgezonderd)\\b|met uitzondering|alleen (bereikbaar )?(via|per)|via (een|de) trap|trap te bereiken");
    /**
     * Where a sentence turns to another place: a semicolon, or a comma before "het ketelhuis niet", "met uitzondering
     * van de nieuwsredactie", "behalve de zolder".
     */
    static final Pattern CLAUSES = Pattern.compile(";|,\\s+(?=(?:het|de|met uitzondering|behalve|maar)\\b)");
    static final Pattern BUILDING = Pattern.compile("\\b(gebouw|pand|locatie)\\b");
  }

  private static final int STEM = 5;
  private static final int HALF = 4;
  /** The weight of one place named: a clause scores at least this when it names one. */
  private static final int PLACED = 4;

  private AccessReply() {
  }

  private record Found(Session session, String sentence, String clause, int score) {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = a.query().detailAfter(AccessAsked.PREFIX);
    if (asked.isEmpty() || a.query().asked() != nl.dagwijzer.nlu.Asked.YESNO) {
      return Optional.empty();
    }
    String[] parts = asked.get().split(":", 3);
    List<String> places = parts.length < 3 || parts[2].isEmpty() ? List.of() : List.of(parts[2].split(","));
    List<Session> named = a.selection().named() ? a.selection().sessions() : List.of();
    // "is het atelier van samira toegankelijk?": a session or person named is asked about, not another's atelier
    boolean only = !named.isEmpty() && a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION
        || c.entity().type() == nl.dagwijzer.nlu.EntityType.SPEAKER);
    Found best = null;
    for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
      best = better(best, found(null, sentence, places, named, a.programme()));
    }
    for (DescriptionIndex.Sentence sentence : a.index().descriptions().all()) {
      if (!only || named.contains(sentence.session())) {
        best = better(best, found(sentence.session(), sentence.text(), places, named, a.programme()));
      }
    }
    if (best == null || best.score() < PLACED) {
      // read as a yes or no only for this: the programme does not say it
      return parts[1].equals("ja") ? Optional.empty() : Optional.of(Written.text("Of dat met een " + parts[0]
          + " kan, staat niet in het programma."));
    }
    String yes = Patterns.BARRED.matcher(best.clause()).find() ? "Nee, " : "Ja, ";
    String said = best.session() == null ? Descriptions.fromDay(best.sentence())
        : Descriptions.from(best.session(), best.sentence().strip());
    Written written = Written.text(yes + said);
    return Optional.of(best.session() == null ? written : written.turningTo(List.of(best.session())));
  }

  /** Whether a session's texts say it can be done with an aid: a part about access that bars nothing. */
  static boolean reachable(Session session) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      if (!Patterns.ACCESS.matcher(sentence).find()) {
        continue;
      }
      for (String clause : sentence.split(";")) {
        if (Patterns.ACCESS.matcher(clause).find() && !Patterns.BARRED.matcher(clause).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Found better(Found best, Found other) {
    return other != null && (best == null || other.score() > best.score()) ? other : best;
  }

  /** The clause of {@code sentence} that names most of the places asked, scored; none when it is not about access. */
  private static Found found(Session session, String sentence, List<String> places, List<Session> named,
                             nl.dagwijzer.programme.Programme programme) {
    if (!Patterns.ACCESS.matcher(sentence).find()) {
      return null;
    }
    // (with its speakers: "het atelier van gert-jan")
    // (a sentence of the day's own summary is about the day: "is de beurs toegankelijk?" of a "Voorjaarsbeurs")
    String where = (session == null ? programme.event().title() : DutchText.withSpeakers(programme, session) + " "
        + session.room().orElse("")).toLowerCase(Locale.ROOT);
    Found best = null;
    for (String clause : Patterns.CLAUSES.split(sentence)) {
      String lower = clause.toLowerCase(Locale.ROOT);
      // "Het gebouw is rolstoeltoegankelijk" is about the day's venue: "is de muziekschool toegankelijk?"
      String around = Patterns.BUILDING.matcher(lower).find() ? where + " " + programme.event().venue()
          .map(v -> v.name().toLowerCase(Locale.ROOT)).orElse("") : where;
      int placed = 0;
      for (String place : places) {
        placed += 2 * names(lower, place) + Math.max(names(around, place), halves(lower + " " + around, place));
      }
      // the places named weigh most, then whether the session was named, then the clause about access itself
      // ("Route van 3 kilometer; niet geschikt voor rolstoelen": the second part answers)
      int score = placed * PLACED + (session != null && named.contains(session) ? 2 : 0)
          + (Patterns.ACCESS.matcher(clause).find() ? 1 : 0);
      best = better(best, new Found(session, sentence, clause, score));
    }
    return best;
  }

  /** 2 for "torens" in "de torens niet", 1 for its stem "toren" in "torenkamer" ("lokaal" of "lokalen"), else 0. */
  private static int names(String text, String place) {
    if (text.contains(place)) {
      return 2;
    }
    String stem = place.endsWith("en") ? place.substring(0, place.length() - 2)
        : place.endsWith("s") ? place.substring(0, place.length() - 1) : place;
    if (stem.length() < STEM) {
      return 0;
    }
    int n = stem.length();
    char vowel = stem.charAt(n - 2);
    String doubled = "aeou".indexOf(vowel) >= 0 && "aeiou".indexOf(stem.charAt(n - 1)) < 0
        && "aeiou".indexOf(stem.charAt(n - 3)) < 0 ? stem.substring(0, n - 1) + vowel + stem.charAt(n - 1) : stem;
    return text.contains(stem) || text.contains(doubled) ? 1 : 0;
  }

  /** 1 when both halves of a compound are there: "afvalroute" by "Zwerfafval" and "De route is 4 km", else 0. */
  private static int halves(String text, String place) {
    for (int k = HALF; k + HALF <= place.length(); k++) {
      if (text.contains(place.substring(0, k)) && text.contains(place.substring(k))) {
        return 1;
      }
    }
    return 0;
  }
}
