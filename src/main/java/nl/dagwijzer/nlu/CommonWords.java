package nl.dagwijzer.nlu;

import java.util.Set;

/**
 * Ordinary Dutch words attendees use around their questions, so that they are not taken for a name that is missing
 * from the programme ("is er ook iets leuks voor beginners?" names nobody). Not a dictionary: the intent examples and
 * the programme's own texts add the rest.
 */
final class CommonWords {
  static final Set<String> WORDS = CueWords.words(
      "ervoor", "hiervoor", "zelf", "vorig", "vorige", "net", "zojuist", "daarnet", "gehad", "geweest", "sprak",
      "spraken",
      "ik", "je", "jij", "jullie", "u", "we", "wij", "ze", "zij", "hij", "hem", "haar", "hun", "hen", "mij", "me",
      "mijn", "jouw", "uw", "ons", "onze", "het", "de", "een", "dit", "deze", "dat", "die", "er", "hier", "daar",
      "wel", "niet", "geen", "ook", "nog", "al", "pas", "maar", "want", "dus", "of", "en", "als", "dan", "toch",
      "even", "eens", "graag", "alsjeblieft", "alstublieft", "aub", "svp", "please", "bedankt", "dank", "thanks",
      "iets", "niets", "niks", "iemand", "niemand", "alles", "alle", "allemaal", "elk", "elke", "ieder", "iedere",
      "veel", "weinig", "meer", "minder", "meest", "andere", "ander", "anders", "zelfde", "dezelfde", "diezelfde",
      "hetzelfde",
      "in", "op", "aan", "bij", "met", "van", "voor", "na", "om", "tot", "over", "onder", "tussen", "door", "naar",
      "uit", "tegen", "zonder", "binnen", "buiten", "rond", "rondom", "per", "via", "sinds", "vanaf", "tijdens",
      "is", "zijn", "was", "waren", "ben", "bent", "wordt", "worden", "werd", "heb", "hebt", "heeft", "hebben", "had",
      "kan", "kun", "kunt", "kunnen", "kon", "mag", "mogen", "moet", "moeten", "wil", "wilt", "willen", "zal", "zou",
      "zullen", "gaat", "gaan", "ga", "komt", "komen", "kom", "doe", "doet", "doen", "zie", "ziet", "zien", "weet",
      "weten", "vind", "vindt", "vinden", "zeg", "zegt", "zeggen", "vertel", "vertellen", "laat", "laten", "geef",
      "geven",
      "krijg", "krijgen", "hoor", "horen", "lees", "lezen", "zoek", "zoeken", "volg", "volgen", "kies", "kiezen",
      "meedoen", "aanmelden", "inschrijven", "bijwonen", "deelnemen", "mee", "missen", "gemist", "halen", "geleid",
      "onderweg", "eigenlijk", "precies", "ongeveer", "zeker", "misschien", "waarschijnlijk", "echt", "heel", "erg",
      "zo", "helemaal", "trouwens", "nogmaals", "ergens", "gewoon",
      "nou", "nu", "straks", "later", "vroeg", "vandaag", "morgen", "gisteren", "weer", "meteen", "direct",
      "ja", "nee", "oke", "ok", "hoi", "hallo", "hey", "hee", "goedemorgen", "goedemiddag", "goedenavond", "doei",
      "leuk", "leuke", "leuks", "interessant", "interessante", "belangrijk", "belangrijke", "goed", "goede", "mooi",
      "nieuw", "nieuwe", "groot", "grote", "klein", "kleine", "lang", "lange", "kort", "korte", "snel", "eerste",
      "tweede", "derde", "volgende", "vorige", "laatste", "hele", "halve", "beetje",
      // what is said of a thing asked after ("is het handig om laarzen aan te doen?"), not a thing itself
      "handig", "mogelijk", "speciaal", "speciale", "verstandig",
      "vraag", "vragen", "antwoord", "info", "informatie", "programma", "agenda", "schema", "rooster", "dag",
      "ochtend", "middag", "avond", "tijd", "uur", "minuten", "keer", "mensen", "persoon", "personen", "iedereen",
      "activiteit", "activiteiten",
      "sessie", "sessies", "onderdeel", "onderdelen", "spreker", "sprekers", "zaal", "zalen", "plek", "plaats",
      "locatie", "adres", "gebouw", "ruimte", "onderwerp", "onderwerpen", "thema", "titel", "naam", "namen",
      "evenement", "bijeenkomst", "congres", "conferentie", "symposium", "event", "middagje", "dagje",
      "eten", "drinken", "koffie",
      "bus", "trein", "auto", "fiets", "ov", "station", "gratis", "badge",
      "presentaties", "link", "schedule", "lineup", "line", "up", "speaker", "speakers", "any",
      "mail", "email", "website", "app", "telefoon", "nummer", "contact", "organisatie", "organisator",
      "geheel", "totaal", "bedrijf", "werkgever", "functie", "baan", "werk", "rol", "achtergrond", "uitleg",
      "overzicht", "lijst", "samenvatting", "beschrijving", "omschrijving", "praatje", "verhaal", "lezing",
      "presentatie", "talk", "gesprek", "bijdrage", "item", "punt", "blok", "deel", "stuk", "einde", "begin",
      "start", "volgorde", "tijdstip", "tijden", "terug", "binnen",
      "vrij", "bezet", "vol", "plekje", "zitten", "staan", "lopen", "wachten", "pauzeren", "eten",
      "lunchen", "pls", "plz", "pliz", "thx", "btw", "alweer", "gewoon", "thuis", "ergens", "vertegenwoordigd", "kraampjes", "meetelt", "meetellen",
      "verschillende", "unieke", "soort", "soorten", "tussendoor", "door", "nogmaals", "vertrekken", "weggaan", "aankomen", "beginnen", "stoppen", "ophouden", "afsluiten");

  /**
   * Verbs that are no typo of a name ("kan ik olie kopen?" names no "Demonstratie koren malen"), though a sentence
   * that answers may need them ("Schaatsen huren kost €6"), so they stay words of the texts.
   */
  private static final Set<String> NO_NAMES = Set.of("kopen", "huren", "lenen");

  /** The words no name is read in: {@code examples}' words, these and {@link #NO_NAMES}. */
  static Set<String> ordinary(Set<String> examples) {
    Set<String> ordinary = new java.util.HashSet<>(examples);
    ordinary.addAll(WORDS);
    ordinary.addAll(NO_NAMES);
    // ("hoeveel plekken zijn er?" is no typo of "plukken": the words for places are meant as typed)
    ordinary.addAll(CueWords.CAPACITY);
    return ordinary;
  }

  private CommonWords() {
  }
}
