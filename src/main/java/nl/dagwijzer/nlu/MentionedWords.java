package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * Words a question mentions without naming anything: "voor de standhouders", "over geld of schulden", "namens het
 * CJIB" (words the programme's texts use), and "over ransomware" (a subject none of its texts has).
 */
public final class MentionedWords {
  /** The id prefix of a word of titles mentioned before the noun asked: {@code titel:ballroom}. */
  public static final String TITLE = "titel:";
  private final Gazetteer gazetteer;
  private final Set<String> programmeWords;

  MentionedWords(Gazetteer gazetteer, Set<String> programmeWords) {
    this.gazetteer = gazetteer;
    this.programmeWords = programmeWords;
  }

  /**
   * "welke workshops gaan over geld?", "wie komt er namens het CJIB?": a word after "over" or "namens" that the
   * programme's texts use, though it names nothing, still says which sessions are meant.
   */
  void mark(List<String> tokens, boolean[] taken, List<Span> spans) {
    for (int i = 0; i < tokens.size(); i++) {
      // "wat is er voor de standhouders?": after "voor", only a word of the titles says whom sessions are for
      boolean forWhom = tokens.get(i).equals("voor") && i + 2 < tokens.size() && !taken[i]
          && (tokens.get(i + 1).equals("de") || tokens.get(i + 1).equals("het")) && !taken[i + 2]
          && gazetteer.titleWord(tokens.get(i + 2)) && tokens.get(i + 2).length() >= 6;
      if (forWhom) {
        EntityFinder.add(spans, taken, i + 2, i + 3, EntityType.MENTION, tokens.get(i + 2), tokens);
        continue;
      }
      // "welke ballroom rondes zijn er?": a word of titles before the noun asked says which ("Volwassenen Ballroom")
      boolean which = tokens.get(i).equals("welke") && i + 2 < tokens.size() && !taken[i + 1]
          && gazetteer.titleWord(tokens.get(i + 1)) && tokens.get(i + 1).length() >= 5
          && !CommonWords.WORDS.contains(tokens.get(i + 1));
      if (which) {
        EntityFinder.add(spans, taken, i + 1, i + 2, EntityType.MENTION, TITLE + tokens.get(i + 1), tokens);
        continue;
      }
      if (!(tokens.get(i).equals("over") || tokens.get(i).equals("namens")) || taken[i]) {
        continue;
      }
      int k = i + 1;
      while (k < tokens.size() && !taken[k] && CueWords.FILLERS_BEFORE_TARGET.contains(tokens.get(k))) {
        k++;
      }
      if (tokens.get(i).equals("over") && aboutWhich(tokens, i) && k < tokens.size()) {
        asMention(tokens, k, spans);
      }
      // "is er een workshop over ransomware?": a word after "over" that nothing of the programme has, not even as
      // the start of a word, is a subject it does not treat
      // ("over veilig thuiswerken" where "veilig" is of a title: the word after it)
      int subject = k < tokens.size() && taken[k] && k + 1 < tokens.size() ? k + 1 : k;
      if (tokens.get(i).equals("over") && subject < tokens.size() && !taken[subject] && absent(tokens.get(subject))) {
        EntityFinder.add(spans, taken, subject, subject + 1, EntityType.UNKNOWN, "thing:" + tokens.get(subject), tokens);
        continue;
      }
      // "over geld of schulden": each word of a list after "over"; a common word only as a word of a title ("werk")
      while (k < tokens.size() && !taken[k] && tokens.get(k).length() >= 3 && used(tokens.get(k))
          && (!CommonWords.WORDS.contains(tokens.get(k)) || gazetteer.titleWord(tokens.get(k)))
          && !CueWords.all().contains(tokens.get(k))) {
        EntityFinder.add(spans, taken, k, k + 1, EntityType.MENTION, tokens.get(k), tokens);
        if (k + 2 >= tokens.size() || !(tokens.get(k + 1).equals("of") || tokens.get(k + 1).equals("en"))) {
          break;
        }
        k += 2;
      }
    }
  }

  private static final Set<String> GETTING = Set.of("krijg", "krijgen", "krijgt");
  private static final Set<String> ASKERS = Set.of("ik", "we", "wij", "je", "jullie", "u");

