package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "wat moet ik meenemen naar tafel A?", "moet ik iets meenemen?": the sentence of a description that says what to
 * bring ("Neem je laatste energierekening mee."), of the sessions asked about, or the one session that says it; the
 * same for an age ("voor welke leeftijd is de kinderhoek?": "Voor kinderen van 4 tot 12 jaar.").
 */
final class BringAlong {
  /** "Neem je werkboek mee", "meebrengen", "je hoeft niets mee te nemen"; not "de gemeente neemt contact op". */
  private static final Pattern BRING = Pattern.compile(
      "(?iu)\\b(meenemen|meebrengen|mee te (nemen|brengen)|(neem|neemt|breng|brengt)\\b"
      + "(?!\\s+(je|u|jullie|ons)\\s+mee\\b).*\\bmee)\\b"); // ("het hoofd beveiliging neemt je mee door het cellencomplex" leads, it asks nothing)
  /** A sentence that allows or forbids something: "is alleen toegestaan op de tribune", "zijn niet welkom". */
  private static final Pattern PERMITS = Pattern.compile("(?iu)\\b(toegestaan|welkom|verboden)\\b");
  /** "voor kinderen van 4 tot 12 jaar", "vanaf 8 jaar": an age a description gives. */
  private static final Pattern AGE = Pattern.compile("(?iu)\\b\\d{1,2}\\s*(tot|t/m|-|en)?\\s*(\\d{1,2}\\s*)?jaar\\b");
  /** The same, with the word before the first age ("vanaf", "tot") and each age as a group. */
  private static final Pattern AGES = Pattern.compile(
      "(?iu)(\\p{L}+\\s+)?(\\d{1,2})\\s*(?:tot|t/m|-|en)?\\s*(\\d{1,2})?\\s*jaar");
  /** What is there for the attendee, so need not be brought. */
  private static final Pattern PROVIDED = Pattern.compile("(?iu)\\b((ligt|liggen|staat|staan) (\\p{L}+ )?klaar"
      + "|krijg je|krijgt u|krijgen jullie|(wordt|worden) (\\p{L}+ )?(verzorgd|uitgedeeld|geleverd|verstrekt|"
      + "uitgeleend)|te leen|(hoef|hoeft) (je |u )?(niets|niks|geen|niet)|zorgen (wij|we) voor|is aanwezig"
      + "|zijn aanwezig|beschikbaar|(zijn|is) er( ook| genoeg| voldoende)?(?=\\s*([.;,]|$)))\\b");
  /** "je hoeft niets mee te nemen", "neem niks mee": nothing to bring at all. */
  private static final Pattern NOTHING = Pattern.compile("(?iu)\\b(hoef|hoeft|hoeven) (je |u |jullie )?(niets|niks)\\b"
      + "|\\b(niets|niks) (mee|meenemen|meebrengen)\\b");
  /** "U hoeft geen yogamat mee te nemen": something one need not bring. */
  private static final Pattern NEEDLESS = Pattern.compile(
      "(?iu)\\b(hoef|hoeft|hoeven) (je |u |jullie )?(niets|niks|geen|niet)\\b");
  /** "Neem je eigen gitaar mee als je die hebt; er zijn ook leengitaren": welcome, not required. */
  private static final Pattern OPTIONAL = Pattern.compile("(?iu)\\bals (je|u) (die|het|dat|ze|er een|er één) (hebt|heeft)"
      + "\\b|\\bindien aanwezig\\b|\\bleen\\p{L}{4,}");
  private static final Pattern CLAUSES = Pattern.compile("[;:]|,\\s+(?=(maar|en|want|dus)\\b)");
  private static final Pattern POINTING_BACK = Pattern.compile("(?iu)^\\s*(die|deze|dat|ze|hij)\\b");
  private static final nl.dagwijzer.nlu.TextNormaliser NORMALISER = new nl.dagwijzer.nlu.TextNormaliser();
  /** Words for one's own food: "mag ik mijn eigen lunch meenemen?" where it says "Je eigen picknick meenemen mag". */
  private static final java.util.Set<String> MEALS = java.util.Set.of("lunch", "picknick", "eten", "brood",
      "boterham", "boterhammen", "lunchpakket", "broodjes");
  /** More sentences than this say things to bring for too many different parts to list them all. */
  private static final int MOST = 4;

  private final Answering a;

