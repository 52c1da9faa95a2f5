package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Session;

/**
 * "bij welke stand staat de voedselbank?", "waar kan ik terecht voor een laptop voor mijn kind?": the line of a
 * session's list (the stands of a market, the tables of a round, the items of an agenda) that has what the question
 * names, when no session, speaker or room of the programme answers it.
 */
final class ItemLookup {
  /** A session lists things when its details have at least this many lines. */
  private static final int MIN_ITEMS = 3;
  /** More equally good lines than this say the question was not about one item. */
  private static final int MAX_FOUND = 3;
  /** Words shorter than this are function words or too general to pick one line. */
  private static final int MIN_WORD = 4;
  private static final Set<Asked> ASKED = EnumSet.of(Asked.LIST, Asked.CONTENT, Asked.ROOM, Asked.UNKNOWN,
      Asked.YESNO);
  private static final Set<EntityType> NAMED = EnumSet.of(EntityType.ORGANISATION, EntityType.TOPIC,
      EntityType.MENTION);

  /** Words of asking for help ("waar kan ik terecht voor ..."), not of what is looked for. */
  private static final Set<String> ASKING = Set.of("terecht", "helpt", "helpen", "krijg", "krijgen", "informatie",
      "hulp", "vinden", "vind", "doen", "vraag", "vragen", "stellen", "kunnen", "moet", "moeten");

  private final TextNormaliser normaliser = new TextNormaliser();
  private final Answering a;

