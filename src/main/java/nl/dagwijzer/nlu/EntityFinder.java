package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds everything a question names, in a fixed order so that each stretch of words is read once: amounts of time
 * first ("duurt twee uur" is a length, "om twee uur" a time), then clock times, then the programme's own names, then
 * general words (rounds, parts of the day, morning or afternoon) after spelling correction, and last the words that
 * name nothing known at all. One finder serves one programme.
 */
final class EntityFinder {
  private static final Set<String> ROOM_WORDS = Set.of("zaal", "ruimte", "lokaal", "kamer", "zaaltje");
  /** Verbs with which "klaar" means ready: "ligt klaar", "staan klaar". */
  private static final Set<String> READY = Set.of("ligt", "liggen", "lag", "lagen", "staat", "staan", "stond",
      "stonden", "zet", "zetten", "gezet", "klaargezet", "klaargelegd");
  private static final Set<String> POSSESSIVES = Set.of("haar", "zijn", "hun", "z'n", "d'r");

  private static final Set<String> DOORS = Set.of("deuren", "deur");
  private final Gazetteer gazetteer;
  private final Vocabulary vocabulary;
  private final Set<String> known;
  private final Set<String> programmeWords;
  private final MentionedWords mentioned;
  /** The words of the question language, which are never someone's first name. */
  private final Set<String> ordinary;
  private final Sectors sectors;
  private final TimeExpressions times = new TimeExpressions();
  private final Quantities quantities = new Quantities();
  private final UnknownWords unknownWords;
  /** Sessions by the kind their titles' compounds end in ({@link KindTails}). */
  private final Map<String, Set<String>> kindTails;

  /** Without a gazetteer (training examples have no programme) it finds only general words and amounts. */
  EntityFinder(Gazetteer gazetteer, Sectors sectors, Vocabulary vocabulary, Set<String> known,
               Set<String> programmeWords, Map<String, Set<String>> kindTails) {
    this.gazetteer = gazetteer;
    this.kindTails = kindTails;
    this.sectors = sectors;
    this.vocabulary = vocabulary;
    this.known = Set.copyOf(known);
    this.programmeWords = Set.copyOf(programmeWords);
    this.mentioned = gazetteer == null ? null : new MentionedWords(gazetteer, this.programmeWords);
    this.unknownWords = new UnknownWords(this.known);
    Set<String> words = new java.util.HashSet<>(vocabulary.words());
    words.addAll(CommonWords.WORDS);
    words.addAll(CueWords.all());
    this.ordinary = Set.copyOf(words);
  }

  /** A finder of general words and amounts only, for the training examples. */
  static EntityFinder withoutProgramme(Vocabulary vocabulary) {
    return new EntityFinder(null, Sectors.none(), vocabulary, vocabulary.words(), Set.of(), Map.of());
  }

  /** Whether {@code word} is a word of some name of the programme ({@link Gazetteer#nameWord}). */
  boolean nameWord(String word) {
    return gazetteer != null && gazetteer.nameWord(word);
  }

  /** Whether {@code word} starts the programme's numbered rooms ({@link Gazetteer#numbersRooms}). */
  boolean numbersRooms(String word) {
    return gazetteer != null && gazetteer.numbersRooms(word);
  }

  /**
   * The word of the question language meant by a token; a word the programme's texts use is that word ("ringleiding"
   * is no slip of "inleiding"), unless only its ending differs ("stand": "stands").
   */
  private String corrected(String token) {
    String meant = vocabulary.correct(token);
    return programmeWords.contains(token) && !meant.startsWith(token) && !token.startsWith(meant) ? token : meant;
  }

