package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "wat kost optie A?", "hoe hoog worden de windturbines?", "in welke taal is het webinar?": a question about a
 * property that only a number with its unit, an amount or a language can answer. A description that names the thing
 * without that value does not answer it, and the reply must say so rather than quote the sentence as if it did.
 */
public final class PropertyWords {
  /** The kinds, as {@link Detail#property()} gives them. */
  static final String COST = "kosten";
  static final String SIZE = "maat";
  static final String LANGUAGE = "taal";
  static final String FORMAT = "formaat";
  static final String PERCENT = "procent";
  static final String FLOOR = "verdieping";
  static final String LINK = "link";
  /** "hoe oud is de kerk?": how old a thing or a person is. */
  static final String AGE = "ouderdom";
  /** People whose ages a day sets: "hoe oud zijn de deelnemers?" asks the ages that may take part. */
  private static final Set<String> TAKING_PART = Set.of("deelnemers", "kinderen", "kids", "spelers", "leerlingen",
      "jongeren", "lopers", "rijders", "bezoekers", "doelgroep", "jeugd", "je", "jij", "u", "ik", "we", "wij", "mijn",
      "onze", "minimaal", "minimum", "maximaal", "moet", "moeten", "mag", "mogen");
  /** "kan ik pinnen bij de bar?", "hoe betaal je bij de kraampjes?": how one pays, with the way asked about. */
  static final String PAY_METHOD = "betaalwijze";

  /** Nouns that ask a size: "welke hoogte", "wat is de afstand" takes "de" between and is read elsewhere. */
  public static final Set<String> DIMENSIONS = Set.of("hoogte", "afstand", "lengte", "breedte", "diepte", "grootte",
      "oppervlakte");
  static final Set<String> PAY = Set.of("kost", "kosten", "betaal", "betaalt", "betalen");
  private static final Set<String> MONEY = Set.of("euro", "euros", "geld", "prijs", "kosten", "bijdrage", "contributie",
      "vergoeding", "bedrag", "subsidie", "boete", "budget", "tekort", "entree", "entreeprijs", "toegangsprijs");
  private static final Set<String> MEASURE = Set.of("hoog", "hoge", "groot", "grote", "breed", "brede", "diep",
      "zwaar", "ver");
  private static final Set<String> UNITS = Set.of("meter", "meters", "hectare", "kilometer", "kilometers", "km",
      "vierkante", "kilo", "kilos", "liter", "ton", "centimeter", "cm");
  private static final Set<String> RATE = Set.of("procent", "rente", "percentage");
  /** "langer dan 5 kilometer": more than ({@code >}) or less than ({@code <}) the number. */
  private static final java.util.Map<String, String> COMPARED = java.util.Map.of("langer", ">", "groter", ">",
      "hoger", ">", "verder", ">", "meer", ">", "korter", "<", "kleiner", "<", "lager", "<", "minder", "<");
  /** "wat is de link van breakout 2?", "waar kan ik inloggen?": where to join online. */
  private static final Set<String> LINKS = Set.of("link", "links", "url", "inloglink", "teamslink", "zoomlink",
      "weblink", "deelnamelink", "meetinglink");
  /** "waar kan ik inloggen?" asks where to join, "vanaf hoe laat kan ik inloggen?" when. */
  private static final Set<String> JOINING = Set.of("inloggen", "inbellen", "aanmelden");

  /** The ways to pay a question may name, each with the one word the answer looks for. */
  static final java.util.Map<String, String> PAY_WAYS = java.util.Map.of("contant", "contant", "cash",
      "contant", "pinnen", "pin", "pin", "pin", "pinpas", "pin", "tikkie", "tikkie", "creditcard", "creditcard",
      "ideal", "ideal");

  /** The words that ask for the property, which a sentence giving it need not have. */
  private static final Set<String> CUES = java.util.stream.Stream.of(PAY, MONEY, MEASURE, UNITS, RATE, LINKS,
      Set.of("taal", "talen", "formaat"), PAY_WAYS.keySet()).flatMap(Set::stream)
      .collect(java.util.stream.Collectors.toSet());

  private PropertyWords() {
  }