  ItemLookup(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<String> group = a.query().all(Detail.class).stream().flatMap(d -> d.group().stream()).findFirst();
    if (group.isPresent() && !AttendeeGroups.named(a.programme().sessions(), group.get())) {
      return groupLines(group.get());
    }
    Optional<Written> leader = group.flatMap(g -> new GroupLeader(a).answer(g));
    if (leader.isPresent()) {
      return leader;
    }
    Optional<Written> labelled = new LabelledLines(a).answer();
    if (labelled.isPresent()) {
      return labelled;
    }
    // only when nothing else answers: no session selected, or only the list itself ("de stand van de voedselbank")
    boolean open = a.sessions().isEmpty() || a.query().asked() == Asked.UNKNOWN
        || a.sessions().stream().allMatch(s -> s.details().size() >= MIN_ITEMS);
    if (!ASKED.contains(a.query().asked()) || !open) {
      return Optional.empty();
    }
    Set<String> words = words();
    boolean named = a.query().all(Condition.About.class).stream().anyMatch(c -> NAMED.contains(c.entity().type()));
    if (words.isEmpty() || a.query().asked() == Asked.YESNO && !named) {
      return Optional.empty(); // yes or no on a list's line only for a name ("heeft het UWV een stand?")
    }
    int best = 0;
    List<Session> owners = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Session session : a.programme().sessions()) {
      if (session.details().size() < MIN_ITEMS) {
        continue;
      }
      for (String line : session.details()) {
        // most lines share no word's start with the question: skip them before splitting them into words
        String plain = a.index().descriptions().normalised(line);
        if (words.stream().noneMatch(w -> plain.contains(w.substring(0, Math.min(w.length(), 4))))) {
          continue;
        }
        int score = score(a.index().descriptions().tokens(line), words);
        if (score > best) {
          best = score;
          owners.clear();
          found.clear();
        }
        if (score == best && score > 0) {
          owners.add(session);
          found.add(line);
        }
      }
    }
    // "bij welke stand staat de voedselbank?" when a pitch names it too, "welke stand helpt met toeslagen?" when a
    // topic has the word: only lines that are what the question calls them ("Stand 4: ...")
    boolean answered = !a.selection().topics().isEmpty() || !a.selection().speakers().isEmpty();
    if (owners.stream().distinct().count() > 1 || answered) {
      Set<String> kinds = new LinkedHashSet<>();
      // "een kraam op de marktplaats": a one-word alias of the list's session names its items as a kind does
      a.query().all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.PART
              || c.entity().type() == EntityType.SESSION && !c.entity().text().contains(" "))
          .forEach(c -> kinds.addAll(normaliser.tokens(c.entity().text())));
      for (int i = found.size() - 1; i >= 0; i--) {
        if (kinds.isEmpty() || score(normaliser.tokens(found.get(i)), kinds) == 0) {
          found.remove(i);
          owners.remove(i);
        }
      }
    }
    // "moet ik een hoofddoek dragen in de moskee?": a yes or no on the line about the thing, not on one that names
    // only the place
    List<String> things = a.query().textWords();
    // ("kan ik me om 15:00 nog inschrijven?" asks the time a line sets, a yes or no of the clock: YesNoRegisterBy's)
    if (a.query().asked() == Asked.YESNO && (!things.isEmpty() && found.stream().noneMatch(line -> things.stream()
        .anyMatch(a.index().descriptions().normalised(line)::contains))
        || a.query().hasDetail(nl.dagwijzer.nlu.FullAsked.STILL_REGISTER))) {
      return Optional.empty();
    }
    if (best == 0 || found.isEmpty() || found.size() > MAX_FOUND || owners.stream().distinct().count() != 1
        || !a.sessions().isEmpty() && a.query().asked() != Asked.UNKNOWN && !a.sessions().contains(owners.get(0))) {
      return Optional.empty();
    }
    Session session = owners.get(0);
    String where = "Bij " + DutchText.placed(session);
    String text = found.size() == 1 ? where + ": " + found.get(0) : where + ":\n" + DutchText.bullets(found);
    if (a.query().asked() == Asked.YESNO) {
      // "mag mijn hond mee bij de hardlooprace?" when its line says "Honden ... zijn niet toegestaan": no
      String verdict = found.size() == 1 && AgeRanges.barred(found.get(0))
          && a.query().all(Detail.class).stream().allMatch(d -> d.absent().isEmpty()) ? "Nee, " : "Ja, ";
      text = OtherKind.said(a, text) // "is er een lezing over drones?" when a terrace's rules name them
          .orElse(verdict + DutchText.lowerFirst(text)); // "heeft Het Juridisch Loket een stand?": its line says so
    }
    return Optional.of(new Written(text, Optional.empty(), List.of(session)));
  }

  /**
   * "wie is de trainer van subgroep 2?" when a session's details say "Subgroep 2 in Zaal IJssel met Jeroen de Boer":
   * those lines, of the sessions the question names when they have any, else of the whole day.
   */
  private Optional<Written> groupLines(String group) {
    java.util.regex.Pattern wanted = AttendeeGroups.of(group);
    List<Session> named = a.selection().mentioned().stream()
        .filter(s -> s.details().stream().anyMatch(l -> wanted.matcher(l).find())).toList();
    if (named.isEmpty()) {
      // "subgroep 1 bij module 6": the lines of the session that shares the named one's heading ("Module 6: ...")
      java.util.Set<String> headings = new java.util.HashSet<>();
      a.selection().mentioned().forEach(m -> headings.add(DutchText.heading(m)));
      named = a.programme().sessions().stream().filter(s -> headings.contains(DutchText.heading(s))
          && s.details().stream().anyMatch(l -> wanted.matcher(l).find())).toList();
    }
    List<Session> pool = named.isEmpty() ? a.programme().sessions() : named;
    List<String> found = new ArrayList<>();
    StringBuilder said = new StringBuilder();
    for (Session session : pool) {
      List<String> lines = new ArrayList<>();
      for (String line : session.details()) {
        String clause = wanted.matcher(line).find() ? clause(line, wanted) : null;
        if (clause != null && (clause.equals(line) || !saidBefore(clause, wanted, said.toString()))) {
          lines.add(clause);
        }
      }
      if (!lines.isEmpty() && found.size() < MAX_FOUND) {
        lines.forEach(l -> said.append(l.toLowerCase(java.util.Locale.ROOT)).append('\n'));
        found.add("Bij " + DutchText.placed(session) + ": " + String.join(" ", lines));
      }
    }
    if (found.isEmpty()) { // ("groep 7" of "groep 5 tot en met 8" is there: the list of what is for it)
      return SchoolGrades.year(group).filter(y -> !SchoolGrades.of(a.programme().sessions(), y).isEmpty())
          .isPresent() ? Optional.empty() : absentNumber(group);
    }
    String lines = String.join("\n", found);
    if (a.query().asked() != Asked.YESNO) {
      return Optional.of(Written.text(lines));
    }
    // "zit subgroep 2 in Zaal Waal?", "is Esmée Vermeulen de trainer van subgroep 3?": whether its lines say so
    List<String> names = new ArrayList<>();
    for (Condition.About about : a.query().all(Condition.About.class)) {
      if (about.entity().type() == EntityType.ROOM) {
        names.add(about.entity().id());
      } else if (about.entity().type() == EntityType.SPEAKER) {
        a.programme().speakers().stream().filter(s -> s.id().equals(about.entity().id())).findFirst()
            .ifPresent(s -> names.add(s.name()));
      }
    }
    if (names.isEmpty()) {
      // "is Karim Benali de tafelhost van tafel 4?" when the table's line names a host no speaker list has
      String word = group.split(" ", 2)[0];
      a.query().textWords().stream()
          .filter(w -> w.length() >= MIN_WORD && !w.equals(word)).forEach(names::add);
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    boolean yes = names.stream().allMatch(n -> said.toString().contains(n.toLowerCase(java.util.Locale.ROOT)));
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + Character.toLowerCase(lines.charAt(0))
        + lines.substring(1)));
  }

  /** "wie is de host van tafel 9?" when the details number tables 1 to 8: that one is not there, these are. */
  private Optional<Written> absentNumber(String group) {
    String[] parts = group.split(" ", 2);
    if (parts.length < 2 || !parts[1].chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    java.util.regex.Pattern numbered = java.util.regex.Pattern.compile("(?iu)\\b" + java.util.regex.Pattern.quote(
        parts[0]) + "\\s+(\\d{1,2})\\b");
    java.util.SortedSet<Integer> there = new java.util.TreeSet<>();
    a.programme().sessions().stream().flatMap(s -> s.details().stream()).forEach(line -> {
      java.util.regex.Matcher m = numbered.matcher(line);
      while (m.find()) {
        there.add(Integer.parseInt(m.group(1)));
      }
    });
    if (there.size() < 2) {
      return Optional.empty();
    }
    boolean run = there.last() - there.first() + 1 == there.size();
    String which = run ? parts[0] + " " + there.first() + " tot en met " + there.last()
        : parts[0] + " " + DutchText.join(there.stream().map(String::valueOf).toList());
    String absent = group + " staat niet in het programma; het noemt " + which + ".";
    return Optional.of(Written.text(a.query().asked() == Asked.YESNO ? "Nee, " + absent
        : DutchText.capitalise(absent)));
  }

  /**
   * "tafel 4 Karim Benali" of "De tafelhosts blijven aan hun eigen tafel: tafel 1 Anja Wessels, tafel 2 ...": of a
   * line that lists every group, the clause about the one asked for.
   */
  private static String clause(String line, java.util.regex.Pattern wanted) {
    java.util.regex.Matcher matcher = wanted.matcher(line);
    if (!matcher.find() || !line.contains(", ") || matcher.start() == 0) {
      return line; // "Groep 3 (blauwe stip): 15:05 tot 15:35, met Kees de Wit, ...": a line about that group alone
    }
    int comma = line.lastIndexOf(", ", matcher.start());
    int colon = line.lastIndexOf(": ", matcher.start());
    int from = Math.max(comma < 0 ? 0 : comma + 2, colon < 0 ? 0 : colon + 2);
    int next = line.indexOf(", ", matcher.end());
    int to = next < 0 ? line.length() : next;
    String clause = line.substring(Math.max(0, from), to).replaceAll("[.;]$", "");
    return DutchText.capitalise(clause);
  }

  /** Whether what a clause of a list says of the group (after its name) was said by an earlier line. */
  private static boolean saidBefore(String line, java.util.regex.Pattern wanted, String said) {
    java.util.regex.Matcher matcher = wanted.matcher(line);
    String rest = matcher.find() ? line.substring(matcher.end()).replaceAll("^[:\\s]+", "").strip() : "";
    return !rest.isEmpty() && said.contains(rest.toLowerCase(java.util.Locale.ROOT));
  }


  /** The question's own words for what it looks for: names of organisations and topics, and other content words. */

  private Set<String> words() {
    Set<String> words = new LinkedHashSet<>();
    for (Condition.About about : a.query().all(Condition.About.class)) {
      if (NAMED.contains(about.entity().type())) {
        normaliser.tokens(about.entity().text()).stream().filter(w -> w.length() >= MIN_WORD).forEach(words::add);
      }
    }
    a.query().textWords().stream().filter(w -> w.length() >= MIN_WORD)
        .filter(w -> !ASKING.contains(w)).forEach(words::add);
    return words;
  }

  private static int score(List<String> tokens, Set<String> words) {
    int score = 0;
    for (String word : words) {
      // "kind" is also "kinderen", "voedselbank" also "voedselbanken"
      if (DescriptionIndex.mentions(tokens, word)
          || tokens.stream().anyMatch(t -> t.startsWith(word) && t.length() - word.length() <= 4)) {
        score++;
      }
    }
    return score;
  }
}
