package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * The names a question can use for things in one programme: speakers by full, first or last name; organisations,
 * also a municipality without "gemeente"; sessions by title and aliases; topics by name and aliases; rooms; roles
 * ("dagvoorzitter", and the first word of a longer role); the event by its title and series. Built from the
 * loaded programme, so another programme brings its own names without any code change.
 */
public final class Gazetteer {
  private static final String MUNICIPALITY = "gemeente";
  private static final Set<String> ARTICLES = Set.of("de", "het", "t");
  /** Id prefix of a kind of organisation ("gemeente") rather than one organisation. */
  public static final String ORGANISATION_KIND = "kind:";

  private final List<Entry> entries;
  /** The names by their first token, each list in the order of {@link #entries}. */
  private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
  /** The distinct first tokens by their length: a typo changes the length by at most two letters. */
  private final Map<Integer, List<String>> firstTokensByLength = new HashMap<>();
  private final FuzzyWords fuzzy;
  private final Set<String> ordinaryWords;
  private final SeriesNames series;
  /** The names a word that is no ordinary word may begin, typos included (see {@link #startingWith}). */
  private final WordCache<List<Entry>> typoCandidates = new WordCache<>(10_000, this::startingWithTypo);

  /** A name for an entity, as normalised tokens; {@code order} is its place among all names. */
  record Entry(EntityType type, String id, List<String> tokens, int order) {
  }

  /** An entity found at tokens {@code [from, to)}. */
  public record Match(int from, int to, Entity entity) {
  }

  /**
   * @param ordinaryWords words of the question language (the intent examples' vocabulary): they are matched to a
   *                      name only exactly, never as a typo, so "welke" never becomes a speaker called "Welle".
   */
  public Gazetteer(Programme programme, TextNormaliser normaliser, FuzzyWords fuzzy, Set<String> ordinaryWords) {
    this.fuzzy = fuzzy;
    this.ordinaryWords = Set.copyOf(ordinaryWords);
    List<Entry> names = new ArrayList<>();
    for (Speaker speaker : programme.speakers()) {
      List<String> tokens = normaliser.tokens(speaker.name());
      add(names, EntityType.SPEAKER, speaker.id(), tokens);
      if (tokens.size() > 1) {
        // one word of a name alone, unless it is a word of the question language: "laat" of Mark de Laat
        // would make every "hoe laat" about him
        for (List<String> part : List.of(tokens.subList(0, 1), tokens.subList(1, tokens.size()),
            tokens.subList(tokens.size() - 1, tokens.size()))) {
          if (part.size() > 1 || !ordinaryWords.contains(part.get(0))) {
            add(names, EntityType.SPEAKER, speaker.id(), part);
          }
        }
      }
    }
    programme.speakers().stream().map(Speaker::organisation).filter(o -> !o.isBlank()).distinct().forEach(org -> {
      List<String> tokens = normaliser.tokens(org);
      add(names, EntityType.ORGANISATION, org, tokens);
      if (tokens.size() > 1 && tokens.get(0).equals(MUNICIPALITY)) {
        add(names, EntityType.ORGANISATION, org, tokens.subList(1, tokens.size()));
      }
    });
    for (Session session : programme.sessions()) {
      add(names, EntityType.SESSION, session.id(), normaliser.tokens(session.title()));
      session.aliases().forEach(alias -> add(names, EntityType.SESSION, session.id(), normaliser.tokens(alias)));
    }
    programme.sessions().stream().flatMap(s -> s.room().stream()).distinct().forEach(room -> {
      List<String> tokens = normaliser.tokens(room);
      add(names, EntityType.ROOM, room, tokens);
      if (tokens.size() > 1 && ARTICLES.contains(tokens.get(0))) {
        add(names, EntityType.ROOM, room, tokens.subList(1, tokens.size()));
      }
    });
    roles(programme).forEach(role -> {
      List<String> tokens = normaliser.tokens(role);
      add(names, EntityType.ROLE, String.join(" ", tokens), tokens);
      if (tokens.size() > 1) {
        add(names, EntityType.ROLE, tokens.get(0), tokens.subList(0, 1));
      }
    });
    Event event = programme.event();
    add(names, EntityType.EVENT, "event", normaliser.tokens(event.title()));
    if (!event.series().isBlank()) {
      add(names, EntityType.EVENT, "event", normaliser.tokens(event.series()));
      add(names, EntityType.EVENT, "event", normaliser.tokens(event.series() + " " + event.title()));
    }
    DayKindWords.of(normaliser.tokens(event.series() + " " + event.title())).stream()
        .filter(word -> names.stream().noneMatch(e -> e.tokens().equals(List.of(word))))
        .forEach(word -> add(names, EntityType.EVENT, "event", List.of(word)));
    for (Topic topic : programme.topics()) {
      add(names, EntityType.TOPIC, topic.name(), normaliser.tokens(topic.name()));
      topic.aliases().forEach(alias -> add(names, EntityType.TOPIC, topic.name(), normaliser.tokens(alias)));
    }
    this.series = new SeriesNames(programme, normaliser);
    variants(programme, normaliser, ordinaryWords, names, series.names().keySet());
    Set<List<String>> taken = new java.util.HashSet<>();
    names.forEach(e -> taken.add(e.tokens()));
    series.names().forEach((form, id) -> {
      if (!taken.contains(List.of(form))) {
        add(names, EntityType.PART, id, List.of(form));
      }
    });
    this.entries = List.copyOf(names);
    for (Entry entry : entries) {
      String first = entry.tokens().get(0);
      byFirstToken.computeIfAbsent(first, f -> {
        firstTokensByLength.computeIfAbsent(f.length(), length -> new ArrayList<>()).add(f);
        return new ArrayList<>();
      }).add(entry);
    }
  }