  /**
   * The property asked for, and what it is asked of: the sessions and topics named (also when the question was read
   * as out of scope) and the words of things the programme does not name ("wat kost een broodje?"), which a sentence
   * giving the value must have too.
   */
  static List<Condition> conditions(String kind, List<Entity> entities, List<Condition> read, List<String> tokens) {
    if (kind.equals(AGE) && entities.stream().anyMatch(e -> e.type() == EntityType.SPEAKER)) {
      return List.of(); // "hoe oud is Bart Kuijpers?": a person's age, which no programme gives
    }
    List<Condition> added = new java.util.ArrayList<>();
    added.add(Detail.property(kind));
    if (kind.startsWith(PAY_METHOD) && !placed(tokens)) {
      added.add(new Detail(ANYWHERE)); // "kan ik pinnen?", not "kan ik in de kantine pinnen?"
    }
    // "wat kost parkeren?": a practical matter is what the price must be of, though no entity names it
    tokens.stream().filter(PropertyWords::practical)
        .filter(t -> read.stream().noneMatch(c -> c instanceof Detail d && d.text().filter(t::equals).isPresent()))
        .distinct().forEach(t -> added.add(Detail.text(t)));
    for (Entity entity : entities) {
      boolean named = entity.type() == EntityType.SESSION || entity.type() == EntityType.TOPIC
          || entity.type() == EntityType.PART;
      // not a session the reading left out for a series of the same word ("spreekuren")
      boolean ofSeries = read.stream().anyMatch(c -> c instanceof Condition.About about
          && SeriesNames.isSeries(about.entity()) && about.entity().text().equals(entity.text()));
      if (named && !ofSeries && read.stream().noneMatch(c -> c instanceof Condition.About about
          && about.entity().equals(entity))) {
        added.add(new Condition.About(entity));
      } else if (entity.type() == EntityType.UNKNOWN && (entity.id().startsWith("thing:")
          || entity.id().startsWith("word:") && !CUES.contains(entity.text()))) {
        added.add(Detail.text(entity.text()));
      }
    }
    return added;
  }

  /** "kan ik pinnen?": how one pays asked of no place in particular. */
  public static final String ANYWHERE = "betalen-overal";
  private static final Set<String> AT = Set.of("in", "bij", "aan", "op");

