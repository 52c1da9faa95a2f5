package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "wat is er voor een kind van 6?", "met welke rondleidingen mag een kind van 14 mee?": of the sessions whose own texts
 * give an age ("voor kinderen van 5 tot 8 jaar", "vanaf 12 jaar", "(4-12 jaar)"), those open to that age, when any
 * session gives one.
 */
final class AgeRanges {
  private static final String YEARS = "\\s*jaar";
  private static final Pattern FROM_TO = Pattern.compile("\\b(\\d{1,2})\\s*(?:tot en met|t/m|tot|-|–)\\s*(\\d{1,2})"
      + YEARS);
  /** "vanaf 12 jaar", "Minimumleeftijd 12 jaar", "minimale leeftijd: 12 jaar", "12 jaar en ouder", "16+". */
  private static final Pattern FROM = Pattern.compile("\\b(?:vanaf|ouder dan|minimaal|(?:minimum|minimale )leeftijd"
      + "(?: is|:)?)\\s*(\\d{1,2})" + YEARS
      + "|\\b(\\d{1,2})\\s*jaar en ouder|\\b(\\d{1,2})\\+");
  private static final Pattern UNTIL = Pattern.compile("\\b(?:tot en met|t/m|tot|maximaal)\\s*(\\d{1,2})"
      + YEARS);
  /** "kinderen onder 12 jaar", "jonger dan 6 jaar", "kinderen onder de 12 alleen ...": below that age. */
  private static final Pattern BELOW = Pattern.compile("\\b(?:onder(?: de)?|jonger dan)\\s*(\\d{1,2})(?:" + YEARS
      + "|(?=\\s+(?:alleen|mogen|moeten|hebben|kunnen|zijn)\\b))");

  /** The youngest and oldest age a session's texts give it, inclusive. */
  record Range(int youngest, int oldest) {
    boolean holds(int age) {
      return youngest <= age && age <= oldest;
    }

    boolean overlaps(Range other) {
      return youngest <= other.oldest() && other.youngest() <= oldest;
    }
  }

  private AgeRanges() {
  }

  /** "Kinderen onder de 6 jaar hebben geen toegang": who may not come, so the rest may. */
  private static final Pattern BARRED = Pattern.compile("(?iu)\\b(geen toegang|niet toegestaan|niet toegelaten"
      + "|niet welkom|mogen niet|niet geschikt)\\b");

  /** Whether a sentence bars someone or something ("Honden ... zijn bij de hardlooprace niet toegestaan"). */
  static boolean barred(String sentence) {
    return BARRED.matcher(sentence).find();
  }

  static Optional<Range> of(Session session) {
    // the age one may come from first: "8 t/m 11 jaar" of those who play in a final says nothing of its audience
    Optional<String> barred = barred(session);
    if (barred.isPresent()) {
      return in(barred.get()).map(r -> new Range(r.oldest() + 1, Integer.MAX_VALUE));
    }
    return in(session.title() + ". " + session.summary() + ". " + String.join(". ", session.details()));
  }

  /** The session's first sentence that says who below an age may not come. */
  private static Optional<String> barred(Session session) {
    return DescriptionIndex.sentences(session).stream().filter(AgeRanges::bars).findFirst();
  }

  /** Whether a sentence says who below an age may not come ("onder de 6 jaar ... geen toegang"). */
  static boolean bars(String sentence) {
    return BELOW.matcher(sentence.toLowerCase(Locale.ROOT)).find() && BARRED.matcher(sentence).find();
  }

  /** The first age range {@code text} gives: "van 3 tot en met 10 jaar", "vanaf 12 jaar", "18+". */
  static Optional<Range> in(String given) {
    String text = given.toLowerCase(Locale.ROOT);
    Matcher both = FROM_TO.matcher(text);
    if (both.find()) {
      return Optional.of(new Range(Integer.parseInt(both.group(1)), Integer.parseInt(both.group(2))));
    }
    Matcher from = FROM.matcher(text);
    if (from.find()) {
      String years = from.group(1) != null ? from.group(1) : from.group(2) != null ? from.group(2) : from.group(3);
      return Optional.of(new Range(Integer.parseInt(years), Integer.MAX_VALUE));
    }
    Matcher until = UNTIL.matcher(text);
    if (until.find()) {
      return Optional.of(new Range(0, Integer.parseInt(until.group(1))));
    }
    Matcher below = BELOW.matcher(text);
    return below.find() ? Optional.of(new Range(0, Integer.parseInt(below.group(1)) - 1)) : Optional.empty();
  }

  /**
   * "kan mijn zoon van 11 zich op de dag nog inschrijven?" where the sentence says "... kan alleen in de klassen 6-9
   * jaar en 14+": the first sentence of the session that gives ages from some age up, when none of them holds
   * {@code age} (a race in age groups, "Groep 1: 3 t/m 5 jaar", ..., "Groep 3: 9 t/m 12 jaar", holds 12).
   */
  static Optional<String> outside(Session session, int age) {
    Optional<String> barred = barred(session);
    if (barred.isPresent()) {
      // "Kinderen onder de 6 jaar hebben geen toegang": that decides, not the ages of those who play
      return in(barred.get()).filter(r -> r.holds(age)).map(r -> barred.get());
    }
    List<String> ranged = DescriptionIndex.sentences(session).stream()
        .filter(t -> in(t).filter(r -> r.youngest() > 0).isPresent()).toList();
    return ranged.stream().anyMatch(t -> in(t).orElseThrow().holds(age)) ? Optional.empty()
        : ranged.stream().findFirst();
  }