  /**
   * Shorter names for sessions and organisations, derived from the programme; never one that already names a
   * topic, person or room ("vroegsignalering" the topic covers more sessions than the title that has the word).
   */
  private static void variants(Programme programme, TextNormaliser normaliser, Set<String> ordinaryWords,
                               List<Entry> names, Set<String> seriesForms) {
    Set<List<String>> taken = new java.util.HashSet<>();
    names.forEach(e -> taken.add(e.tokens()));
    // "thematafels" names the series, not the one title that has the word ("Terugkoppeling uit de thematafels")
    seriesForms.forEach(form -> taken.add(List.of(form)));
    NameVariants variants = new NameVariants(normaliser, ordinaryWords);
    Map<String, String> titles = new LinkedHashMap<>();
    programme.sessions().forEach(s -> titles.put(s.id(), s.title()));
    // A word two sessions share still helps ("meldcode" for one workshop given in both rounds).
    for (NameVariants.Variant variant : variants.of(titles, 2, 5)) {
      if (!taken.contains(variant.tokens())) {
        variant.ids().forEach(id -> add(names, EntityType.SESSION, id, variant.tokens()));
      }
    }
    Map<String, String> organisations = new LinkedHashMap<>();
    programme.speakers().stream().map(Speaker::organisation).filter(o -> !o.isBlank()).distinct()
        .forEach(o -> organisations.put(o, o));
    // A place several organisations share ("Ede": gemeente Ede, Kredietbank Ede) names all of them.
    for (NameVariants.Variant variant : variants.of(organisations, 4, 3)) {
      variant.ids().forEach(id -> add(names, EntityType.ORGANISATION, id, variant.tokens()));
    }
    // "sprekers van een gemeente": the first word several organisations share is a kind of organisation.
    Map<String, Integer> firstWords = new LinkedHashMap<>();
    organisations.keySet().forEach(o -> normaliser.tokens(o).stream().findFirst()
        .ifPresent(w -> firstWords.merge(w, 1, Integer::sum)));
    firstWords.forEach((word, count) -> {
      // ... or one organisation, when its first word is a kind anyone would ask by ("een gemeente")
      if ((count >= 2 || CueWords.ORGANISATION_NOUNS.contains(word)) && word.length() >= 5) {
        for (String form : List.of(word, word + "n", word + "en")) {
          add(names, EntityType.ORGANISATION, ORGANISATION_KIND + word, List.of(form));
        }
      }
    });
  }

