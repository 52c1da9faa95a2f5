package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;

/**
 * Finds the names of one programme ({@link ProgrammeNames}) in a question: the longest names first, with typos in
 * words that are no ordinary words, plurals ("lectoren"), compounds of a series word ("tafelgesprekken") and written
 * numbers ("tafel twee"). Built from the loaded programme, so another programme brings its own names without any
 * code change.
 */
public final class Gazetteer {
  /** Id prefix of a kind of organisation ("gemeente") rather than one organisation. */
  public static final String ORGANISATION_KIND = "kind:";
  /** Words a room's name starts or ends with ("Zaal Rijn", "Lokaal D2.16", "Mondriaanzaal"). */
  public static final Set<String> ROOM_WORDS = Set.of("zaal", "lokaal", "ruimte", "kamer", "room", "zaaltje");

  /** Words between a series word and its number: "break-out room 4", "groep 3". */
  private static final Set<String> MEMBER_FILLERS = Set.of("room", "ruimte", "nummer", "nr");

  private final List<Entry> entries;
  /** The names by their first token, each list in the order of {@link #entries}. */
  private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
  /** The distinct first tokens by their length: a typo changes the length by at most two letters. */
  private final Map<Integer, List<String>> firstTokensByLength = new HashMap<>();
  /** Words that order what is asked ("welke molen gaat het eerst open?"): never a typo of a title's word. */
  private static final Set<String> ORDER_WORDS = Set.of("eerst", "eerste", "laatst", "laatste", "vroegst",
      "vroegste", "langst", "kortst", "meest", "minst", "eerder", "later", "langer", "korter", "vroeger");
  private final FuzzyWords fuzzy;
  /** Every word of every name: typed as it is, such a word is no typo of a person's name. */
  private final Set<String> nameWords = new java.util.HashSet<>();
  private final NameForms forms = new NameForms(byFirstToken, nameWords);
  /** The first word of numbered or lettered rooms ("studio" of "Studio 1"). */
  private final Set<String> roomWords = new java.util.HashSet<>();
  private final Set<String> ordinaryWords;
  /** The words of the programme's own texts: one of them is meant as written, no typo of a name. */
  private final Set<String> textWords;
  private final CutShort cutShort;
  private final RoleTails roleTails;
  private final SeriesNames series;
  /** The names a word that is no ordinary word may begin, typos included (see {@link #startingWith}). */
  private final WordCache<List<Entry>> typoCandidates = new WordCache<>(10_000, this::startingWithTypo);

  /** A name for an entity, as normalised tokens; {@code order} is its place among all names. */
  record Entry(EntityType type, String id, List<String> tokens, int order) {
  }

  /** An entity found at tokens {@code [from, to)}. */
  public record Match(int from, int to, Entity entity) {
  }

  /** The words of the sessions' titles. */
  private final Set<String> titleWords = new java.util.HashSet<>();
  /** The words of the speakers' names. */
  private final Set<String> peopleWords = new java.util.HashSet<>();
  /** Each speaker's whole name, by id. */
  private final java.util.Map<String, List<String>> wholeNames = new java.util.HashMap<>();

  /**
   * @param ordinaryWords words of the question language (the intent examples' vocabulary): they are matched to a
   *                      name only exactly, never as a typo, so "welke" never becomes a speaker called "Welle".
   */
  public Gazetteer(Programme programme, TextNormaliser normaliser, FuzzyWords fuzzy, Set<String> ordinaryWords) {
    this(programme, normaliser, fuzzy, ordinaryWords, ProgrammeWords.of(programme, normaliser),
        new SeriesNames(programme, normaliser));
  }

  /** {@code programmeWords}: {@link ProgrammeWords#of}, and the day's series, when the caller has them already. */
  Gazetteer(Programme programme, TextNormaliser normaliser, FuzzyWords fuzzy, Set<String> ordinaryWords,
            Set<String> programmeWords, SeriesNames series) {
    this.fuzzy = fuzzy;
    this.ordinaryWords = Set.copyOf(ordinaryWords);
    this.textWords = programmeWords;
    this.cutShort = new CutShort(programmeWords, nameWords);
    this.series = series;
    List<Entry> names = ProgrammeNames.of(programme, normaliser, this.ordinaryWords, series, programmeWords);
    this.entries = List.copyOf(names);
    this.roleTails = new RoleTails(entries);
    for (Entry entry : entries) {
      nameWords.addAll(entry.tokens());
      if (entry.type() == EntityType.ROOM && entry.tokens().size() == 2
          && SeriesNames.isMember(entry.tokens().get(1))) {
        roomWords.add(entry.tokens().get(0)); // "Studio 1", "Veld 2": "studio 3" is a room the day lacks
      }
      if (entry.type() == EntityType.SPEAKER && entry.tokens().size()
          > wholeNames.getOrDefault(entry.id(), List.of()).size()) {
        wholeNames.put(entry.id(), entry.tokens()); // the whole name is the longest of a speaker's names
      }
      if (entry.type() == EntityType.SPEAKER) {
        peopleWords.addAll(entry.tokens());
      }
      String first = entry.tokens().get(0);
      byFirstToken.computeIfAbsent(first, f -> {
        firstTokensByLength.computeIfAbsent(f.length(), length -> new ArrayList<>()).add(f);
        return new ArrayList<>();
      }).add(entry);
    }
    programme.sessions().forEach(session -> titleWords.addAll(normaliser.tokens(session.title())));
  }

