package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * The sessions a general word for a part of the day stands for on one programme: the lunch by its title, the
 * workshops by their kind, the talks by kind and speakers, the lessons by title or, where the texts speak of lessons,
 * the workshops. Built once per programme by {@link ProgrammeIndex}.
 */
final class PartSessions {
  private final Programme programme;
  /** Each session's title and alias words, as the normaliser writes them. */
  private final Map<Session, List<String>> words;
  /** Whether any session's own texts use a word. */
  private final Predicate<String> mentioned;

  PartSessions(Programme programme, Map<Session, List<String>> words, Predicate<String> mentioned) {
    this.programme = programme;
    this.words = words;
    this.mentioned = mentioned;
  }

  List<Session> of(DayPart part) {
    return switch (part) {
      case WORKSHOPS -> ofKind(SessionKind.WORKSHOP);
      case LES -> lessons();
      case PAUZE -> ofKind(SessionKind.BREAK);
      case BEGIN, EINDE -> List.of();
      case KOFFIE -> orKind(titled(part), SessionKind.BREAK);
      case OPENING -> titled(part).isEmpty()
          ? programme.sessions().stream().limit(1).toList() : titled(part);
      case PANEL -> union(ofKind(SessionKind.PANEL), titled(part));
      case KEYNOTE -> union(ofKind(SessionKind.KEYNOTE), titled(part));
      case LEZING -> union(titled(part), talks());
      case MARKT -> union(ofKind(SessionKind.MARKET), titled(part));
      case VRAGEN -> union(ofKind(SessionKind.QA), titled(part));
      case LUNCH, INLEIDING, BORREL -> titled(part);
      case MAALTIJD -> programme.sessions().stream().filter(s -> words.getOrDefault(s, List.of()).stream()
          .anyMatch(token -> MEAL_WORDS.stream().anyMatch(token::contains))).toList();
      case PLENAIR -> programme.sessions().stream().filter(s -> s.kind() == SessionKind.PLENARY
          || s.kind() == SessionKind.KEYNOTE || s.kind() == SessionKind.PANEL || s.kind() == SessionKind.QA).toList();
    };
  }

  /**
   * A part of a word of a meal's title: "Lunchpauze", "Ontbijt en check-in", "Jubileumdiner", "Hoofdgerecht"; also what
   * sells food all day ("Molenbakkerij", "Pannenkoekenkraam", "Foodtrucks").
   */
  static final List<String> MEAL_WORDS = List.of("lunch", "ontbijt", "diner", "avondeten", "brunch",
      "buffet", "barbecue", "maaltijd", "gerecht", "dessert", "pannenkoek", "foodtruck", "snackbar", "bakkerij",
      "eetkraam", "soep");

  /** What a title's word may end in that makes it something else than a talk ("Sterrenquiz", "Planetariumshow"). */
  private static final Set<String> NOT_SPOKEN = Set.of("quiz", "show", "concert", "optreden", "voorstelling",
      "wedstrijd", "wandeling", "rondleiding", "tocht", "spel", "spelen", "markt", "demonstratie", "proeverij");

  /** Other parts a plenary session with a speaker may be instead of a talk: the welcome, the lunch, the closing. */
  private static final Set<DayPart> NO_TALK = java.util.EnumSet.of(DayPart.OPENING, DayPart.LUNCH,
      DayPart.KOFFIE, DayPart.PAUZE, DayPart.BORREL, DayPart.PANEL, DayPart.VRAGEN, DayPart.MARKT, DayPart.WORKSHOPS);

  /**
   * "de lezingen" on a day whose talks are of kind plenary or keynote: a keynote, or a plenary with one speaker
   * (two or more are a briefing, a ceremony or a start), except a part whose title begins with another part's word
   * ("Welkom en uitleg", "Lunchpauze") or the day's end ("Afsluiting en verloting"); a closing talk is a talk
   * ("Onderzoeksagenda en afsluiting"), and a word inside a compound says nothing ("keukentafelgesprek").
   */
  private List<Session> talks() {
    // a title that is only a part's word ("Afsluiting", "Opening") is that part, not a talk
    return programme.sessions().stream().filter(s -> (s.kind() == SessionKind.PLENARY && s.speakerIds().size() == 1
        || s.kind() == SessionKind.KEYNOTE) && !s.speakerIds().isEmpty()
        && !(s.title().strip().indexOf(' ') < 0 && DayPart.ofWord(s.title().strip().toLowerCase(Locale.ROOT)).isPresent())
        && words.getOrDefault(s, List.of()).stream().findFirst().filter(DayPart.EINDE.words()::contains).isEmpty()
        && words.getOrDefault(s, List.of()).stream().noneMatch(token -> NOT_SPOKEN.stream().anyMatch(token::endsWith))
        && words.getOrDefault(s, List.of()).stream().noneMatch(token -> NO_TALK.stream()
        .anyMatch(part -> part.words().stream().anyMatch(w -> token.equals(w) || w.length() >= 5
        && token.startsWith(w))))).toList();
  }

  /**
   * "Proefles gitaar", "Schaatsles voor beginners": a title word that is a lesson or ends in one. Else the workshops
   * are the lessons only where the programme calls something a lesson: at a dance show the make-up workshop is none.
   */
  private List<Session> lessons() {
    List<Session> titled = programme.sessions().stream().filter(s -> words.getOrDefault(s, List.of()).stream()
        .anyMatch(token -> token.equals("les") || token.equals("lessen")
        || token.length() >= 7 && (token.endsWith("les") || token.endsWith("lessen")))).toList();
    boolean spoken = Stream.of("les", "lessen", "proefles").anyMatch(mentioned);
    return titled.isEmpty() && spoken ? ofKind(SessionKind.WORKSHOP) : titled;
  }

  private List<Session> orKind(List<Session> titled, SessionKind kind) {
    return titled.isEmpty() ? ofKind(kind) : titled;
  }

  private List<Session> union(List<Session> a, List<Session> b) {
    Set<Session> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return programme.sessions().stream().filter(all::contains).toList();
  }

  private List<Session> ofKind(SessionKind kind) {
    return programme.sessions().stream().filter(s -> s.kind() == kind).toList();
  }

  /**
   * Sessions whose title or an alias contains one of the part's words, e.g. "Lunchpauze" for lunch; not one that only
   * comes after it ("Vragenronde na de eerste presentatie" is no presentation).
   */
  private List<Session> titled(DayPart part) {
    List<Session> found = new ArrayList<>();
    words.forEach((session, tokens) -> {
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (part.words().stream().anyMatch(word -> token.equals(word) || word.length() >= 5 && token.contains(word))
            && !tokens.subList(Math.max(0, i - 3), i).contains("na")) {
          found.add(session);
          return;
        }
      }
    });
    return found;
  }
}
