package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.YesNoWords;
import nl.dagwijzer.programme.Session;

/**
 * "wat kost optie A?", "hoe hoog worden de windturbines?": the sentence of a description that gives the value asked
 * for, or that the programme does not give it, with the sentence about the thing itself. A sentence that only names
 * the thing ("Optie B: twee windturbines") is no answer to its height.
 */
final class PropertyAnswer {
  private static final String NUMBER = "(\\d+([.,]\\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf"
      + "|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend)";
  // "wat het kost" in a sentence is no amount: only an amount, "gratis" or "inbegrepen" is
  private static final Pattern MONEY = Pattern.compile("€|\\beuro(s|'s)?\\b|\\bgratis\\b|\\bkosteloos\\b|\\binbegrepen\\b"
      + "|\\d+,-");
  /** Whether one pays at all, which a sentence without an amount can say: "te koop", "betaal je zelf". */
  private static final Pattern PAID = Pattern.compile(MONEY.pattern() + "|\\bte koop\\b|\\bbetaal (je|u) zelf\\b");
  private static final Pattern AMOUNT = Pattern.compile("€|\\beuro(s|'s)?\\b|\\d+,-");
  /** Words with which a sentence prices something: "kost", "entree", "gratis", "tickets". */
  private static final Pattern PRICED = Pattern.compile("\\b(kost|kosten|prijs|prijzen|entree|toegang|gratis"
      + "|kosteloos|inbegrepen|betaal|betaalt|betalen|tarief|tickets?|kaart(je)?s?|deelname|bijdrage)\\b");
  /** A price that is none: "deelname is gratis", "de lunch is inbegrepen". */
  private static final Pattern FREE = Pattern.compile("\\bgratis\\b|\\bkosteloos\\b|\\binbegrepen\\b");
  private static final Pattern SIZE = Pattern.compile("\\b" + NUMBER + "\\s*(-\\s*)?(meter|m|m2|m²|km|kilometer"
      + "|hectare|ha|vierkante|centimeter|cm|kilo|kg|liter|ton|personen|mensen|deelnemers|leden|stoelen"
      + "|plaatsen)\\b");
  private static final Pattern LANGUAGE = Pattern.compile("\\b(nederlands|engels|arabisch|turks|pools|duits|frans"
      + "|spaans|tigrinya|oekraïens|\\p{L}+talig|tolk|ondertiteld|ondertiteling|taal|talen)\\b");
  private static final Pattern FORMAT = Pattern.compile("\\b(a[0-5]|formaat|staand|liggend|\\d+\\s*x\\s*\\d+)\\b");
  private static final Pattern PERCENT = Pattern.compile("%|\\bprocent\\b");
  private static final Pattern LINK = Pattern.compile("https?://|\\bwww\\.|\\b[\\w-]+\\.(nl|com|org|eu|us|net)/");
  /** "uit 1921", "in 1648 gebouwd", "al 50 jaar": how old something is. */
  private static final Pattern AGE = Pattern.compile("\\b((uit|van|sinds|in|anno) (het jaar )?1[0-9]{3}"
      + "|\\d+ jaar (oud|geleden)|(al|ruim|bijna|precies) \\d+ jaar\\b)");
  private static final Map<String, Pattern> VALUES = Map.of("kosten", MONEY, "maat", SIZE, "taal", LANGUAGE,
      "formaat", FORMAT, "procent", PERCENT, "verdieping", RoomFloor.FLOOR, "link", LINK, "betaalwijze", PayWays.ANY,
      "ouderdom", AGE);
  private static final Map<String, String> NOT_GIVEN = Map.of("kosten", "Dat bedrag staat", "maat",
      "Die afmeting of dat aantal staat", "taal", "De taal staat", "formaat", "Het formaat staat", "procent",
      "Dat percentage staat", "verdieping", "Op welke verdieping dat is, staat", "link", "Een link staat",
      "betaalwijze", "Hoe je daar betaalt, staat", "ouderdom", "Hoe oud dat is, staat");

  /** Words that ask for a price rather than say what it is of. */
  static final java.util.Set<String> PRICE_WORDS = java.util.Set.of("entree", "entreeprijs", "prijs",
      "kosten", "toegang", "toegangsprijs", "kaartje", "kaartjes", "tickets", "ticket", "entreekaartje");

  private final Answering a;

