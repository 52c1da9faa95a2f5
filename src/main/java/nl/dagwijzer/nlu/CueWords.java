package nl.dagwijzer.nlu;

import java.util.Set;

/**
 * General Dutch words that shape a question's reading: question words, verbs that open a yes/no question, words for
 * relations, orders, rounds and counts. None of them names anything in a particular programme.
 */
final class CueWords {
  static final Set<String> QUESTION_WORDS = CueWords.words("wanneer", "wie", "wat", "waar", "hoe", "hoeveel", "welke", "welk",
      "waarom", "waarover", "hoelang", "hoelaat", "waarheen", "waarin", "wiens", "wnr", "waarna", "watvoor");
  /** Finite verbs that start a yes/no question: "is er een borrel?", "spreekt Maartje Bos twee keer?". */
  static final Set<String> YES_NO_VERBS = CueWords.words("is", "zijn", "staat", "staan", "spreekt", "spreken", "komt",
      "komen", "heeft", "hebben", "kan", "kun", "kunnen", "mag", "mogen", "gaat", "gaan", "duurt", "duren", "begint",
      "beginnen", "wordt", "worden", "geeft", "geven", "doet", "doen", "zit", "zitten", "valt", "vallen", "eindigt",
      "eindigen", "loopt", "lopen", "treedt", "presenteert", "leidt", "houdt", "krijgen", "krijg", "moet", "moeten",
      "zal", "zullen", "weet", "weten", "hoort", "start", "starten", "vindt", "ben", "heb", "praat",
      "vertelt", "modereert", "opent", "sluit", "klopt", "bestaat", "beantwoordt", "organiseert", "verzorgt",
      "neemt", "speelt", "werkt", "zit", "treden", "treedt", "houden", "krijgt", "hebben", "blijft", "volgt",
      "mogen", "zijn", "overlappen", "overlapt", "begeleidt", "begeleiden", "stemmen", "spreken",
      "word"); // "word het opgenomen?": "wordt" as chat spells it, and "word ik gebeld?"
  /** Words before a yes/no question that do not count as its start: "en", "hoi", "zeg". */
  static final Set<String> OPENERS = CueWords.words("en", "maar", "dus", "oh", "o", "hoi", "hey", "hallo", "zeg", "he", "ok",
      "oke", "okay", "nog", "ook", "even", "trouwens");
  static final Set<String> FILLERS_BEFORE_TARGET = CueWords.words("de", "het", "een", "afloop", "van", "die", "dat",
      "s", "m", "mijn", "zijn", "haar", "deze", "dit", "hun", "onze", "ons", "jullie");
  /** Not "achter": "wie staan er achter de stands?" is who staffs them, not who comes after. */
  static final Set<String> AFTER = CueWords.words("na", "nadat", "volgend", "volgt");
  static final Set<String> BEFORE = CueWords.words("voor", "voordat", "voorafgaand", "voorafgaande", "vooraf");
  /** "tijd voor de inleiding" is time for it, not before it. */
  static final Set<String> FOR_NOUNS = CueWords.words("tijd", "ruimte", "plek", "plaats", "zaal", "minuten", "uur",
      "kwartier", "gepland", "ingepland", "gereserveerd", "nodig", "aanmelden", "inschrijven", "kiezen", "kiest",
      "zitten", "klaar", "staat", "belangrijk", "interessant", "bedoeld", "geschikt", "iets", "wat", "zalen",
      "gebruikt", "gereserveerd", "beschikbaar", "open", "kans", "mentor", "coach", "contactpersoon",
      "aanspreekpunt", "expert", "deskundige"); // "wie is mentor voor UX?": the mentor for it
  static final Set<String> DURING = CueWords.words("tijdens", "gedurende", "tegelijk", "tegelijkertijd", "gelijktijdig",
      "parallel", "terwijl", "gelijk");
  /** Words for a session that may stand between a relation and its name: "voor de presentatie over DigiD". */
  static final Set<String> SESSION_NOUNS = CueWords.words("presentatie", "sessie", "lezing", "praatje", "onderdeel",
      "gesprek", "talk", "verhaal", "bijdrage", "programmapunt", "optreden", "voorstelling", "over", "twee", "beide");
  static final Set<String> FROM = CueWords.words("na", "vanaf", "sinds", "later", "nadat");
  static final Set<String> UNTIL = CueWords.words("voor", "tot", "voordat", "eerder", "uiterlijk");
  static final Set<String> NOW = CueWords.words("nu", "momenteel", "moment");
  static final Set<String> NEXT = CueWords.words("hierna", "straks", "volgende", "volgend", "zo", "aanstaande");
  static final Set<String> THEN = CueWords.words("daarna", "daarop", "daaropvolgend", "aansluitend", "erna");
  static final Set<String> STARTED = CueWords.words("begonnen", "gestart", "bezig", "gaande", "aan", "al");
  static final Set<String> ENDED = CueWords.words("afgelopen", "voorbij", "klaar", "geweest", "gedaan", "over");
  static final Set<String> LEADING = CueWords.words("leidt", "leiden", "leiding", "modereert", "modereren", "presenteert",
      "presenteren", "host", "voorzitter", "voorzit", "gespreksleider", "moderator", "presentator",
      "dagvoorzitter", "gastheer", "gastvrouw", "begeleidt", "leider", "avondvoorzitter", "middagvoorzitter",
      "discussieleider", "dagleider", "presentatrice", "dagvz", "vz");
  static final Set<String> FIRST = CueWords.words("eerste", "eerst", "vroegste", "vroegst", "allereerste");
  static final Set<String> LAST = CueWords.words("laatste", "laatst", "allerlaatste", "allerlaatst");
  static final Set<String> LONGEST = CueWords.words("langste", "langst");
  static final Set<String> SHORTEST = CueWords.words("kortste", "kortst");
  /** "wat begint eerder, X of Y?", "wat duurt korter?": comparing two named things. */
  static final Set<String> COMPARATIVES = CueWords.words("eerder", "vroeger", "later", "korter", "langer", "elkaar",
      "totaal", "twee", "drie", "vier", "vijf", "zes", "beide", "beiden", "allebei");
  static final Set<String> MOST = CueWords.words("vaakst", "vaakste", "meeste", "meest");
  static final Set<String> FEWEST = CueWords.words("minste", "minst");
  /** Verbs after "kun je" that make it a request, not a yes/no question: "kun je het programma laten zien?". */
  static final Set<String> REQUESTS = CueWords.words("laten", "zien", "geven", "sturen", "vertellen", "noemen", "tonen",
      "opnoemen", "helpen", "uitleggen", "zeggen");
  static final Set<String> COUNT = CueWords.words("hoeveel", "aantal", "hoeveelheid", "hoevaak");
  /** What "hoeveel" can ask about who may come: a description may say it ("Maximaal 20 deelnemers"). */
  static final Set<String> CAPACITY = CueWords.words("deelnemers", "bezoekers", "aanmeldingen", "plekken", "plaatsen",
      "tickets", "kaartjes", "stoelen", "zitplaatsen");
  /** What "hoeveel" can ask that no programme's times answer: attendees, prices. */
  static final Set<String> COUNT_OUTSIDE = java.util.stream.Stream.concat(CAPACITY.stream(),
      // "hoeveel leden heeft het netwerk?", "hoeveel raadsleden gaan er mee?": who belongs or comes, not who speaks
      CueWords.words("kost", "kosten", "euro", "geld", "leden", "raadsleden", "aanwezigen", "inwoners",
          "bijeenkomsten", "edities", "korting").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
  static final Set<String> PEOPLE_NOUNS = CueWords.words("sprekers", "spreker", "mensen", "personen", "panelleden",
      "panellid", "gasten", "presentatoren", "deskundigen", "experts", "inleiders", "workshopleiders", "begeleiders",
      "speaker", "speakers", "debaters", "trainers", "docenten", "moderatoren", "dagvoorzitters", "gastsprekers");
  /** Offices a person is known by ("de minister"): someone the programme does not have unless it names the office. */
  static final Set<String> OFFICES = CueWords.words("minister", "staatssecretaris", "burgemeester", "wethouder",
      "gedeputeerde", "commissaris", "kamerlid", "raadslid", "ombudsman", "kinderombudsman", "koning", "koningin",
      "premier", "directeur", "hoogleraar", "lector", "rector", "voorzitter");
  /** Practical matters around a day that its programme does not describe. */
  static final Set<String> SERVICES = CueWords.words("wifi", "wachtwoord", "parkeren", "parkeerplaats",
      "parkeerplaatsen", "parkeergarage", "kost", "kosten", "prijs", "betalen", "entree", "toegangsprijs",
      "certificaat", "accreditatie", "accreditatiepunten", "opgenomen", "opname", "terugkijken", "terugkijk",
      "dieet", "allergie", "allergieen", "vegetarisch", "veganistisch", "glutenvrij", "garderobe", "toilet",
      "toiletten", "rolstoel", "rolstoeltoegankelijk", "oplaadpunt", "oplaadpunten", "stopcontact",
      "stopcontacten", "wisselen", "ruilen", "overstappen", "aanmelden", "inschrijven",
      "afmelden", "zoomlink", "teamslink", "ondertiteling", "gebarentolk", "livestream", "stream", "streamen",
      "huiswerk", "reader", "camera", "microfoon", "browser", "uitnodiging", "notulen", "gestreamd", "gefilmd",
      "gelivestreamd", "livestreamen", "kinderopvang", "oppas", "notuleert", "notulist",
      "filmen", "meekijken", "streaming", "aangemeld", "helpdesk", "storing", "inloggen", "inloggegevens", "gratis",
      "contant", "pinnen",
      // getting there, the building and its facilities, tickets and what to wear: a programme seldom says
      "zitplaats", "zitplaatsen", "toegankelijk", "toegankelijkheid", "rolstoelen", "lift", "invalidenparkeerplaats",
      "ringleiding", "trein", "station", "ov", "tram", "fiets", "fietsen", "fietsenstalling", "bereikbaar",
      "routebeschrijving", "dresscode", "kledingvoorschrift", "kleding", "foto", "fotos", "fotograferen", "fotograaf",
      "regent", "regen", "paraplu", "kluisjes", "ehbo", "roken", "rookruimte", "huisdieren", "hond", "honden",
      "ticket", "tickets", "kaartje", "kaartjes", "korting", "factuur", "annuleren", "afzeggen", "wachtlijst",
      "badge", "naambadge", "deelnemerslijst", "presentielijst", "slides", "sheets", "hand-outs", "handouts",
      "parkeergelegenheid", "jas", "jassen", "deelnamebewijs", "toegangsbewijs", "bevestiging", "hotel",
      "overnachten", "overnachting", "internet", "goodiebag", "cadeau", "reiskosten", "reiskostenvergoeding",
      "uitverkocht", "laptop", "oplader", "powerbank", "catering", "lactosevrij", "veganist", "allergisch",
      "bezoekers", "aanwezigen", "aanmeldingen", "aanmelding", "inschrijving", "opgeven", "bus");
  /** "hoeveel gasten zitten er in blok 2?": people at a session who are not its speakers. */
  static final Set<String> GUESTS = Set.of("gasten", "tafelgasten", "panelleden",
      "deelnemers", "genodigden");
  /** "wat doet X allemaal / vandaag?": all of X's sessions, not who X is. */
  static final Set<String> MORE = Set.of("allemaal", "meer", "verder", "behalve",
      "nog", "vandaag", "vanavond", "vanmiddag", "vanochtend");
  static final Set<String> ROUND_NOUNS = CueWords.words("rondes", "ronden", "ronde", "workshoprondes", "blokken", "blok",
      "sessieblok", "sessieblokken");
  static final Set<String> ROOM_NOUNS = CueWords.words("zaal", "zalen", "ruimte", "ruimtes", "lokaal", "lokalen", "locatie",
      "locaties", "adres", "zaaltje", "kamer", "kamers", "platform", "theater", "gebouw", "pand");
  static final Set<String> ORGANISATION_NOUNS = CueWords.words("organisatie", "organisaties", "gemeente", "bedrijf",
      "functie", "instantie", "werkgever", "instelling", "gemeenten", "hogeschool", "hogescholen", "universiteit",
      "stichting", "ministerie", "provincie", "corporatie", "woningcorporatie", "partij", "partijen", "club",
      "vereniging", "sportclub", "school", "kantoor", "praktijk", "bureau", "omroep", "museum", "ziekenhuis",
      "krant", "uitgeverij", "theater");
  static final Set<String> DATE_NOUNS = CueWords.words("datum", "dag", "dagen", "datums");
  static final Set<String> TIME_NOUNS = CueWords.words("tijd", "minuten", "minuut", "uur", "uren", "lang");
  static final Set<String> DAY_WORDS = CueWords.words("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
      "zondag", "vandaag", "morgen", "gisteren", "overmorgen");

  private CueWords() {
  }

  /** A set of words that tolerates a word listed twice, so that growing these lists never breaks start-up. */
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Every cue word, so they are never taken for an unknown name. */
  static Set<String> all() {
    return ALL;
  }

  private static final Set<String> ALL = allWords();

  private static Set<String> allWords() {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (Set<String> set : java.util.List.of(QUESTION_WORDS, YES_NO_VERBS, OPENERS, FILLERS_BEFORE_TARGET, AFTER,
        BEFORE, DURING, FROM, UNTIL, NOW, NEXT, THEN, STARTED, ENDED, LEADING, FIRST, LAST, LONGEST, SHORTEST, MOST, FEWEST, COUNT,
        COMPARATIVES, PEOPLE_NOUNS, ROUND_NOUNS, ROOM_NOUNS, DATE_NOUNS, TIME_NOUNS, DAY_WORDS)) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
