package nl.dagwijzer.answer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;

/**
 * How sessions, people, times and lists are written in replies, so every answer words them the same way. Times,
 * blocks and lists are public: announcements and reminders write them the same way too.
 */
public final class DutchText {
  /** Before a sentence that speaks of what was asked but does not answer it as asked. */
  static final String NOT_LITERALLY = "Dat staat niet letterlijk in het programma, maar dit wel:\n";
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("nl", "NL"));
  private static final List<String> MONTHS = java.util.stream.Stream.of(java.time.Month.values())
      .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, DATE.getLocale())).toList();
  /** The most items a reply lists before it says how many more there are. */
  static final int LIST_LIMIT = 8;

  private DutchText() {
  }

  /** "Het programma loopt van 09:30 tot 16:00.": the day's own hours, for a reply that has no better time to give. */
  static String dayRuns(Programme programme) {
    return "Het programma loopt van " + time(programme.firstStart().orElseThrow()) + " tot "
        + time(programme.lastEnd().orElseThrow()) + ".";
  }

  public static String time(LocalTime time) {
    return CLOCK.format(time);
  }

  public static String range(LocalTime start, LocalTime end) {
    return time(start) + "–" + time(end);
  }

  public static String range(Session session) {
    return range(session.start(), session.end());
  }

  /** A title's part before its colon, or the whole title: "Hoog Water" of "Hoog Water: eerste set". */
  static String heading(Session session) {
    int colon = session.title().indexOf(':');
    return colon < 0 ? session.title() : session.title().substring(0, colon).strip();
  }

  /** A session with its block and room, for a reply that quotes it: "‘Informatiemarkt’ (18:30–21:30, in Foyer)". */
  static String placed(Session session) {
    return name(session) + " (" + range(session) + session.room().map(r -> ", in " + r).orElse("") + ")";
  }

  /** A session with when it runs ({@link #span}): "‘Workshop Breda’ (11:00–12:30)". */
  static String spanned(Session session) {
    return name(session) + " (" + span(session) + ")";
  }

  /**
   * When a session runs, for after its name: its block, or for one shorter than its block its own length and the
   * block it falls in, so "‘Workshop Breda’ (11:00–12:30)" never suggests a 45-minute workshop fills 90 minutes.
   */
  static String span(Session session) {
    return session.shorterThanBlock()
        ? minutes(session.lengthMinutes()) + ", ergens tussen " + time(session.start()) + " en " + time(session.end())
        : range(session);
  }

  /** "a", "a en b", "a, b en c". */
  public static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
  }

  /**
   * "a, b en c." up to {@link #LIST_LIMIT} items; beyond, the first of them, "en nog N meer; " and {@code seeAll}
   * (a sentence of its own, with its full stop).
   */
  static String joinedSentence(List<String> items, String seeAll) {
    if (items.size() <= LIST_LIMIT) {
      return join(items) + ".";
    }
    return String.join(", ", items.subList(0, LIST_LIMIT)) + " en nog " + (items.size() - LIST_LIMIT) + " meer; "
        + seeAll;
  }

  static String either(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " of " + parts.get(parts.size() - 1);
  }

  /** Lower-case words inside Dutch surnames: "Gerrit van den Berg", "Joris ten Cate", "Karin van 't Zand". */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "de", "den", "der", "ter", "ten",
      "te", "'t", "het", "in", "op", "el", "al", "la", "le", "du", "da", "di", "von");

  /**
   * "Uit de beschrijving ..." after "Ja, "; a name stays as written ("Ellen Vos (EHBO'er)", "Gerrit van den Berg": a
   * capital after the surname's particles).
   */
  static String lowerFirst(String text) {
    String[] words = text.split(" ", 6);
    int next = 1;
    while (next < words.length - 1 && PARTICLES.contains(words[next])) {
      next++;
    }
    boolean name = words.length >= 2 && !words[0].isEmpty()
        && Character.isLetter(words[0].charAt(words[0].length() - 1)) && !words[next].isEmpty()
        && Character.isUpperCase(words[next].charAt(0));
    // ("EHBO: De EHBO-post ...": an acronym stays in capitals)
    boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
    return text.isEmpty() || name || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * "45 minuten", "90 minuten (1,5 uur)", "60 minuten (1 uur)", "165 minuten (2 uur en 45 minuten)": always the
   * minutes, so lengths compare at a glance, and the hours when it is an hour or more.
   */
  static String minutes(int minutes) {
    if (minutes < 60) {
      return minutes + " minuten";
    }
    String hours = minutes % 30 == 0 ? (minutes % 60 == 0 ? Integer.toString(minutes / 60) : minutes / 60 + ",5")
        + " uur" : minutes / 60 + " uur en " + minutes % 60 + " minuten";
    return minutes + " minuten (" + hours + ")";
  }

  /** "eerste", "tweede", ... for rounds; "5e" beyond. */
  static String ordinal(int number) {
    return switch (number) {
      case 1 -> "eerste";
      case 2 -> "tweede";
      case 3 -> "derde";
      case 4 -> "vierde";
      case 5 -> "vijfde";
      default -> number + "e";
    };
  }

  /** "januari" to "december", as {@link #date} writes them. */
  static List<String> months() {
    return MONTHS;
  }

  /** "vrijdag 14 maart 2025". */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * At most {@link #LIST_LIMIT} items, then how many more there are and how to see them all: a long list in a chat
   * hides the answer.
   */
  static List<String> limited(List<String> items, String seeAll) {
    // (one more than the limit is shown: "… en nog 1 meer" would take its line and hide it)
    if (items.size() <= LIST_LIMIT + 1) {
      return items;
    }
    List<String> shown = new ArrayList<>(items.subList(0, LIST_LIMIT));
    shown.add("… en nog " + (items.size() - LIST_LIMIT) + " meer; " + seeAll);
    return shown;
  }

  /** A break by its title in lower case ("de lunch"); anything else by its quoted title. */
  public static String name(Session session) {
    // "de lunch", "de koffiepauze"; a title that starts with a verb is quoted: "‘Inloggen en techniekcheck’"
    String first = session.title().split("\\s+")[0].toLowerCase(Locale.ROOT);
    boolean verb = first.length() > 5 && first.endsWith("en");
    return session.kind() == SessionKind.BREAK && !verb
        ? withArticle(lowerFirstWord(session.title()))
        : "‘" + session.title() + "’";
  }

  /** "Lunch in het Atrium" → "lunch in het Atrium": a name further on keeps its capitals ("met DJ Kim van der Horst"). */
  private static String lowerFirstWord(String title) {
    int end = title.indexOf(' ');
    String first = end < 0 ? title : title.substring(0, end);
    boolean acronym = first.length() > 1 && first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return (acronym ? first : first.toLowerCase(Locale.ROOT)) + (end < 0 ? "" : title.substring(end));
  }

  /** Nouns with "het" that breaks are called by, also at the end of a compound ("het juryberaad"). */
  private static final List<String> NEUTER = List.of("diner", "ontbijt", "beraad", "overleg", "buffet", "eten",
      "welkom", "uur", "moment", "intermezzo", "concert", "optreden", "spreekuur", "kwartier", "netwerken", "feest",
      "gerecht", "nagerecht", "dessert", "bal", "gala", "afscheid", "vuur", "vuurwerk");

  /** "de lunch", "het diner", "het juryberaad": a break's name as Dutch says it. */
  static String withArticle(String name) {
    String[] words = name.split("\\s+");
    // "Diner: boerenbuffet"; "zittend diner": the noun after the participle
    String head = words[words.length > 1 && words[0].endsWith("end") ? 1 : 0].replaceAll("\\p{P}+$", "");
    // ("het ijsje bij de uitgang": a diminutive is always "het")
    boolean diminutive = head.length() >= 5 && head.endsWith("je");
    return (diminutive || NEUTER.stream().anyMatch(n -> head.equals(n) || head.endsWith(n)
        && head.length() >= n.length() + 4) ? "het " : "de ") + name;
  }

  /** The session with its speakers: "‘Workshop Breda’ (Michiel Luigjes)". */
  static String withSpeakers(Programme programme, Session session) {
    String people = join(programme.speakersOf(session).stream().map(Speaker::name).toList());
    return people.isEmpty() ? name(session) : name(session) + " (" + people + ")";
  }

  /** The session with its speakers, and its own length when it is shorter than its block. */
  static String item(Programme programme, Session session) {
    if (!session.shorterThanBlock()) {
      return withSpeakers(programme, session);
    }
    List<String> inner = programme.speakersOf(session).stream().map(Speaker::name).collect(Collectors.toList());
    return name(session) + " (" + (inner.isEmpty() ? "" : join(inner) + ", ") + minutes(session.lengthMinutes())
        + ")";
  }

  /** When a session runs, without inventing a start time for one that fills only part of its block. */
  static String when(Session session) {
    if (session.shorterThanBlock()) {
      return "duurt " + minutes(session.lengthMinutes()) + " en valt tussen " + time(session.start()) + " en "
          + time(session.end()) + "; hoe laat precies staat niet in het programma";
    }
    return "is van " + time(session.start()) + " tot " + time(session.end());
  }

  static String person(Speaker speaker) {
    String about = role(speaker);
    return about.isEmpty() ? speaker.name() : speaker.name() + " (" + about + ")";
  }

  /** "beleidsadviseur Sociaal Domein, gemeente Breda". */
  static String role(Speaker speaker) {
    if (speaker.role().isEmpty()) {
      return speaker.organisation();
    }
    return speaker.organisation().isEmpty() ? speaker.role() : speaker.role() + ", " + speaker.organisation();
  }

  /** The sessions of one slot as a phrase: one session, or "keuze uit: a, b en c". */
  static String slot(Programme programme, Slot slot) {
    List<String> items = slot.sessions().stream().map(s -> item(programme, s)).toList();
    return slot.parallel() ? "keuze uit " + join(items) : items.get(0);
  }

  static String bullets(List<String> lines) {
    return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
  }

  /** "van 45 minuten", "langer dan een uur": a length a question compares with. */
  static String lasting(nl.dagwijzer.nlu.Quantities.Comparison comparison, int minutes) {
    String amount = minutes(minutes);
    return switch (comparison) {
      case EQUAL -> "van " + amount;
      case MORE -> "langer dan " + amount;
      case LESS -> "korter dan " + amount;
      case NOT_EQUAL -> "niet van " + amount;
      case AT_LEAST -> "van " + amount + " of langer";
      case AT_MOST -> "van " + amount + " of korter";
    };
  }
}
