package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik zonder briefing mee met de oversteek?" when "Briefing Oversteek Schiermonnikoog" says "Verplichte uitleg
 * over route, getij en veiligheid", "kan ik zonder aanmelding meedoen?" against "Aanmelden verplicht": no, quoted.
 */
final class YesNoWithout {
  private static final Pattern REQUIRED = Pattern.compile("(?iu)\\bverplicht(e)?\\b");

  private YesNoWithout() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> without = a.query().all(Detail.class).stream().flatMap(d -> d.absent().stream()).findFirst();
    List<Session> named = a.selection().subject();
    if (without.isEmpty() || named.isEmpty() || without.get().length() < Descriptions.STEM) {
      return Optional.empty();
    }
    String stem = without.get().substring(0, Descriptions.STEM);
    // the session named, and any whose title has the word and the named one's title ("Briefing Oversteek ...")
    List<Session> pool = new ArrayList<>(named);
    for (Session other : a.programme().sessions()) {
      String title = other.title().toLowerCase(Locale.ROOT);
      if (!pool.contains(other) && title.contains(stem) && named.stream()
          .anyMatch(s -> title.contains(s.title().toLowerCase(Locale.ROOT)))) {
        pool.add(other);
      }
    }
    for (Session session : pool) {
      boolean titled = session.title().toLowerCase(Locale.ROOT).contains(stem);
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (REQUIRED.matcher(sentence).find() && (titled || sentence.toLowerCase(Locale.ROOT).contains(stem))) {
          return Optional.of(Written.text("Nee, " + Descriptions.from(session, sentence)).turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }
}