  /** What a question names, in token order; {@code capitalised} holds the words written with a capital. */
  List<Span> find(List<String> tokens, Set<String> capitalised) {
    List<Span> spans = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    Quantities.Found amounts = quantities.find(tokens);
    amounts.lengths().forEach(l -> add(spans, taken, l.from(), l.to(), EntityType.LENGTH,
        l.comparison().name().toLowerCase(java.util.Locale.ROOT) + ":" + l.minutes(), tokens));
    amounts.fromNow().forEach(f -> add(spans, taken, f.from(), f.to(), EntityType.FROM_NOW,
        Integer.toString(f.minutes()), tokens));
    amounts.times().forEach(t -> add(spans, taken, t.from(), t.to(), EntityType.TIMES,
        t.comparison().name().toLowerCase(java.util.Locale.ROOT) + ":" + t.count(), tokens));
    List<Gazetteer.Match> found = gazetteer == null ? List.of() : gazetteer.find(tokens);
    if (gazetteer != null) {
      // "Lokaal 1.12" is a room before "1.12" is a clock time
      for (Gazetteer.Match match : found) {
        if (match.entity().type() == EntityType.ROOM && free(taken, match.from(), match.to())
            && tokens.subList(match.from(), match.to()).stream().anyMatch(t -> t.contains(":"))) {
          spans.add(new Span(match.from(), match.to(), match.entity()));
          mark(taken, match.from(), match.to());
        }
      }
    }
    for (TimeExpressions.Found time : times.find(tokens, taken)) {
      add(spans, taken, time.from(), time.to(), EntityType.TIME, time.time().toString(), tokens);
    }
    for (TimeExpressions.Unreadable bad : times.unreadable(tokens, taken)) {
      add(spans, taken, bad.from(), bad.to(), EntityType.BAD_TIME, bad.text(), tokens);
    }
    List<String> corrected = tokens.stream().map(this::corrected).toList();
    // "ronde 1" is a round before it is a name a programme gives its rounds ("rondes" as a topic's alias), but not
    // inside a session's title ("Teamwerk blok 1")
    boolean[] inTitle = taken.clone();
    found.stream().filter(m -> m.entity().type() == EntityType.SESSION && m.to() - m.from() >= 2)
        .forEach(m -> mark(inTitle, m.from(), m.to()));
    int before = spans.size();
    RoundWords.find(corrected, inTitle, tokens, spans);
    spans.subList(before, spans.size()).forEach(r -> mark(taken, r.from(), r.to()));
    if (gazetteer != null) {
      // "uit het onderwijs" is where someone comes from, though a title has the word ("onderwijs en zorg")
      spans.addAll(sectors.find(tokens, taken));
      List<Span> names = new ArrayList<>();
      for (Gazetteer.Match match : found) {
        if (free(taken, match.from(), match.to())) {
          names.add(new Span(match.from(), match.to(), match.entity()));
        }
      }
      // "hoeveel lijsttrekkers doen er mee?": a role the programme gives people, not the one title with the word
      // (but "boekbinden" is the session of that name, only a slip away from the role "boekbinder")
      names.removeIf(s -> s.entity().type() == EntityType.SESSION && s.to() - s.from() == 1
          && names.stream().anyMatch(o -> o.entity().type() == EntityType.ROLE && o.from() == s.from()
          && o.to() == s.to() && (tokens.get(s.from()).startsWith(o.entity().id())
          || o.entity().id().startsWith(tokens.get(s.from())))));
      // "wie is er nu aan het woord?" on a day with "Welkomstwoord", "Dankwoord", ...: speaking, not that series
      names.removeIf(s -> SeriesNames.isSeries(s.entity()) && s.from() >= 2 && tokens.get(s.from() - 2).equals("aan")
          && tokens.get(s.from() - 1).equals("het"));
      // "welke mentorrondes zijn er?" where the people are "mentor": the series the compound names, not the role
      names.removeIf(s -> s.entity().type() == EntityType.ROLE && s.to() - s.from() == 1
          && tokens.get(s.from()).length() > s.entity().id().length() + 3
          && names.stream().anyMatch(o -> SeriesNames.isSeries(o.entity()) && o.from() == s.from() && o.to() == s.to()));
      // "wanneer spreekt mark de vries?": a word like a name's ("markt") before a particle and an unknown word is a
      // first name, not a typo
      names.removeIf(s -> s.to() - s.from() == 1 && firstName(tokens, s.from()));
      // "spreekt wethouder Van den Broek ook?": a role said before a name is that person's title, not asked about
      if (!tokens.isEmpty() && !QuestionForm.startsWith(tokens, "is") && !QuestionForm.startsWith(tokens, "wie")) {
        names.removeIf(s -> s.entity().type() == EntityType.ROLE && names.stream()
            .anyMatch(o -> o.entity().type() == EntityType.SPEAKER && o.from() == s.to()));
      }
      // (the verb is no word the question asks a description about either)
      names.stream().filter(s -> FiniteVerb.at(tokens, s) && gazetteer.titleWord(tokens.get(s.from()))).toList()
          .forEach(verb -> {
            names.remove(verb);
            add(spans, taken, verb.from(), verb.to(), EntityType.UNKNOWN, "word:" + tokens.get(verb.from()), tokens);
          });
      List<Span> read = NamedWithWord.join(JoinedNames.join(names, tokens, gazetteer), tokens, gazetteer);
      read = TitleStarts.join(read, tokens, kindTails); // "de tweede omloop": "Tweede omloop heren" and "... dames"
      read = SharedNames.join(read, tokens); // "de routebriefing voor de 100 km"
      read.forEach(s -> mark(taken, s.from(), s.to()));
      spans.addAll(read);
    }
    if (gazetteer != null) {
      KindCompounds.mark(gazetteer, tokens, taken, spans);
      KindTails.mark(kindTails, tokens, taken, spans); // "de laatste demonstratie": "Live tattoodemonstratie"
    }
    for (int i = 0; i < tokens.size(); i++) {
      Optional<DateWords.Found> date = taken[i] ? Optional.empty() : DateWords.at(tokens, i);
      if (date.isPresent() && free(taken, date.get().from(), date.get().to())) {
        add(spans, taken, date.get().from(), date.get().to(), EntityType.DATE, date.get().id(), tokens);
      }
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      // "vragen stellen" is the question round, where "vragen" alone is any question.
      int verb = i + 2 < tokens.size() && tokens.get(i + 1).equals("te") ? i + 2 : i + 1; // "vragen te stellen"
      if (!taken[i] && !taken[verb] && corrected.get(i).equals("vragen") && corrected.get(verb).startsWith("stel")) {
        add(spans, taken, i, verb + 1, EntityType.PART, DayPart.VRAGEN.id(), tokens);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) {
        continue;
      }
      // A word written with a capital is corrected only to a name, never to a part of the day ("Mark" is no "markt").
      String word = capitalised.contains(tokens.get(i)) ? tokens.get(i) : corrected.get(i);
      Optional<DayPeriod> period = DayPeriod.ofWord(word);
      if (period.isPresent()) {
        int from = i > 0 && !taken[i - 1] && tokens.get(i - 1).equals("s") ? i - 1 : i;
        add(spans, taken, from, i + 1, EntityType.PERIOD, period.get().id(), tokens);
        continue;
      }
      Optional<DayPart> part = gazetteer != null && firstName(tokens, i) ? Optional.empty() : DayPart.ofWord(word);
      if (word.equals("af") && i >= 2 && tokens.subList(0, i).stream().anyMatch(t -> t.equals("sluit")
          || t.equals("sluiten")) || (tokens.get(i).equals("dicht") || tokens.get(i).equals("sluit"))
          && tokens.contains("alles")) {
        part = Optional.of(DayPart.EINDE); // "wie sluit de dag af?": the closing; "hoe laat gaat alles dicht?"
      }
      if (word.equals("opent") || word.equals("openen") || word.equals("opende")
          || DOORS.contains(tokens.get(i)) && tokens.subList(i, tokens.size()).contains("open")
          && (i + 1 == tokens.size() || !tokens.get(i + 1).equals("van"))) {
        // "wie opent de middag?": who speaks first; "gaan de deuren open?" (of a room: its own time, in its text)
        part = Optional.of(DayPart.BEGIN);
      }
      if (word.equals("klaar") && tokens.stream().anyMatch(READY::contains)) {
        continue; // "liggen er zwemvesten klaar?", "staat de koffie klaar?": ready, not over
      }
      if (part.filter(p -> p == DayPart.LEZING).isPresent() && i > 0 && POSSESSIVES.contains(tokens.get(i - 1))) {
        continue; // "na haar presentatie" is the one of the person named, not every talk of the day
      }
      if (part.isPresent()) {
        add(spans, taken, i, i + 1, EntityType.PART, part.get().id(), tokens);
      }
    }
    if (gazetteer != null) {
      AbsentMembers.mark(tokens, taken, spans);
      gazetteer.roleTails().mark(tokens, taken, spans, known);
      unknownRooms(tokens, taken, capitalised, spans);
      mentioned.mark(tokens, taken, spans);
      mentioned.markThere(tokens, taken, spans);
      mentioned.markAsked(tokens, taken, spans);
      AbsentOffices.mark(tokens, taken, spans, gazetteer::nameWord);
      unknownWords.find(tokens, corrected, taken, capitalised, spans);
      OtherPeople.mark(tokens, capitalised, spans);
      OtherPeople.afterRole(tokens, spans);
      OtherPeople.nameAtTheEnd(tokens, spans);
      // a word of the question language, or of the programme but of none of its names ("wethouder"), is no first name
      OtherPeople.anotherFirstName(tokens, spans, w -> ordinary.contains(w) || known.contains(w)
          && !gazetteer.personWord(w), gazetteer::nameOf);
    }
    // "de laatste ronde pepernoten bakken" of a session given twice: its last time, not the day's last round
    // (so does "de tweede ronde agility" of a series: its second time; not "de twee rondes tafelgesprekken")
    spans.removeIf(round -> round.entity().type() == EntityType.ROUND && (spans.stream().filter(s -> s.from()
        == round.to() && s.entity().type() == EntityType.SESSION).count() >= 2
        || round.entity().text().endsWith("ronde") && spans.stream()
        .anyMatch(s -> s.from() == round.to() && s.entity().id().startsWith(SeriesNames.ID_PREFIX))));
    spans.sort(Comparator.comparingInt(Span::from));
    return spans;
  }

