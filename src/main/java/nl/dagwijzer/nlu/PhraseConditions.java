package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;
import nl.dagwijzer.nlu.Condition.Relation;

/**
 * Conditions a whole phrase makes, beyond single words: where the asker is ("ik zit bij X, wat is er daarna?"), what
 * a session lists ("welke kramen staan er?"), sessions by how many people they have ("welke tafel heeft twee
 * gespreksleiders?"), "nog een tweede" and "nog open".
 */
final class PhraseConditions {
  private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("groep", "subgroep", "tafel", "team");

  private PhraseConditions() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    int second = Math.max(tokens.indexOf("tweede"), tokens.indexOf("andere"));
    if (YesNoForm.isYesNo(tokens) && second >= 0 && (tokens.contains("nog") || tokens.contains("ook"))
        && spans.stream().noneMatch(s -> s.from() <= second && second < s.to()) // not "Speeddates ronde 2"'s name
        && conditions.stream().noneMatch(c -> c instanceof Condition.Occurs)
        && spans.stream().noneMatch(s -> s.entity().type() == EntityType.ROUND)) {
      conditions.add(new Condition.Occurs(Quantities.Comparison.AT_LEAST, 2)); // "geeft X nog een tweede workshop?"
    }
    if (tokens.size() > 2 && tokens.get(1).equals("er") && (tokens.get(0).equals("is") || tokens.get(0).equals("zijn")
        || tokens.get(0).equals("komt") || tokens.get(0).equals("wordt"))
        // "krijgen we achteraf een verslag?": whether the programme gives one
        || tokens.size() > 2 && tokens.get(0).startsWith("krijg") && Set.of("ik", "we", "wij", "je", "u", "jullie")
        .contains(tokens.get(1))) {
      conditions.add(new Detail("er-is")); // "is er ook een publieksprijs?": whether the programme has it at all
    }
    int howMany = tokens.indexOf("hoeveel");
    // "hoeveel jongeren praten mee?" beside "Gesprek met jongeren": the people counted in its description
    boolean people = howMany >= 0 && howMany + 1 < tokens.size() && CountedPeople.counts(tokens.get(
        howMany + 1)) && spans.stream().filter(s -> s.from() <= howMany + 1 && howMany + 1 < s.to())
        .allMatch(s -> s.entity().type() == EntityType.SESSION);
    if (howMany >= 0 && howMany + 1 < tokens.size() && tokens.get(howMany + 1).length() >= 4
        && (people || spans.stream().noneMatch(s -> s.from() <= howMany + 1 && howMany + 1 < s.to()))) {
      conditions.add(Detail.howMany(tokens.get(howMany + 1))); // "uit hoeveel vragen bestaat de toets?"
    }
    RankWords.read(tokens, spans, conditions); // "het tweede onderdeel", "de herhaling van X", "nieuw"
    UnitWords.unit(tokens, spans).ifPresent(conditions::add);
    int only = tokens.indexOf("alleen");
    if (only >= 0 && spans.stream().anyMatch(s -> s.from() > only && s.from() <= only + 3
        && (s.entity().type() == EntityType.PERIOD || s.entity().type() == EntityType.ROUND))) {
      conditions.add(new Detail("alleen")); // "welke workshops zijn er alleen 's middags?": not also at another time
    }
    if (YesNoForm.isYesNo(tokens) && (tokens.get(0).equals("heeft") || tokens.get(0).equals("hebben"))
        && tokens.contains("spreker") && conditions.stream().noneMatch(c -> c instanceof Detail d
        && d.people() > 0)) {
      conditions.add(Detail.people(1, true)); // "heeft de poll een spreker?"
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      // "tafel 4" of tables numbered in a round's details ("Tafel 4: tafelhost Karim Benali") is a group as well
      if (GROUP_WORDS.contains(tokens.get(k)) && !tokens.get(k + 1).equals("een")
          && (!tokens.get(k).equals("tafel") || SeriesNames.isNumber(tokens.get(k + 1)))
          && (SeriesNames.isMember(tokens.get(k + 1)) || Detail.COLOURS.contains(tokens.get(k + 1)))) {
        conditions.add(Detail.group(tokens.get(k) + " " + SeriesNames.digits(tokens.get(k + 1)))); // "groep B"
      }
    }
    boolean mustBe = QuestionForm.asksClockTime(tokens) && (tokens.contains("moet") || tokens.contains("moeten"));
    if (mustBe && (tokens.get(tokens.size() - 1).equals("zijn")
        || tokens.contains("er") && tokens.indexOf("zijn") > tokens.indexOf("er"))) {
      conditions.add(new Detail(Detail.ARRIVAL)); // "hoe laat moet mijn zoon op school zijn?"
    }
    bringing(tokens, conditions);
    // "mag een kind van 6 mee?"; not the ages of a title ("wat is er tegelijk met het kinderfeest voor 2 t/m 5 jaar?")
    AskedAge.all(outsideTitles(tokens, spans)).forEach(conditions::add);
    OtherEditions.read(tokens, spans, conditions);
    SameSession.read(tokens, spans, conditions);
    SameStart.read(tokens, conditions);
    whereIAm(tokens, spans, conditions);
    items(tokens, conditions);
    speakerCount(tokens, spans, conditions);
    sessionCount(tokens, spans, conditions);
    if (tokens.size() >= 4 && (tokens.get(0).equals("welk") || tokens.get(0).equals("welke"))
        && CueWords.ROUND_NOUNS.contains(tokens.get(1)) && tokens.contains("als")
        && spans.stream().noneMatch(s -> s.entity().type() == EntityType.ROUND)) {
      // "welk blok is als eerste?", "welke ronde komt als laatste?": that round
      if (tokens.contains("eerste")) {
        conditions.add(new Condition.InRound(1));
      } else if (tokens.contains("laatste")) {
        conditions.add(new Condition.InRound(-1));
      }
    }
    if (YesNoForm.isYesNo(tokens) && (tokens.contains("iedereen") || tokens.contains("zomaar"))) {
      conditions.add(new Detail("iedereen")); // "kan iedereen aanschuiven bij het diner?": open to all, or not
    }
    // "is er om 12:30 nog postermarkt?": whether one is on then
    boolean stillThere = QuestionForm.startsWith(tokens, "is", "er") || QuestionForm.startsWith(tokens, "zijn", "er");
    if ((tokens.contains("open") || tokens.contains("geopend")) && conditions.stream()
        .anyMatch(c -> c instanceof Condition.Until)) {
      conditions.add(new Detail(Detail.OPEN_UNTIL)); // "welke tuinen zijn tot 17:00 open?"
    }
    // "welke tuinen zijn om 10:00 (al) open?": open then, also when they opened earlier
    boolean openAt = (tokens.contains("open") || tokens.contains("geopend")) && (tokens.contains("al")
        || conditions.stream().anyMatch(c -> c instanceof Condition.At));
    if (openAt || tokens.contains("nog") && (tokens.contains("open") || tokens.contains("geopend")
        || tokens.contains("bezig") || YesNoForm.isYesNo(tokens) && (tokens.contains("na") || stillThere))) {
      conditions.add(new Detail("lopend")); // "is de markt om 21:00 nog open?": running then, not starting
    }
    if (OpenNow.asked(tokens) && conditions.stream().noneMatch(c -> c instanceof Condition.At
        || c instanceof Condition.Until || c instanceof Condition.Progress || c instanceof Condition.Relative)) {
      conditions.add(new Condition.Progress(false)); // "is de markt nog open?", "al open?": by now
    }
  }

  private static final Set<String> NO_OBJECT = Set.of("iets", "wat", "ik", "we", "je", "nog", "ook", "er", "dan",
      "zelf", "allemaal", "moet", "moeten", "daar", "voor", "naar", "mee");

  /**
   * "wat moet ik meenemen naar tafel A?", "moet ik iets meenemen?": what to bring, which a description says;
   * "mag ik mijn hond meenemen?" names what ({@code meenemen:hond}), and only a sentence about that answers it.
   */
  private static void bringing(List<String> tokens, List<Condition> conditions) {
    int at = tokens.indexOf("meenemen");
    if (at < 0) {
      at = tokens.indexOf("meebrengen");
    }
    if (at < 0 && tokens.size() >= 3 && tokens.get(tokens.size() - 1).equals("mee")
        && (tokens.contains("moet") || tokens.contains("neem") || tokens.contains("nemen"))) {
      at = tokens.size() - 1; // "moet ik laptop mee?", "neem ik een laptop mee?"
    }
    if (at < 0) {
      return;
    }
    String before = at > 0 ? tokens.get(at - 1) : "";
    // "wat moet mijn kind meenemen?": "wat" is what is brought, the word before the verb who brings it
    boolean asked = QuestionForm.startsWith(tokens, "wat");
    conditions.add(new Detail(NO_OBJECT.contains(before) || before.isEmpty() || asked ? "meenemen"
        : "meenemen:" + before));
  }

  private static final java.util.Map<String, Integer> SMALL_NUMBERS = java.util.Map.of("een", 1, "één", 1, "1", 1,
      "twee", 2, "2", 2, "drie", 3, "3", 3, "vier", 4, "4", 4);

  private static final java.util.Map<String, Integer> COUNTS = java.util.Map.ofEntries(java.util.Map.entry("één", 1),
      java.util.Map.entry("twee", 2), java.util.Map.entry("drie", 3), java.util.Map.entry("vier", 4),
      java.util.Map.entry("vijf", 5), java.util.Map.entry("zes", 6), java.util.Map.entry("zeven", 7),
      java.util.Map.entry("acht", 8), java.util.Map.entry("negen", 9), java.util.Map.entry("tien", 10));

  /**
   * "zijn er vier workshops?", "is er maar één keynote?", "zijn er 3 rondetafels?": yes or no on how many sessions
   * of a kind there are ("een" only after "maar", "slechts" or "alleen": "is er een borrel?" asks whether there is one).
   */
  private static void sessionCount(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    if (!YesNoForm.isYesNo(tokens) || !tokens.contains("er")) {
      return;
    }
    for (int k = 1; k + 1 < tokens.size(); k++) {
      String word = tokens.get(k);
      boolean only = Set.of("maar", "slechts", "alleen").contains(tokens.get(k - 1));
      Integer n = word.equals("een") && only ? Integer.valueOf(1) : COUNTS.get(word);
      if (n == null && word.chars().allMatch(Character::isDigit) && word.length() <= 2) {
        n = Integer.parseInt(word);
      }
      int next = k + 1;
      // "zijn er drie workshoprondes?" counts rounds, which the round reading answers
      boolean rounds = tokens.get(next).endsWith("ronde") || tokens.get(next).endsWith("rondes")
          || tokens.get(next).endsWith("blokken");
      // "zijn er vier tafelrondes?" when the titles are "Tafelronde 1" to "3": those sessions, counted
      boolean series = spans.stream().anyMatch(s -> s.from() == next && SeriesNames.isSeries(s.entity()));
      if (n != null && n > 0 && (!rounds || series) && spans.stream().anyMatch(s -> s.from() == next
          && (s.entity().type() == EntityType.PART || s.entity().type() == EntityType.SESSION))) {
        conditions.add(Detail.sessionCount(n));
        return;
      }
    }
  }

  /**
   * "welke break-out heeft twee facilitators?", "bij welke workshops staan twee sprekers?", "welke tafels worden door
   * maar één persoon geleid?": sessions by how many people they have.
   */
  private static void speakerCount(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    if (tokens.isEmpty() || !(tokens.get(0).equals("welke") || tokens.get(0).equals("welk")
        || tokens.get(0).equals("bij") || tokens.get(0).equals("hoeveel"))) {
      return;
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      int next = k + 1;
      boolean people = spans.stream().anyMatch(s -> s.from() == next && s.entity().type() == EntityType.ROLE)
          || CueWords.PEOPLE_NOUNS.contains(tokens.get(next));
      if (people && tokens.get(k).equals("meerdere")) {
        conditions.add(Detail.people(2, true)); // "bij welke sessies zijn er meerdere sprekers?"
        return;
      }
      if (people && tokens.get(k).equals("een") && tokens.get(0).equals("bij") && k > 0
          && Set.of("er", "heeft", "hebben").contains(tokens.get(k - 1))) {
        conditions.add(Detail.people(1, true)); // "bij welke onderdelen is er een spreker?"
        return;
      }
      Integer n = SMALL_NUMBERS.get(tokens.get(k));
      if (tokens.get(k).equals("een") && (k == 0 || !Set.of("maar", "slechts", "alleen").contains(tokens.get(k - 1)))) {
        continue; // "hoeveel sessies hebben een moderator?": the article, unless "maar één"
      }
      if (n != null && (people || tokens.get(next).startsWith("persoon") || tokens.get(next).equals("personen")
          || tokens.get(next).equals("begeleiders"))) {
        conditions.add(Detail.people(n, false));
        return;
      }
    }
  }

  /** Things a session lists in its details rather than sessions or people: stands, agenda items, challenges. */
  private static final java.util.Set<String> ITEM_NOUNS = java.util.Set.of("kramen", "kraampjes", "stands",
      "standhouders", "organisaties", "partijen", "instanties", "exposanten", "onderwerpen", "agendapunten", "punten",
      "themas", "thema", "challenges", "stellingen", "agenda", "werkgevers", "bedrijven", "genomineerden",
      "initiatieven", "projecten", "foodtrucks");

  /** "familievoorstellingen", "tentoonstellingen": shows and exhibitions, not a debate's propositions. */
  private static final java.util.regex.Pattern SHOWS = java.util.regex.Pattern.compile(
      ".*(voor|tentoon|in|be|op)stellingen");

  /** "welke kramen staan er op de markt?", "hoeveel stands zijn er?", "wat staat er op de agenda van de ALV?". */
  private static void items(List<String> tokens, List<Condition> conditions) {
    for (int k = 1; k < tokens.size(); k++) {
      String before = tokens.get(k - 1);
      // "wat zijn de challenges?", "wat zijn de stellingen?" ask for the list as "welke" does
      boolean asking = before.equals("welke") || before.equals("hoeveel") || before.equals("de")
          && (tokens.contains("agenda") || k == 3 && tokens.get(0).equals("wat") && tokens.get(1).equals("zijn"));
      String noun = tokens.get(k);
      // "eetkraampjes", "infostands": a compound of such a noun ("programmapunten" are the sessions themselves)
      if (asking && (ITEM_NOUNS.contains(noun) || !noun.startsWith("programma") && !SHOWS.matcher(noun).matches()
          && ITEM_NOUNS.stream().anyMatch(n -> n.length() >= 5 && Compounds.endsIn(noun, n)))) {
        conditions.add(new Detail("items"));
        return;
      }
    }
  }

  private static final java.util.Set<String> BEING = java.util.Set.of("zit", "ben", "ga", "zat", "sta", "zitten");
  private static final java.util.Set<String> AT = java.util.Set.of("bij", "naar", "in", "aan");

  /**
   * "ik zit bij Bas de Groot, wat is er daarna?", "ik ga naar de workshop van Ede, wat kan ik daarna nog volgen?":
   * "daarna" and "hierna" are after the session the asker names as where they are.
   */
  private static void whereIAm(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    if (tokens.size() < 4 || !tokens.get(0).equals("ik") || !BEING.contains(tokens.get(1))) {
      return;
    }
    int at = tokens.get(2).equals("nu") ? 3 : 2;
    if (!AT.contains(tokens.get(at))) {
      return;
    }
    boolean next = conditions.removeIf(c -> c instanceof Condition.AfterNow
        || c instanceof Condition.Relative r && r.then())
        | tokens.stream().anyMatch(t -> CueWords.NEXT.contains(t) || CueWords.THEN.contains(t));
    if (!next) {
      return;
    }
    conditions.removeIf(c -> c instanceof Condition.AtNow); // "ik zit nu bij X": now is where, not when
    List<Entity> said = spans.stream().filter(s -> s.from() > at && s.from() <= at + 6).map(Span::entity).toList();
    // "ik zit in groep 2, waar moet ik straks heen?": a group one belongs to, whose next is after now
    boolean group = at + 1 < tokens.size() && (tokens.get(at + 1).equals("groep") || tokens.get(at + 1)
        .equals("subgroep"));
    if (group) {
      conditions.removeIf(c -> c instanceof Condition.About about && said.contains(about.entity()));
    }
    List<Entity> anchor = group ? List.of() : said.stream().filter(e -> e.type() == EntityType.SPEAKER
        || e.type() == EntityType.SESSION || e.type() == EntityType.ORGANISATION).toList();
    // "ik zit nu aan een tafel, wat komt hierna?": one of a series, so after now
    conditions.removeIf(c -> c instanceof Condition.About about && (anchor.contains(about.entity())
        || anchor.isEmpty() && said.contains(about.entity()) && SeriesNames.isSeries(about.entity())));
    conditions.add(anchor.isEmpty() ? new Condition.AfterNow() : new Condition.Relative(Relation.AFTER, anchor));
  }


  /** {@code tokens} with the words of a session's name blanked out, so they read as no age or number of the asker. */
  private static List<String> outsideTitles(List<String> tokens, List<Span> spans) {
    List<String> outside = new java.util.ArrayList<>(tokens);
    spans.stream().filter(s -> s.entity().type() == EntityType.SESSION).forEach(s -> {
      for (int k = s.from(); k < s.to() && k < outside.size(); k++) {
        outside.set(k, AskedAge.childAged(tokens, k, s.to()) ? tokens.get(k) : "·"); // "voor kinderen van 14"
      }
    });
    return outside;
  }
}
