package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Session;

/**
 * "hoe lang duurt één pitch?", "hoeveel tijd krijgt elk team?": the length of one of several things inside a session,
 * which only a description can give ("Elke pitch duurt zeven minuten"); the session's own times give the whole.
 */
final class UnitLength {
  private static final Pattern LENGTH = Pattern.compile("\\b(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
      + "twaalf|vijftien|twintig|dertig|veertig|half|anderhalf)\\s+(minuten|minuut|kwartier|uur)\\b");
  /** A word and its written forms share this many letters ("gesprek", "gesprekken"). */
  private static final int STEM = 4;

  private final TextNormaliser normaliser = new TextNormaliser();
  private final Answering a;

  UnitLength(Answering answering) {
    this.a = answering;
  }

  /** Minutes for the number words a description uses ("zeven minuten", "een kwartier"). */
  private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.ofEntries(java.util.Map.entry("een", 1),
      java.util.Map.entry("twee", 2), java.util.Map.entry("drie", 3), java.util.Map.entry("vier", 4),
      java.util.Map.entry("vijf", 5), java.util.Map.entry("zes", 6), java.util.Map.entry("zeven", 7),
      java.util.Map.entry("acht", 8), java.util.Map.entry("negen", 9), java.util.Map.entry("tien", 10),
      java.util.Map.entry("twaalf", 12), java.util.Map.entry("vijftien", 15), java.util.Map.entry("twintig", 20),
      java.util.Map.entry("dertig", 30), java.util.Map.entry("veertig", 40));

  /**
   * "duurt een pitch vijf minuten?", "duurt een pitch een kwartier?": yes or no on the length one description sentence
   * gives for one of the things asked about ("Elke pitch duurt zeven minuten").
   */
  Optional<Written> yesNo() {
    Optional<nl.dagwijzer.nlu.Condition.Lasting> lasting = a.query().first(nl.dagwijzer.nlu.Condition.Lasting.class);
    Optional<String> unit = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith("per:")).map(w -> w.substring(4)).findFirst();
    if (lasting.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    String stem = unit.get().substring(0, Math.min(STEM, unit.get().length()));
    // the length asked about filters nothing here: it is what the answer checks
    List<Session> among = a.selection().named() ? a.selection().subject() : a.programme().sessions();
    for (Session session : among) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        java.util.regex.Matcher length = LENGTH.matcher(normaliser.normalise(sentence));
        if (length.find() && normaliser.tokens(sentence).stream().anyMatch(t -> t.startsWith(stem))) {
          Optional<Integer> minutes = minutes(length.group(1), length.group(2));
          if (minutes.isPresent()) {
            boolean yes = Resolver.compare(minutes.get(), lasting.get().comparison(), lasting.get().minutes());
            return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + "uit de beschrijving van "
                + DutchText.name(session) + ": " + sentence).turningTo(List.of(session)));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> minutes(String amount, String unit) {
    Integer n = amount.chars().allMatch(Character::isDigit) ? Integer.valueOf(Integer.parseInt(amount))
        : NUMBERS.get(amount);
    if (unit.equals("kwartier")) {
      return Optional.of(15 * (n == null ? 1 : n));
    }
    if (unit.equals("uur")) {
      return amount.equals("half") ? Optional.of(30) : amount.equals("anderhalf") ? Optional.of(90)
          : Optional.ofNullable(n).map(x -> 60 * x);
    }
    return Optional.ofNullable(n);
  }

  Optional<Written> answer() {
    Optional<String> unit = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith("per:")).map(w -> w.substring(4)).findFirst();
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    String stem = unit.get().substring(0, Math.min(STEM, unit.get().length()));
    List<Session> among = a.selection().sessions().isEmpty() ? a.programme().sessions() : a.selection().sessions();
    return Descriptions.firstSaying(among, sentence -> LENGTH.matcher(normaliser.normalise(sentence)).find()
        && normaliser.tokens(sentence).stream().anyMatch(t -> t.startsWith(stem)));
  }
}
