package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * The word a programme uses for a series of parallel or similar sessions: "Tafel 1: Wonen", "Tafel 2: Zorg", ...
 * are "de tafels" (and "de tafelgesprekken"); sessions in rooms "Break-out 1/2/3" are "de break-outs"; sessions a
 * programme calls "pitch van ..." are "de pitches". A series is the first word of at least three sessions' titles,
 * aliases or rooms, with at least two different titles, or the numbered word after a class in titles of three words
 * ("Valk race 1", "Laser race 2"). Derived from the programme, so every day brings its own.
 */
public final class SeriesNames {
  /** Id prefix of a series entity (a {@link EntityType#PART}): {@code series:tafel}. */
  public static final String ID_PREFIX = "series:";

  private static final int MIN_SESSIONS = 3;
  /** Shortest series word a longer typed word may begin ("tafelgesprekken" begins "tafel"). */
  private static final int MIN_COMPOUND_HEAD = 5;
  /** Written numbers that stand for the digits a series is numbered with: "tafel twee" is "Tafel 2". */
  private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("een", "1"), Map.entry("twee", "2"),
      Map.entry("drie", "3"), Map.entry("vier", "4"), Map.entry("vijf", "5"), Map.entry("zes", "6"),
      Map.entry("zeven", "7"), Map.entry("acht", "8"), Map.entry("negen", "9"), Map.entry("tien", "10"));

  /** The series' sessions by series word, in programme order. */
  private final Map<String, List<Session>> series;
  /** Each series word's forms, worked out once: {@link #head} asks them for every word of every question. */
  private final Map<String, List<String>> forms;
  /** The words of the sessions' descriptions ({@link ProgrammeWords#ofDescriptions}), read once for the rooms too. */
  private final Set<String> described;

  /** The words of the sessions' descriptions. */
  Set<String> described() {
    return described;
  }

  public SeriesNames(Programme programme, TextNormaliser normaliser) {
    Map<String, Set<String>> byHead = new LinkedHashMap<>();
    Map<String, Set<String>> titles = new LinkedHashMap<>();
    Map<String, Set<String>> numbered = new LinkedHashMap<>();
    // "Thema 1: ...", "Thema 2: ...": even an ordinary word is a series when the programme numbers it
    Map<String, Set<String>> counted = new LinkedHashMap<>();
    // "Kids Latin – halve finale", "Volwassenen Ballroom – halve finale": what follows a dash is the kind of round
    Map<String, Set<String>> tails = new LinkedHashMap<>();
    for (Session session : programme.sessions()) {
      DashTail.of(session.title(), normaliser).ifPresent(tail -> {
        put(tails, tail, session.id());
        put(titles, tail, session.title());
      });
    }
    for (Session session : programme.sessions()) {
      List<String> names = new ArrayList<>();
      names.add(session.title());
      names.addAll(session.aliases());
      session.room().ifPresent(names::add);
      for (String name : names) {
        List<String> tokens = normaliser.tokens(name);
        if (tokens.size() >= 2) {
          put(byHead, tokens.get(0), session.id());
          put(titles, tokens.get(0), session.title());
          // "presentatie van Kees" says what one session is; "lezing 2" or a title says it is one of a series
          if (name.equals(session.title()) || tokens.size() == 2 && isNumber(tokens.get(1))) {
            put(numbered, tokens.get(0), session.id());
          }
          if (isNumber(tokens.get(1)) || tokens.size() >= 3 && isNumber(tokens.get(2))) {
            put(counted, tokens.get(0), session.id());
          }
          if (name.equals(session.title()) && name.toLowerCase(java.util.Locale.ROOT).startsWith(tokens.get(0) + "-"
              + tokens.get(1))) {
            // "Catan-toernooi ronde 1", "Carcassonne-toernooi finale": the head after the hyphen is the series
            put(byHead, tokens.get(1), session.id());
            put(titles, tokens.get(1), session.title());
          }
          if (name.equals(session.title()) && tokens.size() >= 3 && isNumber(tokens.get(2))
              && tokens.subList(3, tokens.size()).stream().allMatch(t -> t.length() <= 3) // "Modified klasse 3.500 kg"
              && !isNumber(tokens.get(1))) {
            // "Valk race 1", "Laser race 2": the numbered word after a class is the series ("welke race is eerst?")
            String kind = tokens.get(1);
            put(byHead, kind, session.id());
            put(titles, kind, session.title());
            put(numbered, kind, session.id());
            put(counted, kind, session.id());
          }
        }
      }
    }
    Map<String, List<Session>> kept = new LinkedHashMap<>();
    described = java.util.Collections.unmodifiableSet(ProgrammeWords.ofDescriptions(programme, normaliser));
    CompoundTails.of(programme, normaliser, described).forEach((tail, ids) -> {
      if (!byHead.containsKey(tail) && !tails.containsKey(tail) && seriesWord(tail, false)) {
        kept.put(tail, programme.sessions().stream().filter(s -> ids.contains(s.id())).toList());
      }
    });
    tails.forEach((tail, ids) -> {
      if (ids.size() >= 2 && titles.get(tail).size() >= 2 && !byHead.containsKey(tail)) {
        kept.put(tail, programme.sessions().stream().filter(s -> ids.contains(s.id())).toList());
      } else if (ids.size() >= 2 && byHead.containsKey(tail)) {
        byHead.get(tail).addAll(ids);
      }
    });
    byHead.forEach((head, ids) -> {
      Set<String> numberedAll = counted.getOrDefault(head, Set.of());
      // "Pitchronde 1", "Pitchronde 2": two are a series when the programme numbers every one of them
      boolean numberedPair = numberedAll.size() >= 2 && numberedAll.equals(ids);
      // "lezing Jeroen Bakker" as an alias says what one talk is: a word for any talk (DayPart.LEZING) is a series
      // only by titles or numbers
      boolean talks = DayPart.ofWord(head).filter(p -> p == DayPart.LEZING).isPresent();
      if ((!talks && ids.size() >= MIN_SESSIONS || numberedPair
          || talks && numbered.getOrDefault(head, Set.of()).size() >= 2)
          && titles.get(head).size() >= 2
          && seriesWord(head, numberedAll.size() >= MIN_SESSIONS || numberedPair)
          && (!head.equals(ROUND) || oneAtATime(programme, ids))) {
        kept.put(head, programme.sessions().stream().filter(s -> ids.contains(s.id())
            || compoundOf(s, head, normaliser)).toList());
      }
    });
    NounSeries.of(programme, normaliser, described).forEach((noun, ids) -> {
      if (!kept.containsKey(noun) && seriesWord(noun, false)) {
        kept.put(noun, programme.sessions().stream().filter(s -> ids.contains(s.id())).toList());
      }
    });
    this.series = Map.copyOf(kept);
    Map<String, List<String>> formsOf = new LinkedHashMap<>();
    kept.keySet().forEach(head -> formsOf.put(head, forms(head)));
    this.forms = Map.copyOf(formsOf);
  }

  private static void put(Map<String, Set<String>> map, String key, String value) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
  }

  /**
   * "Belastingspreekuur: hulp bij uw aangifte", "DigiD-spreekuur" beside "Spreekuur Geldzorgen", "Spreekuur
   * Energiecoach", ...: a title or alias that opens with a compound of the series word is one of the series too.
   */
  private static boolean compoundOf(Session session, String head, TextNormaliser normaliser) {
    // a break joins by its title only: "Thee in de pastorietuin" with the alias "theetuin" is no garden
    List<String> names = new ArrayList<>(session.kind() == nl.dagwijzer.programme.SessionKind.BREAK ? List.of()
        : session.aliases());
    names.add(0, session.title());
    for (String name : names) {
      List<String> tokens = normaliser.tokens(name);
      if (!tokens.isEmpty() && Compounds.endsIn(tokens.get(0), head)) {
        return true;
      }
      // "DigiD-spreekuur" may be split at its hyphen
      if (tokens.size() >= 2 && tokens.get(1).equals(head)
          && name.toLowerCase(java.util.Locale.ROOT).contains(tokens.get(0) + "-")) {
        return true;
      }
    }
    return false;
  }

  /** "Ronde 1" to "Ronde 8" of a quiz, one at a time; rounds of parallel tables are the day's rounds instead. */
  private static final String ROUND = "ronde";

  private static boolean oneAtATime(Programme programme, Set<String> ids) {
    List<Session> sessions = programme.sessions().stream().filter(s -> ids.contains(s.id())).toList();
    return sessions.stream().noneMatch(a -> sessions.stream().anyMatch(b -> a != b
        && a.start().isBefore(b.end()) && b.start().isBefore(a.end())));
  }

  private static boolean seriesWord(String word, boolean numbered) {
    if (numbered && word.equals(ROUND)) {
      return true; // a quiz's "Ronde 1" to "Ronde 8": "welke rondes zijn er?" asks for them
    }
    return word.length() >= 4 && word.chars().allMatch(Character::isLetter)
        && (!CommonWords.WORDS.contains(word) || TALKS.contains(word) || numbered && !GENERAL.contains(word))
        && !CueWords.all().contains(word) && (DayPart.ofWord(word).isEmpty() || TALKS.contains(word))
        && DayPeriod.ofWord(word).isEmpty();
  }

  /** Words for any session, never one series: "Sessie 1" is simply the first session. */
  private static final Set<String> GENERAL = Set.of("sessie", "sessies", "onderdeel", "dag", "programma");
  /** Words of a part of the day that titles still number or name a series by ("Lezing 2", "Proefles viool"). */
  private static final Set<String> TALKS = Set.of("lezing", "talk", "pitch", "presentatie", "praatje", "proefles");

  /** Each form of each series word ("tafel", "tafels", ...) with the id of the series' entity. */
  Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    series.keySet().forEach(head -> {
      for (String form : forms.get(head)) {
        names.put(form, ID_PREFIX + head);
      }
    });
    return names;
  }

  /** The sessions of the series with entity id {@code id}, in programme order; none for another id. */
  public List<Session> sessions(String id) {
    return id.startsWith(ID_PREFIX) ? series.getOrDefault(id.substring(ID_PREFIX.length()), List.of()) : List.of();
  }


  public static boolean isSeries(Entity entity) {
    return entity.type() == EntityType.PART && entity.id().startsWith(ID_PREFIX);
  }

  /** A letter that can label a member of a series ("Break-out D"), not a contraction ('t, 'n, 's) or "e". */
  private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("[a-dfg-mo-ru-z]");

  /** Whether {@code token} numbers or letters a member of a series: "6", "zes" or "d" in "tafel 6", "break-out D". */
  public static boolean isMember(String token) {
    return isNumber(token) || LETTER.matcher(token).matches();
  }

  /** Whether {@code token} numbers a member of a series: "6" or "zes" in "tafel 6". */
  public static boolean isNumber(String token) {
    return NUMBERS.containsKey(token) || !token.isEmpty() && token.length() <= 2
        && token.chars().allMatch(Character::isDigit);
  }

  /** A written number as the digits a name has: "twee" → "2"; any other token as it is. */
  static String digits(String token) {
    return NUMBERS.getOrDefault(token, token);
  }

  /**
   * A compound that begins with a series word, as that word ("tafelgesprekken" → "tafel"), also with the word's
   * singular ("speeddateronde" for the series "speeddates"); else the token.
   */
  String head(String token) {
    String found = token;
    for (String head : series.keySet()) {
      if (forms.get(head).contains(token)) {
        return token; // "mentorrondes" is the series "mentorronde", not a compound of the series "mentor"
      }
      String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
      boolean compound = head.length() >= MIN_COMPOUND_HEAD && token.length() > head.length() + 2
          && token.startsWith(head) || singular.length() >= MIN_COMPOUND_HEAD && singular != head
          && token.length() > singular.length() + 2 && token.startsWith(singular) && !token.startsWith(head);
      if (compound && (found.equals(token) || head.length() > found.length())) {
        found = head; // the longest series word it begins with, whatever the map's order
      }
    }
    return found;
  }

  private static List<String> forms(String head) {
    List<String> forms = new ArrayList<>(List.of(head, head + "s", head + "en", head + "n", head + "es"));
    forms.addAll(verbForms(head));
    return forms;
  }

  private static final java.util.regex.Pattern SHORT_VOWEL_END =
      java.util.regex.Pattern.compile(".*[^aeiou][aeiou]([bdfgklmnprst])");

  /**
   * A series word that is also a verb's stem is asked by the verb: "hoe laat vertrekt de bus?" and "wanneer
   * vertrekken ze?" on a day of "Vertrek groep 3-4", "Vertrek groep 5-6", ... The third person adds a t, the plural
   * doubles a consonant after a short vowel. A short word is left alone: "opent" is no form of "Open atelier".
   */
  private static List<String> verbForms(String head) {
    if (head.length() < MIN_COMPOUND_HEAD || head.endsWith("t") || head.endsWith("e")) {
      return List.of();
    }
    java.util.regex.Matcher shortVowel = SHORT_VOWEL_END.matcher(head);
    return shortVowel.matches() ? List.of(head + "t", head + shortVowel.group(1) + "en") : List.of(head + "t");
  }
}
