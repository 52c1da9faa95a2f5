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