  PropertyAnswer(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<String> property = a.query().all(Detail.class).stream().flatMap(d -> d.property().stream()).findFirst();
    if (property.isEmpty()) {
      return Optional.empty();
    }
    // "verdieping:begane grond": the floor asked about, for a yes or no
    String kind = property.get().split(":", 2)[0];
    boolean roomNamed = a.query().all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROOM);
    if (kind.equals("verdieping") && (a.query().asked() == nl.dagwijzer.nlu.Asked.LIST
        || !roomNamed && !a.selection().named())) {
      return Optional.empty(); // "welke spreekuren zijn op de eerste verdieping?" asks which sessions
    }
    Optional<String> compared = property.filter(p -> p.contains(":")).map(p -> p.split(":", 2)[1]);
    boolean toPay = compared.filter("betalen"::equals).isPresent();
    boolean free = compared.filter("gratis"::equals).isPresent();
    // "wat kost een kaartje?": a sentence with an amount before one that says only what is "inbegrepen"
    Optional<Written> first = kind.equals("kosten") && compared.isEmpty() ? value(kind, AMOUNT)
        .filter(w -> !w.text().startsWith(NOT_GIVEN.get(kind))).or(() -> value(kind, MONEY))
        : value(kind, toPay || free ? PAID : VALUES.get(kind));
    // ("kinderen tot 12 jaar gratis" after "Koffie is inbegrepen", for "... voor mijn dochter van 10?")
    Optional<Written> given = toPay || free ? first.flatMap(w -> FreeForAge.narrowest(a, w.turnedTo())).or(() -> first)
        : first;
    boolean notGiven = given.filter(g -> g.text().startsWith(NOT_GIVEN.get(kind))).isPresent();
    if (given.isPresent() && !notGiven && compared.isPresent()
        && (a.query().asked() == nl.dagwijzer.nlu.Asked.YESNO || toPay || free)) {
      String text = given.get().text().toLowerCase(Locale.ROOT);
      // "Een kom soep kost 2 euro; kinderen eten gratis": the part about what was asked
      // ("... kinderen tot 12 jaar gratis" for "moet mijn kind van 9 betalen?": the clause for that age)
      String part = toPay || free ? FreeForAge.clause(text, a.query()).orElseGet(() -> partAbout(text, PAID))
          : kind.equals("betaalwijze") ? partAbout(text, PayWays.ANY) : text;
      if (kind.equals("betaalwijze") && !PayWays.names(part, compared.get()) && !part.contains("alleen")) {
        // "met creditcard betalen?" where the market takes pin and cash: other ways only ("alleen met pin" says no)
        return Optional.of(new Written("Nee, dat noemt het programma niet; wel dit: "
            + DutchText.lowerFirst(given.get().text()), given.get().overview(), given.get().turnedTo()));
      }
      boolean isFree = FREE.matcher(part).find() && !part.contains("niet gratis") && !part.contains("niet kosteloos")
          && !(free && FreeForAge.onlySome(text, part, a.query())); // "kinderen onder de 4 jaar gratis": not for all
      boolean pays = AMOUNT.matcher(part).find() || !isFree;
      // "kost een pannenkoek naturel 5 euro?" against "Pannenkoek naturel €4": the amount, not whether one pays
      Optional<Double> euros = a.query().all(Detail.class).stream().flatMap(d -> YesNoWords.measure(d).stream())
          .filter(m -> m[1].equals("euro")).map(m -> Double.parseDouble(m[0])).findFirst();
      boolean yes = toPay && euros.isPresent() ? Amounts.in(part).contains(euros.get()) : toPay ? pays : free ? isFree
          : kind.equals("betaalwijze") ? PayWays.allows(part, compared.get())
          : compared.get().matches("[<>]\\d+")
          ? beyond(given.get().text(), compared.get()) : text.contains(compared.get());
      return Optional.of(new Written((yes ? "Ja, " : "Nee, ") + DutchText.lowerFirst(given.get().text()),
          given.get().overview(), given.get().turnedTo()));
    }
    return given;
  }

  private Optional<Written> value(String kind, Pattern value) {
    Optional<Written> roomFloor = kind.equals("verdieping") ? RoomFloor.of(a) : Optional.empty();
    if (roomFloor.isPresent()) {
      return roomFloor;
    }
    DescriptionIndex descriptions = a.index().descriptions();
    // the question's own "kost" or "betalen" is no word the sentence must have
    List<String> asked = a.query().textWords().stream()
        .filter(w -> !w.startsWith("kost") && !w.startsWith("betal") && !PayWays.ANY.matcher(w).matches()
            && !w.equals("extra") // "kost de workshop extra?": "kost € 12,50 bovenop de entree"
            && !PRICE_WORDS.contains(w) // "entree prijs?": the price of entry, in any words
            && !(kind.equals("kosten") && nl.dagwijzer.nlu.PropertyWords.moneyCompound(w)) // "inschrijfgeld?"
            // ("welke hoogte", "hoe oud": what is asked, not said)
            && !nl.dagwijzer.nlu.PropertyWords.DIMENSIONS.contains(w) && !w.equals("oud")
            && !(value == PAID && (w.equals("geld") || w.equals("gratis"))))
        .toList(); // ("kost meedoen geld?": nor "geld", when whether one pays is asked)
    List<String> words = kind.equals("kosten") ? PricedWord.withItem(a, asked, PRICE_WORDS)
        : kind.equals("betaalwijze") ? OwnNameWords.without(a, asked) : asked;
    Optional<Written> entry = kind.equals("kosten") ? EntryPrice.of(a, words) : Optional.empty();
    if (entry.isPresent()) {
      return entry;
    }
    Predicate<String> hasWords = sentence -> descriptions.hasAll(sentence, words);
    Predicate<String> hasValue = sentence -> value.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    // (not "... € 4,20 en poffertjes voor de kinderen" for the poffertjes)
    Predicate<String> priced = sentence -> !kind.equals("kosten") || PricedWord.prices(sentence, words, descriptions);
    Predicate<String> gives = hasWords.and(hasValue).and(priced);
    // "wat kost de entree?" when "entree" names a topic: the day's price of entry, not a session's
    boolean named = a.selection().named() && !a.query().all(Condition.About.class).stream()
        .allMatch(c -> PRICE_WORDS.contains(c.entity().text()));
    // a question that names no session and no word of a description is about the day ("wat kost het?")
    // ("wat kost een drankje na afloop?": "na afloop" says which drink, not a time after which to look)
    List<Session> shown = a.selection().sessions().isEmpty() ? a.selection().subject() : a.selection().sessions();
    // ("kan ik pinnen?" names no session: any sentence of the day's parts that says how one pays; not when the way
    // was read into a name the programme lacks, "kan ik in de kantine pinnen?")
    boolean anyPart = kind.equals("betaalwijze") && a.query().hasDetail(nl.dagwijzer.nlu.PropertyWords.ANYWHERE);
    List<Session> among = named ? shown : words.isEmpty() && !anyPart ? List.of() : a.programme().sessions();
    // "broodje prijs?" where "broodje" names the lunch: its sentence that says "broodje", before any other price
    List<String> said = a.query().all(Condition.About.class).stream().map(about -> about.entity().text())
        .filter(text -> text.length() >= 4 && !text.contains(" ")).toList();
    // "wat kost het schoolreisje?" names nothing but the day: a sentence of the day that prices something ("Geef
    // maximaal €5 zakgeld mee" does not)
    Predicate<String> ofTheDay = !words.isEmpty() || !kind.equals("kosten") ? gives
        : gives.and(sentence -> PRICED.matcher(sentence.toLowerCase(Locale.ROOT)).find());
    // "krijgen bob's gratis drinken?": a topic named says it in its own explanation before any session it belongs to
    // (not beside a session named: "wat kost gitaarles als je geen cultuurfonds hebt?" asks the lesson's price)
    // (nor a topic named by a word for the price itself, "entree": the day's own price of entry first)
    boolean onlyTopic = a.query().all(Condition.About.class).stream()
        .noneMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION || PRICE_WORDS.contains(c.entity()
        .text()));
    Optional<Written> explained = !onlyTopic ? Optional.empty() : a.selection().topics().stream()
        .flatMap(t -> DescriptionIndex.sentences(t.explanation()).stream().filter(hasValue).findFirst()
            .map(sentence -> t.name() + ": " + sentence).stream())
        .findFirst().map(Written::text);
    // "is de toegang tot de molens gratis?" of a series: the day's "Toegang tot alle molens is gratis" first
    List<Condition.About> abouts = a.query().all(Condition.About.class);
    List<String> series = named && !abouts.isEmpty() && abouts.stream().allMatch(c -> c.entity().id()
        .startsWith(nl.dagwijzer.nlu.SeriesNames.ID_PREFIX)) ? said : List.of();
    Optional<Written> given = explained.isPresent() ? explained
        : (named ? series.isEmpty() ? Optional.<Written>empty() : Descriptions.ofDay(a, gives.and(sentence ->
            descriptions.hasAll(sentence, series))) : Descriptions.ofDay(a, ofTheDay))
        .or(() -> said.isEmpty() ? Optional.empty() : Descriptions.firstSaying(among,
            gives.and(sentence -> said.stream().anyMatch(t -> descriptions.hasAll(sentence, List.of(t))))))
        .or(() -> Descriptions.firstSaying(among, gives))
        .or(() -> named || !words.isEmpty() || !kind.equals("kosten") ? Optional.empty() : FreeForAge.anywhere(a));
    if (given.isEmpty() && !words.isEmpty()) {
      // "wat kost het huren van een instrument?": "Een huurinstrument ... kost € 17,50 per maand"
      // (the question's "betaal" is no word such a sentence must have: "Nieuwe ritsen zijn te koop vanaf € 2")
      List<String> unpaid = words.stream().filter(w -> !w.startsWith("betaal")).toList();
      Predicate<String> loosely = sentence -> !unpaid.isEmpty() && hasValue.and(priced).test(sentence)
          && loose(descriptions.normalised(sentence), unpaid);
      given = (named ? Optional.<Written>empty() : Descriptions.ofDay(a, loosely))
          .or(() -> Descriptions.firstSaying(among, loosely))
          .or(() -> named ? Optional.empty() : Descriptions.ofTopics(a, gives)); // "wat kost zo'n munt?"
    }
    if (given.isEmpty() && !words.isEmpty() && kind.equals("kosten")) {
      // "wat kost de smartphone worksop?": the sessions of one title with the words ("Workshop smartphonefotografie")
      List<Session> titled = (named ? shown : a.programme().sessions()).stream().filter(s -> words.stream()
          .allMatch(s.title().toLowerCase(Locale.ROOT)::contains)).toList();
      given = titled.stream().map(Session::title).distinct().count() == 1 ? Descriptions.firstSaying(titled, hasValue)
          : Optional.empty();
    }
    if (given.isPresent()) {
      return given;
    }
    Optional<Written> unpriced = named && kind.equals("kosten") ? PricedWord.unpriced(a, words, shown, hasWords)
        : Optional.empty(); // "wat kost een minifiguur op de markt?" where the market names them without a price
    if (unpriced.isPresent()) {
      return unpriced;
    }
    // "wat kost een lamsbout op de markt?" when no text speaks of one: not another price of the market
    Optional<String> unsaid = kind.equals("kosten") ? Unsaid.word(a, words) : Optional.empty();
    if (unsaid.isPresent()) {
      return Optional.of(Written.text(NOT_GIVEN.get(kind) + " niet in het programma: over ‘" + unsaid.get()
          + "’ zegt het niets."));
    }
    Optional<Written> elsewhere = named ? NamedElsewhere.sentence(a, shown, hasWords, hasValue) : Optional.empty();
    if (elsewhere.isPresent()) {
      return elsewhere;
    }
    // (a price so found must be an amount: "Eten en drinken zijn niet gratis" prices no broodje)
    Optional<Written> loosest = AllButOne.sentence(a, named && a.selection().explicitSessions() ? shown : List.of(),
        words, kind.equals("kosten") ? s -> AMOUNT.matcher(s.toLowerCase(Locale.ROOT)).find() : hasValue);
    if (loosest.isPresent()) {
      return loosest;
    }
    // "wat kost kaarsen rollen voor mijn kinderen?": the one price the session named gives, for whomever it is
    // ("is het kijken bij het scheren gratis?": whether one pays, so its "Gratis." too)
    Pattern ownPrice = value == PAID ? MONEY : AMOUNT;
    Optional<Written> own = named && a.selection().explicitSessions() && kind.equals("kosten")
        ? Descriptions.firstSaying(shown, s -> ownPrice.matcher(s.toLowerCase(Locale.ROOT)).find()) : Optional.empty();
    if (own.isPresent()) {
      return own;
    }
    Optional<String> joined = kind.equals("link") ? joinedAt(hasValue) : Optional.empty();
    if (joined.isPresent()) {
      return Optional.of(Written.text(joined.get()));
    }
    // only a sentence with the asked words is worth showing instead; any sentence of a named session is not
    Optional<Written> near = words.isEmpty() ? Optional.empty()
        : (named ? Optional.<Written>empty() : Descriptions.ofDay(a, hasWords))
        .or(() -> Descriptions.firstSaying(among, hasWords));
    return Optional.of(Written.text(NOT_GIVEN.get(kind) + " niet in het programma."
        + near.map(w -> " Wel dit:\n" + w.text()).orElse("")));
  }

  /** Whether {@code normal} has every word, in its own forms ({@link LooseWords}), a compound by its last part. */
  private static boolean loose(String normal, List<String> words) {
    return words.stream().allMatch(w -> LooseWords.has(normal, w) || LooseWords.head(normal, w).isPresent());
  }

  /** The clause of {@code text} (split at ";") with a word the question named, or all of it. */
  private String partAbout(String text, Pattern value) {
    List<String> asked = new java.util.ArrayList<>(a.query().all(Condition.About.class).stream()
        .map(c -> c.entity().text()).toList());
    a.query().textWords().stream().filter(w -> !w.equals("gratis"))
        .filter(w -> !PayWays.ANY.matcher(w).matches()).forEach(asked::add); // the way asked is no place
    // "kan ik pinnen bij de tweedehandskraam?": the clause about that stand, "bij de tweedehandskraam alleen contant"
    // the sentence, not the "uit de beschrijving van ‘X’:" before it, whose title names what was asked anyway
    int quoted = text.indexOf(": ");
    String sentence = text.startsWith("uit de beschrijving") && quoted > 0 ? text.substring(quoted + 2) : text;
    asked.removeIf(PRICE_WORDS::contains); // "entree" asks the price, it does not say whose
    List<String> clauses = List.of(sentence.split(";|,\\s+"));
    Predicate<String> about = clause -> asked.stream()
        .anyMatch(w -> w.length() >= 4 && clause.contains(w.substring(0, Math.min(w.length(), 6))));
    Predicate<String> priced = clause -> value.matcher(clause).find();
    // "Meedoen is gratis; schrijf je team in bij de quizmaster": of the quiz, the clause that says what it costs,
    // when no clause both names what was asked and gives a price
    List<String> pricedOnly = clauses.stream().filter(priced).toList();
    // "is het gratis voor kinderen onder de 4?": of "kinderen t/m 12 jaar 4 euro" and "kinderen onder 4 jaar
    // gratis", the narrowest whose ages hold all those asked
    Optional<AgeRanges.Range> ages = AgeRanges.anyAsked(a.query());
    Optional<String> forAges = ages.flatMap(span -> clauses.stream().filter(about.and(priced))
        .filter(c -> AgeRanges.in(c).filter(r -> r.youngest() <= span.youngest() && span.oldest() <= r.oldest())
            .isPresent())
        .min(java.util.Comparator.comparingLong(c -> AgeRanges.in(c).map(r -> (long) r.oldest() - r.youngest())
            .orElse(Long.MAX_VALUE))));
    return forAges.or(() -> clauses.stream().filter(about.and(priced)).findFirst())
        .or(() -> pricedOnly.size() == 1 ? Optional.of(pricedOnly.get(0)) : Optional.empty())
        .or(() -> clauses.stream().filter(about).findFirst())
        .orElse(sentence);
  }

  /** Whether the first number the sentence gives with a unit is more ({@code >5}) or less ({@code <5}) than asked. */
  private static boolean beyond(String sentence, String compared) {
    java.util.regex.Matcher size = SIZE.matcher(sentence.toLowerCase(Locale.ROOT));
    if (!size.find() || !size.group(1).matches("\\d+([.,]\\d+)?")) {
      return false;
    }
    double given = Double.parseDouble(size.group(1).replace(',', '.'));
    double asked = Double.parseDouble(compared.substring(1));
    return compared.charAt(0) == '>' ? given > asked : given < asked;
  }

  /** Where to join when no description gives a link: the rooms asked about, or the day's venue, that are one. */
  private Optional<String> joinedAt(Predicate<String> isLink) {
    Optional<String> room = a.selection().sessions().stream().flatMap(s -> s.room().stream()).distinct()
        .filter(isLink).findFirst();
    if (room.isPresent()) {
      String line = DutchText.capitalise(DutchText.name(a.selection().sessions().get(0))) + ": " + room.get();
      return Optional.of(line + Descriptions.closing(line));
    }
    return a.programme().event().venue().filter(v -> isLink.test(v.address()) || isLink.test(v.name()))
        .map(v -> a.programme().event().title() + ": " + v.name() + ", " + v.address())
        .map(line -> line + Descriptions.closing(line));
  }
}
