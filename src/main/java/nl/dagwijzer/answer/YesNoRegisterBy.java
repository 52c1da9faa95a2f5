package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.SeparableVerbs;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik me om 14:00 nog inschrijven voor de traptrekkerrace?" when its description says "Inschrijven tot 13:30":
 * no, by the time a description sets for registering (the time asked, else now on the day itself), of the session
 * named or elsewhere about it ("Kinderen opgeven voor Kinder-EHBO kan hier tot 13:00" at the desk).
 */
final class YesNoRegisterBy {
  private static final Pattern REGISTERING = Pattern.compile("(?iu)\\b(\\p{L}*inschrijv\\p{L}*|\\p{L}*aanmeld"
      + "\\p{L}*|opgeven|opgave)\\b");
  private static final Pattern BY = Pattern.compile("(?iu)\\b(?:tot(?:\\s+uiterlijk)?|uiterlijk(?:\\s+om|\\s+tot)?"
      + "|voor)\\s+([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");

  private YesNoRegisterBy() {
  }

  static Optional<Written> answer(Answering a) {
    // "kan ik me nu nog inschrijven?", or asked without a time on the day itself: by the clock
    // ("moet ik me aanmelden?" asks whether one must, not whether one still can)
    boolean must = a.query().hasDetail(nl.dagwijzer.nlu.RegisterAsked.ASKED)
        && !a.query().hasDetail(nl.dagwijzer.nlu.RegisterAsked.CAN);
    boolean onTheDay = !must && a.programme().event().date().map(a.today()::equals).orElse(true);
    Optional<LocalTime> at = a.query().first(Condition.At.class).map(Condition.At::time)
        .or(() -> onTheDay ? Optional.of(a.now()) : Optional.empty());
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    if (a.query().asked() != Asked.YESNO || at.isEmpty() || named.isEmpty()
        || !SeparableVerbs.registers(a.query().textWords())
        || Descriptions.askedWithout(a, a.query().textWords())) { // "zonder aanmelding" asks no deadline
      return Optional.empty();
    }
    List<String> heads = named.stream().map(s -> s.title().split("[:–]")[0].strip().toLowerCase(Locale.ROOT))
        .distinct().toList();
    List<Session> elsewhere = new ArrayList<>(a.programme().sessions());
    elsewhere.removeAll(named);
    for (List<Session> pool : List.of(named, elsewhere)) {
      for (Session session : pool) {
        for (String sentence : DescriptionIndex.sentences(session)) {
          boolean about = pool == named || heads.stream().anyMatch(sentence.toLowerCase(Locale.ROOT)::contains);
          if (!about || !REGISTERING.matcher(sentence).find()) {
            continue;
          }
          Matcher by = BY.matcher(sentence);
          if (by.find()) {
            LocalTime deadline = LocalTime.of(Integer.parseInt(by.group(1)), Integer.parseInt(by.group(2)));
            boolean late = at.get().isAfter(deadline);
            return Optional.of(Written.text((late ? "Nee, " : "Ja, ") + Descriptions.from(session, sentence))
                .turningTo(List.of(session)));
          }
        }
      }
    }
    return Optional.empty();
  }
}