  /** Words between "is er" and the thing asked: "is er ook nog een dj?". */
  private static final Set<String> THERE_FILLERS = Set.of("een", "ook", "nog", "wel", "eigenlijk", "soms",
      "achteraf", "vooraf", "vandaag", "straks", "daar", "hier", "dan", "zelf", "allemaal", "gratis");

  /**
   * "is er een dj op de borrel?", "zijn er wc's bij de pluktuin?", "krijg ik garantie op de reparatie?": the thing a
   * question asks is there (or one gets) that no text of the programme has, not even as the start of a word, is
   * missing, whatever else the question names.
   */
  void markThere(List<String> tokens, boolean[] taken, List<Span> spans) {
    boolean there = tokens.size() >= 3 && tokens.get(1).equals("er") && (tokens.get(0).equals("is")
        || tokens.get(0).equals("zijn"));
    // "krijg ik garantie op de reparatie?": what one gets, as what there is
    boolean getting = tokens.size() >= 3 && GETTING.contains(tokens.get(0)) && ASKERS.contains(tokens.get(1));
    if (!there && !getting) {
      return;
    }
    int k = 2;
    while (k < tokens.size() && THERE_FILLERS.contains(tokens.get(k))) {
      k++;
    }
    // "is er vegetarische soep?": the thing is the noun after an adjective
    while (k + 1 < tokens.size() && !taken[k] && adjective(tokens.get(k)) && !taken[k + 1]
        && tokens.get(k + 1).length() >= 3 && !CueWords.all().contains(tokens.get(k + 1))
        && !CommonWords.WORDS.contains(tokens.get(k + 1))) {
      k++;
    }
    if (k + 1 < tokens.size() && adjective(tokens.get(k)) && taken[k + 1]) {
      return; // "is er vegetarische soep?" where the soup is named: what it says of the soup, not a missing thing
    }
    if (k < tokens.size() && !taken[k] && absent(tokens.get(k), 2)
        && SAME_THING.getOrDefault(tokens.get(k), List.of()).stream().allMatch(other -> absent(other, 2))) {
      EntityFinder.add(spans, taken, k, k + 1, EntityType.UNKNOWN, "thing:" + tokens.get(k), tokens);
    }
    // "is er een tafel voor speelgoed?", "is er een workshop over bijen?": a kind of part the day has, for a thing no
    // text has, is missing too
    final int at = k;
    int end = spans.stream().filter(s -> s.from() == at && SeriesNames.isSeries(s.entity())).mapToInt(Span::to)
        .max().orElse(-1);
    if (end > 0 && end + 1 < tokens.size() && FOR_WHAT.contains(tokens.get(end)) && !taken[end + 1]
        && tokens.get(end + 1).length() >= 4 && absent(tokens.get(end + 1), 2)) {
      EntityFinder.add(spans, taken, end + 1, end + 2, EntityType.UNKNOWN, "thing:" + tokens.get(end + 1), tokens);
    }
    // "is er een demonstratie koninginnenteelt?": a session's word and, last, what no text has: that one is missing
    int named = spans.stream().filter(s -> s.from() == at && s.entity().type() == EntityType.SESSION)
        .mapToInt(Span::to).max().orElse(-1);
    if (named > 0 && named == tokens.size() - 1 && !taken[named] && tokens.get(named).length() >= LONG_THING
        && absent(tokens.get(named), 2)) {
      EntityFinder.add(spans, taken, named, named + 1, EntityType.UNKNOWN, "thing:" + tokens.get(named), tokens);
    }
  }

  private static final Set<String> FOR_WHAT = Set.of("voor", "over", "met");
  /** A word this long after a session's word is a thing, not a slip or a short word ("is er een lezing nu"). */
  private static final int LONG_THING = 6;
  /** The verb before "over" in "welke onderdelen gaan over X?", "in welke sessies gaat het over X?". */
  private static final Set<String> GOING = Set.of("gaan", "gaat", "het");

  /** "welke onderdelen gaan over bijenziekten?": which of all sessions treat it, not only the one it names. */
  private static boolean aboutWhich(List<String> tokens, int over) {
    return over >= 2 && GOING.contains(tokens.get(over - 1))
        && (tokens.contains("welke") || tokens.contains("welk"));
  }

