package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wat is er voor kinderen?": every part the programme says is for children, not only those whose title has the word.
 * A title or other name says so ("Kidsrun", "Kinderconcert", "Familie-wadtocht"), the summary tells what children do
 * there ("Alle kinderen laten hun vlieger op"), or a line says whom it is for ("Geschikt voor kinderen vanaf 6
 * jaar."). A line that only limits children ("kinderen tot 16 jaar alleen onder begeleiding") or prices them does not
 * make a part one for children.
 */
final class ChildSessions {
  /** The words that ask for children, and those that only stress it ("speciaal voor", "geschikt voor"). */
  private static final Set<String> CHILD = Set.of("kinderen", "kids", "kind");
  private static final Set<String> STRESS = Set.of("speciaal", "geschikt", "leuk", "allemaal", "bedoeld");

  /** Compounds whose first part is a child word but that are for the parents ("Kinderwagenroute" is not). */
  private static final Pattern NAMED = Pattern.compile("(?iu)(?<![\\p{L}])(?:kinder(?!wagen|kopje|stoel|opvang)"
      + "|kids|kid\\b|peuter|kleuter|famili|gezin|jeugd)");
  private static final Pattern WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:kinderen|kids|kind)(?![\\p{L}])");
  private static final Pattern LIMITS = Pattern.compile("(?iu)\\balleen\\s+(?:met|onder|samen)|\\bbegeleiding\\b"
      + "|minimumleeftijd|\\bniet\\b|€|\\beuro\\b|\\bbetalen\\b|\\bkosten\\b|\\bprijs\\b|\\bgratis\\b");
  private static final Pattern FOR_THEM = Pattern.compile("(?iu)^[^.;]{0,30}?\\bvoor\\s+(?:alle\\s+|jonge\\s+"
      + "|kleine\\s+)?(?:kinderen|kids|gezinnen|families)(?![\\p{L}])");
  /** "Vanaf 4 jaar; ...": a part open to toddlers is one for children, not one that only lets them in at twelve. */
  private static final Pattern YOUNG = Pattern.compile("(?iu)^\\W*vanaf\\s+[1-6]\\s+jaar\\b");

  private ChildSessions() {
  }

  /** A list of what there is for children, asked with no other word the texts must have. */
  static boolean asked(Query query) {
    List<String> words = query.textWords();
    // ("wat doen de kinderen nu?", "... terwijl ik bij de ouderinfo zit?": what the day's groups do then)
    return query.asked() == Asked.LIST && words.stream().anyMatch(CHILD::contains)
        && words.stream().allMatch(w -> CHILD.contains(w) || STRESS.contains(w))
        && query.conditions().stream().allMatch(c -> c instanceof nl.dagwijzer.nlu.Detail
        || c instanceof nl.dagwijzer.nlu.Condition.InPeriod);
  }

  /** Of {@code sessions}, those the programme says are for children, in programme order. */
  static List<Session> of(List<Session> sessions) {
    return sessions.stream().filter(ChildSessions::forChildren).toList();
  }

  private static boolean forChildren(Session s) {
    return Stream.concat(Stream.of(s.title()), s.aliases().stream()).anyMatch(n -> NAMED.matcher(n).find())
        || Stream.of(s.summary().split("(?<=[.!?])\\s+")).anyMatch(ChildSessions::aboutThem)
        || s.details().stream().anyMatch(line -> FOR_THEM.matcher(line).find() && !LIMITS.matcher(line).find()
        || YOUNG.matcher(line).find());
  }

  private static boolean aboutThem(String sentence) {
    return WORD.matcher(sentence).find() && !LIMITS.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }
}
