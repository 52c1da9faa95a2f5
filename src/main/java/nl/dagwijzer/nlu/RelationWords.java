package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition.Relation;

/**
 * The word before a name that relates it to the question's answer: "na de inleiding" (after), "voor het panel"
 * (before, unless it is "tijd voor" or "waar moet ik zijn voor"), "tijdens", "tegelijk met", "tussen", "van X tot Y".
 */
final class RelationWords {
  private RelationWords() {
  }

  /** "hetzelfde moment", "dezelfde tijd": words for a time that "zelfde" makes the time of something else. */
  static final java.util.Set<String> SAME_TIME = java.util.Set.of("moment", "tijdstip", "tijd");

  /** "voor het eerste debatblok", "na het tweede teamwerkblok": which of the target's blocks the relation is to. */
  static boolean ordinalTarget(String word) {
    return RoundWords.ORDINALS.containsKey(word) && !word.equals("slotronde");
  }

  /** "einde van", "begin van": a word that only says which end of the next thing is meant. */
  static boolean endOf(List<String> tokens, int k) {
    if (k < 0 || k >= tokens.size()) {
      return false; // a slash command's names have no words around them
    }
    String word = tokens.get(k);
    return (word.equals("einde") || word.equals("eind") || word.equals("begin") || word.equals("start"))
        && k + 1 < tokens.size() && tokens.get(k + 1).equals("van");
  }

  /** Words after which "voor" means "for": "meenemen voor", "nodig voor", "aanmelden voor". */
  private static final java.util.Set<String> HERS = java.util.Set.of("haar", "zijn", "hun", "z'n", "d'r");
  private static final java.util.Set<String> HAVE = java.util.Set.of("heeft", "hebben", "krijgt", "krijgen");
  private static final java.util.Set<String> FOR = java.util.Set.of("meenemen", "meebrengen", "mee", "nodig",
      "aanmelden", "inschrijven", "betalen", "voorbereiden", "lezen",
      // "wat trek ik aan voor de workshop?", "de genomineerden voor Jong & Kansrijk", "tips voor het gesprek"
      "aan", "genomineerden", "genomineerd", "kandidaten", "tips", "materiaal", "kleding", "prijs", "prijzen",
      "winnaar", "winnaars", "aantrekken", "dragen",
      // "welke tijdsloten zijn er voor de handmassage?", "hoeveel plekken zijn er voor de workshop?"
      "tijdslot", "tijdsloten", "plekken", "plaatsen", "afspraak", "afspraken",
      // "zijn er nog plekken vrij voor de ouderrace?", "zijn er nog kaarten voor het banket?" (the plural asks what is
      // left; "met een kaartje voor het slotconcert" may still be before it)
      "vrij", "beschikbaar", "plek", "plekje", "plaats", "kaarten", "kaartjes", "tickets", "wachtlijst",
      // "welke app moet ik installeren voor de quiz?", "tot hoe laat kan ik me melden voor hulp?"
      "installeren", "downloaden", "melden", "opgeven", "stemmen", "stem", "stemt", "briefing", "app");
  /** Verbs and adjectives that take "voor" a few words on: "wie zorgen er vanavond voor de muziek?". */
  private static final java.util.Set<String> TAKES_FOR = java.util.Set.of("zorgt", "zorgen", "zorg", "oud", "jong");
  /** Nouns for what something costs, earns or demands: "het inschrijfgeld voor", "accreditatiepunten voor". */
  private static boolean forNoun(String word) {
    return word.endsWith("geld") || word.endsWith("punten") || word.endsWith("kosten") || word.endsWith("regels")
        || word.endsWith("limiet") || word.endsWith("leeftijd");
  }

  /** "de tweede keer", "de eerste ronde" before a session given more than once: which time of it. */
  static boolean timeOf(List<String> tokens, int k) {
    return k > 0 && (tokens.get(k).equals("keer") || tokens.get(k).equals("ronde"))
        && ordinalTarget(tokens.get(k - 1));
  }

  /** "de middagronde van de snoeiworkshop": the time of it in that part of the day. */
  private static final java.util.Set<String> PART_ROUNDS = java.util.Set.of("ochtendronde", "middagronde",
      "avondronde", "ochtendsessie", "middagsessie", "avondsessie");