  /**
   * The one word at {@code k} that names a session by its title, read as a word of the texts instead: every session
   * whose texts have it ("Vragenronde bijenziekten" and the talk the alias names).
   */
  private static void asMention(List<String> tokens, int k, List<Span> spans) {
    List<Span> named = spans.stream().filter(s -> s.from() == k && s.to() == k + 1
        && s.entity().type() == EntityType.SESSION).toList();
    // (not a word of a longer name said in full: "over psychische problemen" is that one session)
    boolean longer = spans.stream().anyMatch(s -> s.from() == k + 1 && named.stream()
        .anyMatch(n -> n.entity().id().equals(s.entity().id())));
    if (!named.isEmpty() && !longer && spans.stream().noneMatch(s -> s.from() <= k && s.to() > k
        && s.entity().type() != EntityType.SESSION)) {
      spans.removeAll(named);
      spans.add(new Span(k, k + 1, new Entity(EntityType.MENTION, tokens.get(k), tokens.get(k))));
    }
  }

  /** An inflected adjective before the thing it says something of: "vegetarische", "glutenvrije". */
  private static boolean adjective(String word) {
    return word.length() >= 5 && word.endsWith("e");
  }

  /** Another word the programme may use for the thing asked: "Toiletten zijn in de kantine" for "is er een wc?". */
  private static final java.util.Map<String, List<String>> SAME_THING = java.util.Map.of(
      "wc", List.of("toilet"), "wcs", List.of("toilet"), "toiletten", List.of("wc"), "toilet", List.of("wc"));

  private static final Set<EntityType> NAMES = Set.of(EntityType.SESSION, EntityType.SPEAKER, EntityType.ROOM,
      EntityType.PART, EntityType.TOPIC, EntityType.MENTION, EntityType.ROLE, EntityType.ORGANISATION,
      EntityType.EVENT);

  /** What the asker brings along: "met een (kapotte) telefoon", "mijn tas". */
  private static final Set<String> CARRIED = Set.of("mijn", "m'n", "mn", "onze", "een");

  /**
   * "waar moet ik heen met een wiebelende stoel?", "waar kan ik mijn tas kwijt?": a where question that names nothing
   * of the programme, about a thing the asker has with them that its texts speak of, asks where the sessions whose
   * texts do are.
   */
  void markAsked(List<String> tokens, boolean[] taken, List<Span> spans) {
    if (!tokens.contains("waar") || spans.stream().anyMatch(s -> NAMES.contains(s.entity().type()))) {
      return;
    }
    for (int i = tokens.size() - 1; i > 0; i--) {
      String word = tokens.get(i);
      boolean carried = CARRIED.contains(tokens.get(i - 1)) || i > 1 && CARRIED.contains(tokens.get(i - 2))
          && tokens.get(i - 1).endsWith("e");
      if (!taken[i] && carried && word.length() >= 3 && word.chars().allMatch(Character::isLetter)
          && !CommonWords.WORDS.contains(word) && !CueWords.all().contains(word)
          && (programmeWords.contains(word) || used(word))) {
        EntityFinder.add(spans, taken, i, i + 1, EntityType.MENTION, word, tokens);
        return;
      }
    }
  }

  /**
   * A word the programme's texts use, also as the start of a compound: "afval" in "afvalbakken"; not when that
   * compound is a word of a name, which says more ("privacy" of the topic alias "privacywet").
   */
  private boolean used(String word) {
    return programmeWords.contains(word) || word.length() >= 5 && programmeWords.stream()
        .anyMatch(w -> w.length() > word.length() + 2 && w.startsWith(word))
        && programmeWords.stream().noneMatch(w -> w.startsWith(word) && gazetteer.nameWord(w));
  }

  /** A word of four letters (or {@code shortest}) or more that no text of the programme has, nor starts a word with. */
  private boolean absent(String word) {
    return absent(word, 4);
  }

  private boolean absent(String word, int shortest) {
    return word.length() >= shortest && word.chars().allMatch(Character::isLetter) && !CueWords.all().contains(word)
        && !CommonWords.WORDS.contains(word) && programmeWords.stream().noneMatch(w -> w.startsWith(word));
  }
}