  /** Whether the question puts what it asks somewhere: "in de kantine", "bij de foodtrucks", "aan de bar". */
  private static boolean placed(List<String> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (AT.contains(tokens.get(i)) && (tokens.get(i + 1).equals("de") || tokens.get(i + 1).equals("het"))) {
        return true;
      }
    }
    return false;
  }

  static Optional<String> of(List<String> tokens) {
    if (thingAged(tokens)) {
      return Optional.of(AGE); // "hoe oud is het gemaal?": its age, not the ages that may take part
    }
    // ("hoe lang duurt het nog voor de 10 km start?": a time that lasts, whatever unit the name has)
    if (tokens.contains("lang") && tokens.stream().anyMatch(UNITS::contains) && !tokens.contains("duurt")
        && !tokens.contains("duren") && !tokens.contains("nog")) {
      return Optional.of(SIZE); // "hoe lang is de route in kilometers?" asks a distance, not a duration
    }
    int site = tokens.indexOf("website");
    if (tokens.stream().anyMatch(LINKS::contains) || tokens.stream().anyMatch(JOINING::contains)
        && (tokens.contains("waar") || tokens.contains("hoe") && !tokens.contains("laat"))
        || site > 0 && tokens.get(site - 1).equals("welke")) { // "op welke website kan ik me aanmelden?"
      return Optional.of(LINK);
    }
    if ((tokens.contains("verdieping") || tokens.contains("etage") || tokens.contains("begane"))
        && !tokens.contains("dezelfde") && !tokens.contains("zelfde")) {
      // "op welke verdieping is de studiezaal?", "is de debatzaal op de begane grond?" (that floor, to compare)
      int ordinal = tokens.indexOf("verdieping") - 1;
      String asked = tokens.contains("begane") ? "begane grond" : ordinal >= 0 && !tokens.get(ordinal).equals("welke")
          && !tokens.get(ordinal).equals("de") ? tokens.get(ordinal) + " verdieping" : "";
      return Optional.of(FLOOR + (asked.isEmpty() ? "" : ":" + asked));
    }
    if (PriceAsked.leadsWithPrice(tokens)) {
      return Optional.of(COST); // ("wat moet ik betalen voor de masterclass?" asks its price as "wat betaal ik" does)
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String word = tokens.get(i);
      String next = tokens.get(i + 1);
      if ((word.equals("wat") || word.equals("hoeveel")) && PAY.contains(next)
          || word.equals("hoe") && next.equals("duur") || word.equals("hoeveel") && MONEY.contains(next)) {
        return Optional.of(COST);
      }
      if (word.equals("hoeveel") && (next.equals("is") || next.equals("bedraagt")) && tokens.subList(i + 2,
          Math.min(tokens.size(), i + 4)).stream().anyMatch(PropertyWords::moneyNoun)) {
        return Optional.of(COST); // "hoeveel is het inschrijfgeld voor de 5 km?": an amount, not a count
      }
      if (word.equals("wat") && i == 0 && (tokens.contains("kosten") || tokens.contains("kost"))) {
        return Optional.of(COST); // "wat gaat de herinrichting van het plein kosten?"
      }
      if (word.equals("hoeveel") && i == 0 && tokens.contains("betalen") && (Set.of("moet", "moeten").contains(next)
          || i + 2 < tokens.size() && Set.of("moet", "moeten").contains(tokens.get(i + 2)))) {
        return Optional.of(COST); // "hoeveel moet ik betalen voor de curling?", "hoeveel borg moet je betalen?"
      }
      if (word.equals("hoeveel") && (RATE.contains(next) || next.equals("korting"))
          || word.equals("welk") && next.equals("percentage")) {
        return Optional.of(PERCENT); // "hoeveel korting krijg je?": the percentage the text gives
      }
      if (word.equals("hoe") && MEASURE.contains(next)) {
        // "hoe hoog is de bijdrage?" asks an amount, "hoe hoog is de rente?" a rate, "hoe hoog is de toren?" a size
        return Optional.of(tokens.stream().anyMatch(MONEY::contains) ? COST
            : tokens.stream().anyMatch(RATE::contains) ? PERCENT : SIZE);
      }
      if (word.equals("hoeveel") && UNITS.contains(next)
          || word.equals("welke") && DIMENSIONS.contains(next) && i > 0
          && Set.of("vanaf", "op", "tot", "uit", "van", "met", "over").contains(tokens.get(i - 1))) {
        // "vanaf welke hoogte springen ze?": a size, in a unit ("welke afstand is het duurst?" asks which race)
        return Optional.of(SIZE);
      }
      // "is de route langer dan 5 kilometer?": the size, against that number
      if (word.equals("dan") && i > 0 && COMPARED.containsKey(tokens.get(i - 1)) && next.matches("\\d+")
          && i + 2 < tokens.size() && UNITS.contains(tokens.get(i + 2))) {
        return Optional.of(SIZE + ":" + COMPARED.get(tokens.get(i - 1)) + next);
      }
      if (word.equals("welke") && (next.equals("taal") || next.equals("talen"))) {
        return Optional.of(LANGUAGE);
      }
      if (word.equals("welk") && next.equals("formaat")) {
        return Optional.of(FORMAT);
      }
    }
    Optional<String> way = tokens.stream().filter(PAY_WAYS::containsKey).findFirst().map(PAY_WAYS::get);
    if (way.isPresent() || tokens.contains("hoe") && tokens.stream().anyMatch(PAY::contains)
        && !tokens.contains("veel") && !tokens.contains("duur")) {
      return Optional.of(PAY_METHOD + way.map(w -> ":" + w).orElse("")); // "kan ik contant betalen?"
    }
    // "moet ik betalen voor de quiz?", "kost meedoen geld?": whether there is an amount to pay, which "gratis" denies
    int first = QuestionForm.firstWord(tokens);
    // ("kost het wat?", "kost dat iets?": the same in chat style)
    boolean costsMoney = first < tokens.size() && PAY.contains(tokens.get(first)) && (tokens.contains("geld")
        || tokens.contains("iets") || tokens.get(tokens.size() - 1).equals("wat"));
    boolean yesNo = YesNoForm.isYesNo(tokens);
    if ((costsMoney || yesNo) && tokens.stream().anyMatch(PAY::contains)) {
      return Optional.of(COST + ":" + TO_PAY);
    }
    // "is de poppenkast gratis?": the same, turned around
    // (not "is er gratis wifi?", whether there is such a thing)
    // ("massage gratis?": the same in chat style, a thing and the word alone)
    if ((yesNo || !tokens.isEmpty() && tokens.size() <= 3 && tokens.get(tokens.size() - 1).equals("gratis"))
        && tokens.contains("gratis") && (tokens.size() <= 8 || tokens.size() <= 10 && agedPerson(tokens))
        && !tokens.contains("er")) { // (longer when for whom is said: "... voor mijn kind van 2?")
      return Optional.of(COST + ":" + FREE);
    }
    // "koffie prijs?", "penalty kosten?", "kosten?": a price asked in chat style, a thing and the word alone
    if (tokens.size() <= 3 && tokens.stream().anyMatch(t -> CHAT_PRICE.contains(t) || moneyCompound(t))
        && tokens.stream().noneMatch(CueWords.QUESTION_WORDS::contains)) {
      return Optional.of(COST);
    }
    // "kinderkaartje hoeveel?": how much a ticket is, the question word last
    if (!tokens.isEmpty() && tokens.size() <= 3 && tokens.get(tokens.size() - 1).equals("hoeveel")
        && tokens.stream().anyMatch(t -> t.endsWith("kaartje") || t.endsWith("kaartjes") || t.endsWith("ticket")
            || t.endsWith("tickets") || t.equals("entree") || t.equals("toegang"))) {
      return Optional.of(COST);
    }
    // "wat is het inschrijfgeld?", "inschrijfgeld?": a word for an amount to pay is the price asked
    if (tokens.size() >= 4 && tokens.get(0).equals("wat")
        && (tokens.get(1).equals("is") || tokens.get(1).equals("zijn"))
        && (tokens.get(2).equals("het") || tokens.get(2).equals("de")) && moneyCompound(tokens.get(3))) {
      return Optional.of(COST);
    }
    return Optional.empty();
  }

  /** "parkeren", "wifi": a practical matter whose price may be asked, no word that asks the price itself. */
  static boolean practical(String token) {
    return CueWords.SERVICES.contains(token) && !CUES.contains(token) && !token.startsWith("kost");
  }

  /** Words of a programme that speaks of prices: then it can say whether one pays. */
  static final Set<String> PRICES = Set.of("gratis", "euro", "kosteloos", "inbegrepen");

  /** "voor mijn kind van 2", "voor mijn dochter van 3": a person with an age, for whom the price is asked. */
  private static boolean agedPerson(List<String> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).equals("van") && tokens.get(k + 1).matches("\\d{1,2}")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "kost meedoen geld?" asks yes or no when the programme speaks of prices ({@code programmeWords}), "wat kost een
   * kom soep?" what it costs, and "kan ik pinnen bij de bar?" yes or no when it names a way to pay; else each stays a
   * question the programme cannot answer.
   */
  /** "hoe oud is de oude kerk?", "hoe oud is Tom Verhoef?", not "hoe oud zijn de kinderen bij de workshop?". */
  private static boolean thingAged(List<String> tokens) {
    return tokens.size() >= 4 && tokens.get(0).equals("hoe") && tokens.get(1).equals("oud")
        && Set.of("is", "zijn", "was", "waren").contains(tokens.get(2))
        && tokens.stream().noneMatch(TAKING_PART::contains);
  }

  private static final Set<String> CHAT_PRICE = Set.of("prijs", "kosten", "kost", "tarief", "prijzen", "entree");

  /** Prices by another name than "prijs", whose compounds are mostly prizes ("publieksprijs"). */
  private static final Set<String> PRICE_COMPOUNDS = Set.of("entreeprijs", "toegangsprijs", "deelnameprijs",
      "ticketprijs", "kaartprijs");

  /** "inschrijfgeld", "deelnamekosten", "entreeprijs": one word for an amount to pay, which no sentence need have. */
  public static boolean moneyCompound(String word) {
    return word.length() >= 8 && (word.endsWith("geld") || word.endsWith("kosten")) || PRICE_COMPOUNDS.contains(word);
  }

  /** A word that names money to pay ("entreegeld", "eigen bijdrage"), so the question is whether one pays. */
  private static boolean moneyNoun(String word) {
    return MONEY.contains(word) || word.endsWith("geld") || word.endsWith("prijs") || word.endsWith("kosten")
        || word.endsWith("bijdrage");
  }

  /** What a yes/no question of {@link #COST} compares with: whether one pays at all. */
  static final String TO_PAY = "betalen";
  /** What a yes/no question of {@link #COST} compares with: whether it is free. */
  static final String FREE = "gratis";

}