  /** The roles a question may name by their last part ({@link RoleTails}). */
  RoleTails roleTails() {
    return roleTails;
  }

  /** Whether {@code word} is a word of some speaker's name ("jan" of "Pieter-Jan Blom"), not only of a role. */
  boolean personWord(String word) {
    return peopleWords.contains(word);
  }

  /** A speaker's whole name as normalised tokens ("pieter", "jan", "blom"), or none when the id is no speaker's. */
  List<String> nameOf(String speakerId) {
    return wholeNames.getOrDefault(speakerId, List.of());
  }

  /** Whether {@code word} is a word of a session's title ("werk" of "Naar school en werk"). */
  boolean titleWord(String word) {
    return titleWords.contains(word);
  }

  /** Whether {@code word} is a word of some name ("privacywet" of the topic AVG). */
  boolean nameWord(String word) {
    return nameWords.contains(word);
  }

  /**
   * Longest names first, left to right, without overlap. One stretch of words can name several entities (two
   * speakers called "Jan", or an organisation and a session alias); all of them are returned.
   */
  public List<Match> find(List<String> typed) {
    boolean[] ordinary = new boolean[typed.size()];
    List<String> tokens = new ArrayList<>(typed.size());
    for (int i = 0; i < typed.size(); i++) {
      // (a word that shapes questions, "eerst", "vroegst", is no typo of a title's "Gerst")
      // ("dochter" is no typo of the role "dichter")
      ordinary[i] = ordinaryWords.contains(typed.get(i)) || ORDER_WORDS.contains(typed.get(i))
          || ChildWords.WORDS.contains(typed.get(i));
      boolean noun = i > 0 && NOUN_BEFORE.contains(typed.get(i - 1));
      String own = forms.singular(typed.get(i), noun);
      // "tafelhosts" is the role "tafelhost" the programme names, before it is a compound of the series "tafel"
      String token = ordinary[i] ? typed.get(i) : byFirstToken.containsKey(own) ? own
          : forms.singular(series.head(typed.get(i)), noun);
      // "de laatste pitch" is one of the "pitches" the programme names; "één pitch", "pitcht X?" are not
      boolean unit = i > 0 && UNIT.contains(typed.get(i - 1));
      // (but "make" of the alias "make-up workshop" is that, no "maken")
      String then = i + 1 < typed.size() ? typed.get(i + 1) : "";
      boolean longer = byFirstToken.getOrDefault(token, List.of()).stream()
          .anyMatch(e -> e.tokens().size() > 1 && e.tokens().get(1).equals(then));
      // ("kerk" of the room "Waalse Kerk" goes on the name the word before began, not "kerken" of another)
      boolean inside = i > 0 && byFirstToken.getOrDefault(tokens.get(i - 1), List.of()).stream()
          .anyMatch(e -> e.tokens().size() > 1 && e.tokens().get(1).equals(token));
      tokens.add(ordinary[i] || !token.equals(typed.get(i)) || unit || longer || inside ? token
          : forms.oneOfMany(token, i > 0));
    }
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      LongestNames longest = null; // most tokens begin no name: nothing kept for them
      for (Entry entry : startingWith(tokens.get(i), ordinary[i])) {
        int length = entry.tokens().size();
        if (longest != null && length < longest.length() || i + length > tokens.size()
            || !matchesAt(entry, tokens, ordinary, i)) {
          continue;
        }
        longest = longest == null ? new LongestNames() : longest;
        longest.offer(new Entity(entry.type(), entry.id(), String.join(" ", typed.subList(i, i + length))),
            entry.tokens(), tokens.subList(i, i + length), typed.subList(i, i + length));
      }
      int bestLength = longest == null ? 0 : longest.length();
      Set<Entity> best = longest == null ? null : longest.entities();
      if (bestLength == 0 && !tokens.get(i).equals(typed.get(i)) && !ordinary[i]) {
        // "prjectleider" is a slip in "projectleider", not the compound "leider" its form made of it: as typed
        tokens.set(i, typed.get(i));
        continue;
      }
      if (bestLength == 0) {
        i++;
        continue;
      }
      int member = i + 1 < tokens.size() && MEMBER_FILLERS.contains(typed.get(i + 1)) ? i + 2 : i + 1;
      // "een" after a series word is an article ("duurt een pitch een kwartier?"), not the number one
      if (bestLength == 1 && member < tokens.size() && !typed.get(member).equals("een")
          && SeriesNames.isMember(typed.get(member)) && best.stream().allMatch(SeriesNames::isSeries)) {
        // "tafel 6" where the tables go to 5, "break-out D" after C: a member the programme does not have
        Match found = NumberInTitle.member(startingWith(tokens.get(i), ordinary[i]), typed, i, member);
        matches.add(found);
        i = found.to();
        continue;
      }
      for (Entity entity : best) {
        matches.add(new Match(i, i + bestLength, entity));
      }
      i += bestLength;
    }
    return matches;
  }

  /** Words after which "stemmen" is the plural of "stem", not the verb of "stemming". */
  private static final Set<String> NOUN_BEFORE = Set.of("hoeveel", "de", "die", "alle", "mijn", "onze", "twee",
      "drie", "veel", "meer", "welke");

  private static final Set<String> UNIT = Set.of("een", "één", "elke", "iedere", "per");

  /**
   * The names whose first token is {@code token}, or (when it is no ordinary word) a typo of it, in the order of
   * {@link #entries}, so that ties come out as if every name had been tried.
   */
  private List<Entry> startingWith(String token, boolean ordinary) {
    if (ordinary || token.length() < 3) {
      // short words are typos only of a letter doubled ("pol" for "poll", FuzzyWords)
      return byFirstToken.getOrDefault(token, List.of());
    }
    return typoCandidates.apply(token);
  }

  private List<Entry> startingWithTypo(String token) {
    List<Entry> exact = byFirstToken.getOrDefault(token, List.of());
    List<Entry> candidates = null;
    for (int length = Math.max(3, token.length() - 2); length <= token.length() + 2; length++) {
      for (String first : firstTokensByLength.getOrDefault(length, List.of())) {
        // "de fim": a three-letter slip only in a session's or part's name, never a person's or organisation's
        // "is er een ringleiding?" when a description says there is one: no "rondleiding" (though "pitchen" of
        // the texts is still a form of "pitches", which only its ending changes)
        boolean similar = !first.equals(token) && fuzzy.similar(token, first)
            && !(first.length() == token.length() && textWords.contains(token) && !FuzzyWords.sameStem(token, first));
        boolean short3 = !similar && FuzzyWords.oneLetterShort(token, first);
        if (similar || short3) {
          if (candidates == null) {
            candidates = new ArrayList<>(exact);
          }
          // "dansen" of "Dansen op muziek" is no typo of "Jansen": a word of the names is no misspelt surname
          // "eikenzaal" is the Eikenzaal and no typo of the Beukenzaal: a room as typed beats a like one
          byFirstToken.get(first).stream().filter(e -> !short3 || e.type() == EntityType.SESSION
                  || e.type() == EntityType.PART)
              .filter(e -> e.type() != EntityType.SPEAKER || !nameWords.contains(token))
              // (and "zilverrondleiding" of the same length no typo of the "zolderrondleiding"; a plural may be)
              .filter(e -> e.type() != EntityType.ROOM && first.length() != token.length()
                  || exact.stream().noneMatch(x -> x.type() == e.type() && x.tokens().size() == e.tokens().size()))
              .forEach(candidates::add);
        }
      }
    }
    // "agilitydemo" for the "Agilitydemonstratie": a long start of a title's word is that word, cut short
    // ("cardio" for the "lezing cardioloog"; but a shorter word that names something itself, "privacy", is that)
    boolean cut = CutShort.tried(token, !exact.isEmpty());
    for (int length = token.length() + 3; cut && length <= token.length() + 12; length++) {
      for (String first : firstTokensByLength.getOrDefault(length, List.of())) {
        if (cutShort.of(token, first)) {
          if (candidates == null) {
            candidates = new ArrayList<>(exact);
          }
          byFirstToken.get(first).stream().filter(e -> e.type() == EntityType.SESSION || e.type() == EntityType.PART)
              .forEach(candidates::add);
        }
      }
    }
    if (candidates == null) {
      return exact;
    }
    candidates.sort(Comparator.comparingInt(Entry::order));
    return List.copyOf(candidates);
  }

  private boolean matchesAt(Entry entry, List<String> tokens, boolean[] ordinary, int at) {
    for (int k = 0; k < entry.tokens().size(); k++) {
      String typed = tokens.get(at + k);
      String expected = entry.tokens().get(k);
      // "de HAN" is the organisation so abbreviated, no typo of the surname "de Haan"
      boolean surname = entry.type() == EntityType.SPEAKER && nameWords.contains(typed);
      boolean titled = entry.type() == EntityType.SESSION || entry.type() == EntityType.PART;
      boolean same = typed.equals(expected) || !ordinary[at + k] && !surname && (fuzzy.similar(typed, expected)
          || titled && (FuzzyWords.oneLetterShort(typed, expected) || cutShort.of(typed, expected)))
          || k > 0 && SeriesNames.digits(typed).equals(expected) && !Lengths.isLength(tokens, at + k);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} starts the programme's numbered rooms, as "zaal" does any day's. */
  boolean numbersRooms(String word) {
    return roomWords.contains(word);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Gazetteer[%d names]", entries.size());
  }
}