  static Optional<Relation> before(List<String> tokens, List<Span> spans, int at) {
    int k = at - 1;
    // "na afloop van de workshop" is after the workshop; "is er na afloop een borrel?" is at the end of the day
    while (k >= 0 && !fromTo(tokens, k) && (CueWords.FILLERS_BEFORE_TARGET.contains(tokens.get(k))
        && !(tokens.get(k).equals("afloop") && (k + 1 >= tokens.size() || !tokens.get(k + 1).equals("van")))
        || CueWords.SESSION_NOUNS.contains(tokens.get(k)) || endOf(tokens, k) || ordinalTarget(tokens.get(k))
        || groupAt(tokens, k) || timeOf(tokens, k) || PART_ROUNDS.contains(tokens.get(k)))) {
      k -= groupAt(tokens, k) ? 2 : 1; // "terwijl groep A de rondleiding heeft": past the group that has it
    }
    if (whileThere(tokens, at)) {
      return Optional.of(Relation.DURING); // "wat kan ik doen terwijl mijn kind bij de kinderspelen is?"
    }
    if (k < 0) {
      return Optional.empty();
    }
    String word = tokens.get(k);
    int voor = k;
    // "de jury voor de posterprijs": people in a role for something, not before it
    // ("spreekt de directeur voor de wethouder?" orders two people: before)
    // ("begint de lezing van de dijkgraaf voor de soep?" orders two sessions by when they start: before)
    boolean role = !STARTS.contains(tokens.get(0))
        && spans.stream().anyMatch(s -> s.to() == voor && s.entity().type() == EntityType.ROLE)
        && spans.stream().filter(s -> s.from() > voor).min(java.util.Comparator.comparingInt(Span::from))
        .filter(s -> s.entity().type() != EntityType.ROLE && s.entity().type() != EntityType.SPEAKER).isPresent();
    // "hoeveel minuten heeft Marloes voor haar presentatie?": the time she has for her own talk
    boolean hers = k + 1 < tokens.size() && HERS.contains(tokens.get(k + 1))
        && tokens.subList(0, k).stream().anyMatch(HAVE::contains);
    // "wie geeft de workshop voor groep A?": for a group, also when the group's session is called "groep A"
    // ... or for a category its code names ("welke wedstrijden zijn er voor de jo9?")
    boolean group = k == at - 1 && at + 1 < tokens.size() && groupAt(tokens, at + 1)
        || at < tokens.size() && at - k <= 2 && categoryCode(tokens.get(at));
    if (word.equals("voor") && (group || k > 0 && (FOR.contains(tokens.get(k - 1)) || forNoun(tokens.get(k - 1))
        || tokens.subList(Math.max(0, k - 5), k).stream().anyMatch(TAKES_FOR::contains) || role || hers || k > 2
        && tokens.get(k - 1).equals("er") && FOR.contains(tokens.get(k - 3))))) {
      return Optional.empty(); // "wat moet ik meenemen voor module 2?": for it, not before it
    }
    if (word.equals("na") && k > 0 && (tokens.get(k - 1).equals("huis") || tokens.get(k - 1).equals("mee"))) {
      return Optional.empty(); // "wat neem je mee naar huis na de stencilworkshop?": from it, not after it
    }
    // "tegelijk met X", and as chat has it, "tegelijk als X"
    if ((word.equals("met") || word.equals("als")) && k > 0 && CueWords.DURING.contains(tokens.get(k - 1))) {
      return Optional.of(Relation.DURING);
    }
    if (word.equals("aan") && k > 0 && CueWords.DURING.contains(tokens.get(k - 1))) {
      return Optional.of(Relation.DURING);
    }
    if (word.equals("als") && sameTime(tokens, k)) {
      return Optional.of(Relation.DURING); // "op hetzelfde moment als Ineke van der Veen", "op dezelfde tijd als"
    }
    if (word.equals("aan") && tokens.stream().anyMatch(t -> t.startsWith("voorafga") || t.equals("vooraf"))) {
      return Optional.of(Relation.BEFORE); // "wat gaat er aan de warming-up vooraf?", "wat gaat er vooraf aan X?"
    }
    if (word.equals("op") && k > 0 && (tokens.get(k - 1).startsWith("volg") || k > 1
        && tokens.get(k - 2).startsWith("volg"))) {
      return Optional.of(Relation.AFTER);
    }
    if (CueWords.AFTER.contains(word) || word.equals("aansluitend")) {
      return Optional.of(Relation.AFTER);
    }
    if (CueWords.BEFORE.contains(word) && !forSomething(tokens, spans, k)) {
      return Optional.of(Relation.BEFORE);
    }
    if (CueWords.DURING.contains(word)) {
      return Optional.of(Relation.DURING);
    }
    if (word.equals("tussen") || fromTo(tokens, k)) {
      return Optional.of(Relation.BETWEEN);
    }
    return Optional.empty();
  }

  /** The most words of "terwijl mijn kind in de eerste ronde" before the name that follows. */
  private static final int WHILE_CLAUSE = 8;

  /**
   * "terwijl mijn kind bij de kinderspelen is", "terwijl mijn kind 's ochtends vliegers bouwt": someone at or doing
   * the named session, so while it is on.
   */
  private static boolean whileThere(List<String> tokens, int at) {
    for (int k = at - 1; k >= Math.max(0, at - WHILE_CLAUSE); k--) {
      if (tokens.get(k).equals("terwijl")) {
        return true;
      }
    }
    return false;
  }