  private void unknownRooms(List<String> tokens, boolean[] taken, Set<String> capitalised, List<Span> spans) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (taken[i] || !ROOM_WORDS.contains(tokens.get(i)) && !gazetteer.numbersRooms(tokens.get(i))
          || i > 0 && (tokens.get(i - 1).equals("welke") || tokens.get(i - 1).equals("welk"))) {
        continue; // "in welke ruimte vergaderen de wethouders?" asks a room; it names none
      }
      final int next = i + 1;
      String word = tokens.get(next);
      Span named = spans.stream().filter(x -> x.from() == next).findFirst().orElse(null);
      boolean room = named == null && !taken[next] && (word.chars().allMatch(Character::isDigit)
          || capitalised.contains(word) || !known.contains(word));
      boolean otherName = named != null && named.entity().type() != EntityType.ROOM && named.to() == next + 1;
      if (room || otherName) {
        spans.removeIf(x -> x.from() == next);
        add(spans, taken, i, i + 2, EntityType.UNKNOWN, "thing:" + tokens.get(i) + " " + word, tokens);
      }
    }
  }

  /** "mark de vries": a word that is no word of the programme's names, before a particle and an unknown word. */
  private boolean firstName(List<String> tokens, int at) {
    return at + 2 < tokens.size() && !gazetteer.nameWord(tokens.get(at)) && !known.contains(tokens.get(at))
        && OtherPeople.PARTICLES.contains(tokens.get(at + 1)) && !known.contains(tokens.get(at + 2))
        && !gazetteer.nameWord(tokens.get(at + 2));
  }

  static void add(List<Span> spans, boolean[] taken, int from, int to, EntityType type, String id,
                          List<String> tokens) {
    spans.add(new Span(from, to, new Entity(type, id, String.join(" ", tokens.subList(from, to)))));
    mark(taken, from, to);
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      taken[k] = true;
    }
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }
}