  /** Whether every one of {@code sentences} gives an age range, and the same one. */
  static boolean alike(List<String> sentences) {
    return sentences.stream().map(AgeRanges::in).distinct().count() == 1 && in(sentences.get(0)).isPresent();
  }

  /** The ages a list question asks for ("leeftijd:6", or "leeftijden:0-9" for "onder de 10"), if any. */
  static Optional<Range> asked(Query query) {
    return query.asked() != Asked.LIST ? Optional.empty() : anyAsked(query);
  }

  /** The ages any question gives, whatever it asks: "is het gratis voor kinderen onder de 4?" gives 0 to 3. */
  static Optional<Range> anyAsked(Query query) {
    Optional<Range> span = query.all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith(Detail.AGES) && w.substring(Detail.AGES.length()).matches("\\d{1,2}-\\d{1,2}"))
        .findFirst()
        .map(w -> w.substring(w.indexOf(':') + 1).split("-"))
        .map(p -> new Range(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
    return span.or(() -> given(query).map(age -> new Range(age, age)));
  }

  /** The age a question gives ("leeftijd:6"), whatever it asks. */
  static Optional<Integer> given(Query query) {
    return query.all(Detail.class).stream().map(Detail::word).filter(w -> w.matches("leeftijd:\\d{1,2}"))
        .map(w -> Integer.parseInt(w.substring(w.indexOf(':') + 1))).findFirst();
  }

  /**
   * Of {@code sessions}, those that give an age range holding {@code age}, or whose title names a group of the day
   * for that age ("Kikkers: kabouterpad" where "Kikkers (4-6 jaar)"); all of them when none does.
   */
  static List<Session> open(java.util.Map<String, Range> dayGroups, List<Session> sessions, int age) {
    return open(dayGroups, sessions, new Range(age, age));
  }

  /** {@link #open(java.util.Map, List, int)} for ages asked as a range: a session open to any of them. */
  static List<Session> open(java.util.Map<String, Range> dayGroups, List<Session> sessions, Range asked) {
    // each group's name as a whole word, compiled once per question rather than once per session
    List<Pattern> groups = dayGroups.entrySet().stream().filter(g -> g.getValue().overlaps(asked))
        .map(g -> Pattern.compile("\\b" + Pattern.quote(g.getKey()) + "\\b")).toList();
    List<Session> open = sessions.stream().filter(s -> of(s).filter(r -> r.overlaps(asked)).isPresent()
        || groups.stream().anyMatch(g -> g.matcher(s.title().toLowerCase(Locale.ROOT)).find()))
        .toList();
    // "Bevers: knutselen" gives no ages, "Bevers: speurtocht ... voor kinderen van 5 tot 7 jaar" does: the same group
    java.util.Set<String> heads = open.stream().map(AgeRanges::head).filter(h -> !h.isEmpty())
        .collect(java.util.stream.Collectors.toSet());
    List<Session> grouped = heads.isEmpty() ? open : sessions.stream().filter(s -> open.contains(s)
        || of(s).isEmpty() && heads.contains(head(s))).toList();
    return grouped.isEmpty() ? sessions : grouped;
  }

  /**
   * "bevers" of "Bevers: speurtocht naar de schat": the group a title names before its colon, one word in the plural
   * (a singular names a kind: "Rondleiding: De verborgen zolder"), or "".
   */
  private static String head(Session session) {
    int colon = session.title().indexOf(':');
    String head = colon > 0 ? session.title().substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
    return head.matches("\\p{L}{3,}(s|en)") ? head : "";
  }

  /** "Kikkers (4-6 jaar)", "Vossen 7-9 jaar": a group named by a capital, with its ages. */
  private static final Pattern GROUP = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?:zijn\\s+)?\\(?(\\d{1,2})"
      + "\\s*[-–]\\s*(\\d{1,2})\\s*jaar");

  /** The day's groups by age, lower case, from every text of the programme. */
  static java.util.Map<String, Range> groups(Programme programme) {
    java.util.Map<String, Range> groups = new java.util.LinkedHashMap<>();
    List<String> texts = new java.util.ArrayList<>(List.of(programme.event().summary()));
    programme.topics().forEach(t -> texts.add(t.explanation()));
    programme.sessions().forEach(s -> texts.add(s.summary()));
    for (String text : texts) {
      Matcher group = GROUP.matcher(text);
      while (group.find()) {
        groups.putIfAbsent(group.group(1).toLowerCase(Locale.ROOT),
            new Range(Integer.parseInt(group.group(2)), Integer.parseInt(group.group(3))));
      }
    }
    return groups;
  }
}