  /** Every role written in the programme, of speakers and of speakers in one session. */
  private static Set<String> roles(Programme programme) {
    Set<String> roles = new LinkedHashSet<>();
    programme.speakers().stream().map(Speaker::role).filter(r -> !r.isBlank()).forEach(roles::add);
    programme.sessions().forEach(s -> roles.addAll(s.speakerRoles().values()));
    return roles;
  }

  private static void add(List<Entry> names, EntityType type, String id, List<String> tokens) {
    // One- and two-letter names ("de", "p") would match ordinary words everywhere.
    if (tokens.isEmpty() || tokens.size() == 1 && tokens.get(0).length() < 3 && !isCode(tokens.get(0))) {
      return;
    }
    names.add(new Entry(type, id, List.copyOf(tokens), names.size()));
  }

  /** "B1", "3D": short names that hold a digit are codes, not ordinary words. */
  private static boolean isCode(String token) {
    return token.length() == 2 && token.chars().anyMatch(Character::isDigit)
        && token.chars().anyMatch(Character::isLetter);
  }

  /**
   * Longest names first, left to right, without overlap. One stretch of words can name several entities (two
   * speakers called "Jan", or an organisation and a session alias); all of them are returned.
   */
  public List<Match> find(List<String> typed) {
    boolean[] ordinary = new boolean[typed.size()];
    List<String> tokens = new ArrayList<>(typed.size());
    for (int i = 0; i < typed.size(); i++) {
      ordinary[i] = ordinaryWords.contains(typed.get(i));
      tokens.add(ordinary[i] ? typed.get(i) : series.head(typed.get(i)));
    }
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int bestLength = 0;
      Set<Entity> best = null; // most tokens begin no name: no set for them
      for (Entry entry : startingWith(tokens.get(i), ordinary[i])) {
        int length = entry.tokens().size();
        if (length < bestLength || i + length > tokens.size() || !matchesAt(entry, tokens, ordinary, i)) {
          continue;
        }
        if (best == null) {
          best = new LinkedHashSet<>();
        }
        if (length > bestLength) {
          best.clear();
          bestLength = length;
        }
        best.add(new Entity(entry.type(), entry.id(), String.join(" ", typed.subList(i, i + length))));
      }
      if (bestLength == 0) {
        i++;
        continue;
      }
      if (bestLength == 1 && i + 1 < tokens.size() && SeriesNames.isNumber(typed.get(i + 1))
          && best.stream().allMatch(SeriesNames::isSeries)) {
        // "tafel 6" where the tables go to 5: a member the programme does not have, not all of them
        matches.add(new Match(i, i + 2, new Entity(EntityType.UNKNOWN, "thing:" + String.join(" ",
            typed.subList(i, i + 2)), String.join(" ", typed.subList(i, i + 2)))));
        i += 2;
        continue;
      }
      for (Entity entity : best) {
        matches.add(new Match(i, i + bestLength, entity));
      }
      i += bestLength;
    }
    return matches;
  }

  /**
   * The names whose first token is {@code token}, or (when it is no ordinary word) a typo of it, in the order of
   * {@link #entries}, so that ties come out as if every name had been tried.
   */
  private List<Entry> startingWith(String token, boolean ordinary) {
    if (ordinary || token.length() < 4) {
      return byFirstToken.getOrDefault(token, List.of()); // short words are never typos (FuzzyWords)
    }
    return typoCandidates.apply(token);
  }

  private List<Entry> startingWithTypo(String token) {
    List<Entry> exact = byFirstToken.getOrDefault(token, List.of());
    List<Entry> candidates = null;
    for (int length = token.length() - 2; length <= token.length() + 2; length++) {
      for (String first : firstTokensByLength.getOrDefault(length, List.of())) {
        if (!first.equals(token) && fuzzy.similar(token, first)) {
          if (candidates == null) {
            candidates = new ArrayList<>(exact);
          }
          candidates.addAll(byFirstToken.get(first));
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
      boolean same = typed.equals(expected) || !ordinary[at + k] && fuzzy.similar(typed, expected)
          || k > 0 && SeriesNames.digits(typed).equals(expected);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Gazetteer[%d names]", entries.size());
  }
}