  /** "hetzelfde moment (bezig) als": one word may stand between the time and "als". */
  private static boolean sameTime(List<String> tokens, int k) {
    for (int j = k - 1; j >= Math.max(1, k - 2); j--) {
      if (SAME_TIME.contains(tokens.get(j)) && tokens.get(j - 1).endsWith("zelfde")) {
        return true;
      }
    }
    return false;
  }

  /** "hoe lang is het van de laatste workshop tot de afsluiting?": the time between the two. */
  private static boolean fromTo(List<String> tokens, int k) {
    return tokens.get(k).equals("van") && tokens.subList(k, tokens.size()).contains("tot")
        && (QuestionForm.startsWith(tokens, "hoe", "lang") || QuestionForm.startsWith(tokens, "hoelang")
        || QuestionForm.startsWith(tokens, "hoeveel", "tijd"));
  }

  /** "jo9", "mbo4": letters then digits, a category of people rather than a session to be before. */
  private static boolean categoryCode(String token) {
    return LETTERS_DIGITS.matcher(token).matches()
        || DIGITS_LETTERS.matcher(token).matches() && !ORDINAL_OR_HOUR.matcher(token).matches();
  }

  /** "jo9", "mx1". */
  private static final java.util.regex.Pattern LETTERS_DIGITS = java.util.regex.Pattern.compile("\\p{L}{2,}\\d{1,2}");
  /** "65cc", "10km". */
  private static final java.util.regex.Pattern DIGITS_LETTERS = java.util.regex.Pattern.compile("\\d{1,3}\\p{L}{2,3}");
  /** "3de", "1ste", "11uur": an ordinal or an hour, no class ("2e" and "11u" have too few letters already). */
  private static final java.util.regex.Pattern ORDINAL_OR_HOUR = java.util.regex.Pattern.compile(
      "\\d+(de|ste|uur|hr|min|st|nd|rd|th)");

  /** Whether {@code k} is the letter or number of "groep B", "subgroep 2". */
  private static boolean groupAt(List<String> tokens, int k) {
    return k > 0 && (tokens.get(k - 1).equals("groep") || tokens.get(k - 1).equals("subgroep"))
        && SeriesNames.isMember(tokens.get(k)) && !tokens.get(k).equals("een");
  }

  private static final java.util.Set<String> PAST = java.util.Set.of("was", "waren", "zat", "zaten", "stond",
      "stonden", "ging", "gingen", "liep", "liepen");

  /** "tijd voor de inleiding", "hoeveel tijd is er voor": time for something, not before it. */
  private static boolean forSomething(List<String> tokens, List<Span> spans, int at) {
    if (QuestionForm.startsWith(tokens, "waar") && tokens.get(at).equals("voor")
        && tokens.subList(0, at).stream().noneMatch(PAST::contains)) {
      // "waar moet ik zijn voor de tafel mobiliteit?": where to go for it; "waar was groep B voor het Lindeplein?"
      // where it was before
      return true;
    }
    if (at >= 2 && tokens.get(at - 1).equals("zijn") && (tokens.subList(0, at).contains("er")
        || tokens.subList(0, at).contains("daar")) && (tokens.contains("moet") || tokens.contains("moeten"))) {
      return true; // "hoe laat moet ik er zijn voor de rondleiding?": there for it, not before it
    }
    if (tokens.subList(0, at).contains("tijd")) {
      return true; // "hoeveel tijd hebben we in totaal voor het teamwerk?"
    }
    int whom = at + 1 < tokens.size() && FOR_WHOM_ARTICLES.contains(tokens.get(at + 1)) ? at + 2 : at + 1;
    if (whom < tokens.size() && (CountedPeople.people(tokens.get(whom)) || CountedPeople.child(tokens.get(whom)))) {
      return true; // "hoe laat begint de traptrekkertrek voor de kinderen?": for them, whatever session they name
    }
    for (int k = Math.max(0, at - 3); k < at; k++) {
      int word = k;
      if (CueWords.FOR_NOUNS.contains(tokens.get(k)) && !tokens.get(k).equals("staat")
          && !tokens.get(k).equals("wat") && !inRoomName(spans, word)) { // "in de grote zaal voor het panel"
        return true;
      }
    }
    return at > 0 && CueWords.FOR_NOUNS.contains(tokens.get(at - 1)) && !inRoomName(spans, at - 1);
  }

  private static final java.util.Set<String> STARTS = java.util.Set.of("begint", "beginnen", "start", "starten",
      "eindigt", "eindigen");
  private static final java.util.Set<String> FOR_WHOM_ARTICLES = java.util.Set.of("de", "het", "onze", "mijn", "jouw",
      "alle");

  private static boolean inRoomName(List<Span> spans, int word) {
    return spans.stream().anyMatch(s -> s.entity().type() == EntityType.ROOM && s.from() <= word && word < s.to());
  }
}