  BringAlong(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<String> asked = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith("meenemen") || w.startsWith("leeftijd")).findFirst();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    if (asked.get().startsWith("leeftijd:") && a.query().asked() == Asked.LIST) {
      return Optional.empty(); // "wat doen de kinderen van 5 in het bos?": the sessions for that age
    }
    Pattern wanted = asked.get().startsWith("leeftijd") ? AGE : BRING;
    // "mag ik mijn hond meenemen?": only a sentence about the dog answers that
    String after = asked.get().contains(":") ? asked.get().substring(asked.get().indexOf(':') + 1) : "";
    String object = wanted == BRING ? after : "";
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    List<Session> pool = named.isEmpty() ? a.programme().sessions() : named;
    List<String> found = new java.util.ArrayList<>();
    List<Session> sources = new java.util.ArrayList<>();
    // "mag mijn dochter van 12 meedoen?" of a race in age groups ("Groep 1: 3 t/m 5 jaar", ..., "Groep 3: 9 t/m 12
    // jaar"): the group of that age first
    Optional<Integer> age = wanted == AGE && after.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(after))
        : Optional.empty();
    for (Session session : pool) {
      List<String> sentences = DescriptionIndex.sentences(session);
      if (age.isPresent() && ageGroups(sentences)) {
        sentences = java.util.stream.Stream.concat(sentences.stream().filter(t -> AgeRanges.in(t)
            .filter(r -> r.youngest() > 0).isPresent() && fits(t, age.get())), sentences.stream()).toList();
      }
      if (age.isPresent()) {
        // "Kinderen onder de 6 jaar hebben geen toegang" for a child of 4, before the ages of those who play (not
        // "kinderen onder de 12 jaar mogen niet meerijden" for someone of 19 who asks to drive)
        int years = age.get();
        sentences = java.util.stream.Stream.concat(sentences.stream().filter(t -> AgeRanges.bars(t)
            && AgeRanges.in(t).filter(r -> r.holds(years)).isPresent()), sentences.stream()).toList();
      }
      if (wanted == BRING && a.query().asked() != Asked.YESNO) { // what to bring, not what one need not bring
        sentences = sentences.stream().filter(t -> !NEEDLESS.matcher(t).find()).toList();
      }
      for (String sentence : sentences) {
        // ("Eigen eten en drinken is alleen toegestaan op de tribune" says whether one may bring food, too)
        boolean permits = !object.isEmpty() && PERMITS.matcher(sentence).find();
        if ((wanted.matcher(sentence).find() || permits || wanted == AGE && AgeRanges.in(sentence).isPresent())
            && (object.isEmpty() || DescriptionIndex.mentions(NORMALISER.tokens(sentence), object)
            || MEALS.contains(object) && NORMALISER.tokens(sentence).stream().anyMatch(MEALS::contains))) {
          // a workshop given three times says it three times: once is enough
          if (!found.contains(sentence)) {
            found.add(sentence);
            sources.add(session);
          }
          break;
        }
      }
    }
    if (wanted == AGE && found.size() > 1 && AgeRanges.alike(found)
        && !a.query().hasDetail(nl.dagwijzer.nlu.AccompanyAsked.ALONE)) {
      // "vanaf welke leeftijd mag je mee op rondleiding?" of five tours that each say "minimumleeftijd 8 jaar" in
      // their own words: one of them says it for all (whether a child may go alone is not the age's to say)
      found.subList(1, found.size()).clear();
      sources.subList(1, sources.size()).clear();
    }
    Session from = sources.isEmpty() ? null : sources.get(0);
    if (found.isEmpty() && wanted == BRING && a.query().asked() == Asked.YESNO && !named.isEmpty()
        && named.stream().allMatch(s -> s.kind() == nl.dagwijzer.programme.SessionKind.BREAK)) {
      return Optional.of(mealsProvided(named, object)); // "moet ik zelf eten meenemen?" on a day with meals
    }
    if (found.size() >= 2 && found.size() <= 3 && !object.isEmpty() && a.query().asked() == Asked.YESNO) {
      // "moet ik een laptop meenemen?" when two sessions say so: yes, and for which
      List<String> quotes = new java.util.ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        quotes.add(Descriptions.from(sources.get(i), found.get(i)));
      }
      return Optional.of(Written.text("Ja, " + String.join("\n" + "Ook ", quotes)).turningTo(sources));
    }
    if (found.size() >= 2 && found.size() <= MOST && object.isEmpty() && wanted == BRING
        && a.query().asked() != Asked.YESNO) {
      // "wat moet ik meenemen?" when the course evening's parts each say something to bring: each of them
      List<String> lines = new java.util.ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        lines.add("• " + DutchText.capitalise(Descriptions.from(sources.get(i), found.get(i))));
      }
      return Optional.of(Written.text("Om mee te nemen, volgens het programma:\n" + String.join("\n", lines))
          .turningTo(sources));
    }
    if (found.isEmpty() && wanted == BRING && !object.isEmpty() && a.query().asked() == Asked.YESNO) {
      // "moet ik werkhandschoenen meenemen?": "Werkhandschoenen liggen klaar."; "moet ik een identiteitsbewijs
      // meenemen?" where only the day says "Neem een geldig identiteitsbewijs mee"
      return provided(pool, object).or(() -> named.isEmpty() ? Descriptions.ofDay(a, t -> BRING.matcher(t).find()
          && DescriptionIndex.mentions(NORMALISER.tokens(t), object)).map(w -> Written.text((forbidden(w.text(),
          object) ? "Nee, " : "Ja, ") + DutchText.lowerFirst(w.text()))) : Optional.empty());
    }
    if (found.isEmpty() && named.isEmpty() && object.isEmpty() && wanted == BRING) {
      // "wat moet ik meenemen?" where only the day says it: "Neem een geldig identiteitsbewijs mee: ..."
      return Descriptions.ofDay(a, sentence -> BRING.matcher(sentence).find()).map(w -> a.query().asked()
          != Asked.YESNO ? w : Written.text((NOTHING.matcher(w.text()).find() ? "Nee, " : "Ja, ")
          + DutchText.lowerFirst(w.text())));
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    String quote = Descriptions.from(from, found.get(0));
    String answer = DutchText.capitalise(quote);
    if (a.query().asked() == Asked.YESNO && wanted == BRING) {
      // "moet ik mijn papieren meenemen?" against "Neem geen papieren mee.": no
      // ("moet ik een gitaar meenemen?" where it says "als je die hebt": not required; "mag ik mijn cv meenemen?"
      // where it says "als je dat hebt": welcome, a yes)
      boolean must = a.query().all(nl.dagwijzer.nlu.Detail.class).stream().noneMatch(d -> d.ability().isPresent());
      // ("een eigen traptrekker meenemen mag niet": the clause with the thing says no)
      boolean not = !object.isEmpty() && (noneOf(found.get(0), object) || providedIn(found.get(0), object)
          || forbidden(found.get(0), object)
          || must && OPTIONAL.matcher(found.get(0)).find())
          || object.isEmpty() && NOTHING.matcher(found.get(0)).find() // "moet ik iets meenemen?": "je hoeft niets"
          // "moet mijn zoon van 12 ook een id meenemen?" against "...; verplicht vanaf 14 jaar"
          || AgeRanges.given(a.query()).filter(y -> AgeRanges.in(found.get(0)).filter(r -> !r.holds(y)).isPresent())
          .isPresent();
      answer = (not ? "Nee, " : "Ja, ") + quote;
    } else if (a.query().asked() == Asked.YESNO && after.matches("\\d{1,3}")) {
      // (an age has at most three digits: "een kind van 123456789012" is no age to compare; "onder de 10" is a range,
      // "0-9", which one sentence may fit in part)
      // "mag een kind van 6 mee?" against "vanaf 8 jaar"
      answer = (fits(found.get(0), Integer.parseInt(after)) ? "Ja, " : "Nee, ") + quote;
    }
    return Optional.of(Written.text(answer)
        .turningTo(List.of(from)));
  }

  /**
   * No, with the sentence that says the thing is there for you ("Laptops staan klaar; je hoeft niets mee te nemen",
   * "Zwemvesten krijg je van ons"); nothing when no sentence with the thing says so.
   */
  private static Optional<Written> provided(List<Session> pool, String object) {
    return Descriptions.firstSaying(pool, sentence -> providedIn(sentence, object))
        .map(said -> new Written("Nee, " + DutchText.lowerFirst(said.text()), said.overview(), said.turnedTo()));
  }

  /**
   * Whether the clause of {@code sentence} with the thing, or the one after it that points back to it ("Iedereen draagt
   * een zwemvest; die krijg je van ons"), says it is there: not "Stroom is aanwezig; neem uw eigen laptop mee".
   */
  private static boolean providedIn(String sentence, String object) {
    String[] clauses = CLAUSES.split(sentence);
    for (int i = 0; i < clauses.length; i++) {
      if (DescriptionIndex.mentions(NORMALISER.tokens(clauses[i]), object)) {
        return PROVIDED.matcher(clauses[i]).find() || i + 1 < clauses.length
            && POINTING_BACK.matcher(clauses[i + 1]).find() && PROVIDED.matcher(clauses[i + 1]).find();
      }
    }
    return false;
  }

  /** Whether the sentence says to bring none of it: "geen" right before the thing ("Neem geen papieren mee"). */
  /** "een eigen traptrekker meenemen mag niet": the clause that brings the thing says no to it. */
  private static boolean forbidden(String sentence, String object) {
    // "Niet toegestaan op het terrein: drones, glazen flessen en honden": a forbidding head over the list after it
    java.util.regex.Matcher list = FORBIDDEN_LIST.matcher(sentence);
    if (list.find() && DescriptionIndex.mentions(NORMALISER.tokens(list.group(2)), object)) {
      return true;
    }
    return java.util.Arrays.stream(CLAUSES.split(sentence))
        .filter(clause -> (BRING.matcher(clause).find() || PERMITS.matcher(clause).find())
            && DescriptionIndex.mentions(NORMALISER.tokens(clause), object))
        .anyMatch(clause -> FORBIDDEN.matcher(clause).find());
  }

  private static final Pattern FORBIDDEN_LIST = Pattern.compile(
      "(?iu)^\\s*(niet toegestaan|verboden|niet welkom)[^:]*:(.*)$");
  private static final Pattern FORBIDDEN = Pattern.compile(
      "(?iu)\\b(mag|mogen|kan|kun|kunnen)\\s+(je\\s+|u\\s+)?niet\\b|\\bniet\\s+(toegestaan|mogelijk|welkom)\\b"
      + "|\\bverboden\\b");

  /**
   * Whether the sentences give two or more spans of age from one age to another that do not overlap: groups by age,
   * not a rule beside the ages ("Baby's jonger dan 2 jaar blijven bij hun ouder").
   */
  private static boolean ageGroups(List<String> sentences) {
    List<AgeRanges.Range> ranges = sentences.stream().flatMap(t -> AgeRanges.in(t).stream())
        .filter(r -> r.youngest() > 0).toList();
    return ranges.size() >= 2 && java.util.stream.IntStream.range(0, ranges.size()).allMatch(i -> java.util.stream
        .IntStream.range(i + 1, ranges.size()).noneMatch(j -> ranges.get(i).overlaps(ranges.get(j))));
  }

  /** A sentence that opens by turning the ages it names away: "Geen alcohol onder 18 jaar", "Niet onder 6". */
  private static final Pattern NO_AGES = Pattern.compile("(?iu)^\\s*(geen|niet)\\b[^,;:]*\\b(onder|jonger dan)\\s+\\d");

  private static boolean noneOf(String sentence, String object) {
    List<String> tokens = NORMALISER.tokens(sentence);
    for (int k = 0; k < tokens.size(); k++) {
      if (DescriptionIndex.mentions(List.of(tokens.get(k)), object)
          && (k >= 1 && tokens.get(k - 1).equals("geen") || k >= 2 && tokens.get(k - 2).equals("geen"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Nee, de lunch (12:30–13:15) en het diner (17:30–18:15) staan op het programma.", with the sentence of the day's
   * summary that names one of them ("ontbijt, lunch en diner worden verzorgd"); asked whether one may, that the
   * programme does not say, beside the meals.
   */
  private Written mealsProvided(List<Session> meals, String object) {
    List<String> names = meals.stream().map(DutchText::spanned).toList();
    // "mag ik zelf eten meenemen?" asks leave, which the meals on the programme do not give or refuse
    boolean leave = a.query().all(nl.dagwijzer.nlu.Detail.class).stream().anyMatch(d -> d.ability().isPresent());
    if (leave && !MEALS.contains(object) && !List.of("eten", "drinken", "vlees", "drank").contains(object)) {
      return Written.text("Of je " + object + " mag meenemen, staat niet in het programma."); // "mijn kinderen"
    }
    String said = leave ? "Of je zelf " + object + " mag meenemen, staat niet in het programma. Wel op het programma: "
        + DutchText.join(names) + "." : "Nee, " + DutchText.join(names) + (names.size() == 1 ? " staat" : " staan")
        + " op het programma.";
    java.util.Set<String> titleWords = new java.util.HashSet<>();
    meals.forEach(m -> titleWords.addAll(NORMALISER.tokens(m.title())));
    Optional<String> summary = DescriptionIndex.sentences(a.programme().event().summary()).stream()
        .filter(sentence -> NORMALISER.tokens(sentence).stream().anyMatch(titleWords::contains))
        .findFirst();
    return Written.text(said + summary.map(x -> " " + DutchText.capitalise(Descriptions.fromDay(x))).orElse(""))
        .turningTo(meals);
  }

  /** Whether {@code age} is within the ages the sentence gives: "4 tot 12 jaar", "vanaf 8 jaar", "18+". */
  private static boolean fits(String sentence, int age) {
    Optional<AgeRanges.Range> range = AgeRanges.in(sentence); // "3 tot en met 10 jaar", "18+"
    if (range.isPresent()) {
      // "Geen alcohol onder 18 jaar": the ages named are the ones turned away
      return range.get().holds(age) != (NO_AGES.matcher(sentence).find() || AgeRanges.bars(sentence));
    }
    java.util.regex.Matcher m = AGES.matcher(sentence);
    if (!m.find()) {
      return true;
    }
    int from = Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      return age >= from && age <= Integer.parseInt(m.group(3));
    }
    String before = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
    return before.equals("tot") || before.equals("onder") ? age <= from : age >= from;
  }
}
