package nl.dagwijzer.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Gazetteer;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.nlu.TextNormaliser;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Honest replies about what the programme does not have: a person who is not on it (with "bedoel je" when a name
 * is close), a part of the day it does not have, a time that is no time. Never an answer about something else.
 */
final class Missing {
  private static final TextNormaliser NORMALISER = new TextNormaliser();
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

  private Missing() {
  }

  static Written unreadable(Condition.Unreadable time) {
    return Written.text("Ik kan ‘" + time.text() + "’ niet als tijd lezen. Noem een tijd op de klok, zoals 14:30 of"
        + " ‘half drie’.");
  }

  static Written person(Programme programme, Condition.NotInProgramme unknown) {
    Optional<Speaker> close = closest(programme, unknown.words());
    return Written.text(absent(unknown, close) + (close.isPresent() ? "" : " Vraag ‘wie spreken er?’ voor alle"
        + " sprekers."));
  }

  /** "Pieter Jansen staat niet op het programma. Bedoel je Pieter van den Berg?", without a hint what to ask. */
  static String absent(Programme programme, Condition.NotInProgramme unknown) {
    return absent(unknown, closest(programme, unknown.words()));
  }

  private static String absent(Condition.NotInProgramme unknown, Optional<Speaker> close) {
    // "De minister" keeps its office in lower case; a name gets its capitals back ("Pieter Jansen")
    // ("wethouder Pieter", read after a role: written as it should be)
    String name = unknown.words().startsWith("de ") || unknown.words().startsWith("een ")
        ? DutchText.capitalise(unknown.words()) : unknown.words().chars().anyMatch(Character::isUpperCase)
        && unknown.words().contains(" ") ? unknown.words() : capitaliseWords(unknown.words());
    return name + " staat niet op het programma." + close.map(s -> " Bedoel je " + s.name() + "?").orElse("");
  }

  /** "Er is geen derde ronde: het programma heeft 2 rondes." */
  static String round(Answering a, int round) {
    int rounds = a.index().rounds().size();
    return "Er is geen " + DutchText.ordinal(round) + " ronde: het programma heeft "
        + (rounds == 0 ? "geen rondes" : rounds == 1 ? "1 ronde" : rounds + " rondes") + ".";
  }

  static Written thing(Condition.NotInProgramme unknown) {
    return Written.text("‘" + unknown.words() + "’ staat niet in het programma; daar kan ik dus niets over zeggen.");
  }

  /** Words for a room ("de kelderzaal") or a numbered one of a series ("tafel 6"): a place the programme lacks. */
  static boolean isPlace(Condition.NotInProgramme unknown) {
    String words = unknown.words();
    // "tafel 6", "break-out D": a numbered or lettered member of a series
    boolean numbered = words.contains(" ") && SeriesNames.isMember(words.substring(words.lastIndexOf(' ') + 1));
    return !unknown.person() && (numbered
        || Gazetteer.ROOM_WORDS.stream().anyMatch(e -> words.endsWith(e) || words.startsWith(e + " ")));
  }

  /** "Er is geen borrel: die staat niet in het programma. Het programma eindigt om 13:00 met de lunch." */
  static Written part(Programme programme, DayPart part) {
    List<nl.dagwijzer.programme.Session> breaks = programme.sessions().stream()
        .filter(s -> s.kind() == nl.dagwijzer.programme.SessionKind.BREAK).limit(4).toList();
    if (MEALS.contains(part) && !breaks.isEmpty()) {
      // "wanneer is de lunch?" when there is only a dinner break: say what break there is
      return Written.text(absent(part) + " Wel: " + DutchText.join(breaks.stream()
          .map(DutchText::spanned).toList()) + ".");
    }
    return Written.text(absent(part) + " " + ending(programme));
  }

  /** Breaks of the day that another break may stand in for; a borrel is said by how the day ends instead. */
  private static final java.util.Set<DayPart> MEALS = java.util.EnumSet.of(DayPart.LUNCH, DayPart.KOFFIE,
      DayPart.MAALTIJD);

  static String absent(DayPart part) {
    boolean plural = part == DayPart.WORKSHOPS || part == DayPart.LES;
    return "Er " + (plural ? "zijn" : "is") + " geen " + noun(part) + ": " + (plural ? "die staan" : "die staat")
        + " niet in het programma.";
  }

  static String ending(Programme programme) {
    if (programme.slots().isEmpty()) {
      return "";
    }
    Slot last = programme.slots().get(programme.slots().size() - 1);
    return "Het programma eindigt om " + DutchText.time(last.end()) + " met " + DutchText.slot(programme, last) + ".";
  }

  /**
   * For names that together select nothing ("Jolanda Hiemstra" and "workshop"): that combination is not in the
   * programme, and what each name does have, so the asker sees where the mix-up is.
   */
  static String combination(Answering a) {
    List<nl.dagwijzer.programme.Session> mentioned = a.selection().mentioned();
    if (mentioned.isEmpty()) {
      return "Dat staat niet in het programma.";
    }
    Optional<String> otherTopic = otherTopic(a);
    if (otherTopic.isPresent()) {
      return otherTopic.get();
    }
    // "geeft Priya Ramdin een lezing?" when she gives a workshop: what the person does comes first
    java.util.Set<String> people = new java.util.HashSet<>();
    a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SPEAKER).forEach(c -> people.add(c.entity().id()));
    if (!people.isEmpty()) {
      List<nl.dagwijzer.programme.Session> theirs = mentioned.stream()
          .filter(s -> s.speakerIds().stream().anyMatch(people::contains)).toList();
      // "geeft Fenna de Wit de aed-les?" when Bart van 't Hek gives it: the session named, with who gives it, first
      java.util.Set<String> named = new java.util.HashSet<>();
      a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
          .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION).forEach(c -> named.add(c.entity().id()));
      List<nl.dagwijzer.programme.Session> others = mentioned.stream()
          .filter(s -> named.contains(s.id()) && !theirs.contains(s)).limit(2).toList();
      mentioned = java.util.stream.Stream.of(others, theirs, mentioned).flatMap(List::stream).distinct().toList();
    }
    return "Dat staat niet in het programma. Wel: " + DutchText.join(mentioned.stream().limit(3)
        .map(s -> a.whenAndWhere(s)).toList())
        + (mentioned.size() > 3 ? " (en nog " + (mentioned.size() - 3) + " meer)" : "") + ".";
  }

  /**
   * "hoort beeldbellen bij track oranje?" of a session another topic lists: "‘Beeldbellen ...’ hoort bij Track Blauw."
   * (one session and one topic named, and the topic does not list it).
   */
  private static Optional<String> otherTopic(Answering a) {
    List<nl.dagwijzer.nlu.Condition.About> about = a.query().all(nl.dagwijzer.nlu.Condition.About.class);
    List<String> sessions = about.stream().filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION)
        .map(c -> c.entity().id()).distinct().toList();
    List<String> topics = about.stream().filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.TOPIC)
        .map(c -> c.entity().id()).distinct().toList();
    if (sessions.size() != 1 || topics.size() != 1) {
      return Optional.empty();
    }
    List<String> listing = a.programme().topics().stream().filter(t -> t.sessionIds().contains(sessions.get(0)))
        .map(nl.dagwijzer.programme.Topic::name).toList();
    return a.programme().session(sessions.get(0)).filter(s -> !listing.isEmpty() && !listing.contains(topics.get(0)))
        .map(s -> DutchText.capitalise(DutchText.name(s)) + " hoort bij " + DutchText.join(listing)
            + ".");
  }

  static String noun(DayPart part) {
    return switch (part) {
      case LUNCH -> "lunch";
      case MAALTIJD -> "maaltijd";
      case KOFFIE -> "koffiepauze";
      case PAUZE -> "pauze";
      case OPENING -> "opening";
      case INLEIDING -> "inleiding";
      case WORKSHOPS -> "workshops";
      case LES -> "lessen";
      case BORREL -> "borrel";
      case PANEL -> "panel";
      case KEYNOTE -> "keynote";
      case LEZING -> "lezing";
      case MARKT -> "markt";
      case VRAGEN -> "vragenronde";
      case PLENAIR -> "plenair onderdeel";
      case BEGIN -> "begin";
      case EINDE -> "einde";
    };
  }

  /**
   * The speaker whose full name is one letter from what was asked ("bas van beeck" for Bas van Beek): surely the one
   * meant, so the reply can say who that is beside "bedoel je".
   */
  private static final int LONG_NAME = 12;

  static Optional<Speaker> nearlyNamed(Programme programme, String asked) {
    String typed = spelled(NORMALISER.normalise(asked));
    List<Speaker> near = programme.speakers().stream().filter(s -> {
      String full = spelled(NORMALISER.normalise(s.name()));
      int d = DISTANCE.apply(typed, full);
      // ("sane verhoex" for Sanne Verhoeckx: a long name may have two slips)
      return full.length() >= 8 && d >= 0 && (d <= 1 || d == 2 && full.length() >= LONG_NAME);
    }).toList();
    return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
  }

  /** One way to write sounds Dutch names spell two ways: "Zylstra" is "Zijlstra", "Hendrick" is "Hendrik". */
  private static String spelled(String name) {
    return name.replace("ij", "y").replace("ck", "k");
  }

  /** The speaker whose full, first or last name is within a few typing errors of what was asked. */
  private static Optional<Speaker> closest(Programme programme, String asked) {
    String typed = NORMALISER.normalise(asked);
    return programme.speakers().stream()
        .map(s -> new Scored(s, distance(typed, s)))
        .filter(s -> s.distance() >= 0)
        .min(Comparator.comparingInt(Scored::distance))
        .map(Scored::speaker);
  }

  private static int distance(String typed, Speaker speaker) {
    String full = NORMALISER.normalise(speaker.name());
    int best = DISTANCE.apply(typed, full);
    List<String> typedWords = NORMALISER.tokens(typed);
    List<String> nameWords = NORMALISER.tokens(full);
    for (String word : typedWords) {
      for (String part : nameWords) {
        if (word.length() >= 4 && part.length() >= 4) {
          int d = DISTANCE.apply(word, part);
          if (d >= 0 && d <= 1 && (best < 0 || d + 1 < best)) {
            best = d + 1;
          }
        }
      }
    }
    int allowed = Math.max(1, Math.min(3, full.length() / 4));
    return best >= 0 && best <= allowed ? best : -1;
  }

  private record Scored(Speaker speaker, int distance) {
  }

  /** "rivm", "uwv", "ggd": short words with at most one vowel are initials, written in capitals. */
  private static boolean acronym(String word) {
    long vowels = word.chars().filter(c -> "aeiouy".indexOf(c) >= 0).count();
    return word.length() >= 2 && word.length() <= 5 && vowels <= 1 && word.chars().allMatch(Character::isLetter)
        && !List.of("van", "de", "der", "den", "ter", "te", "el", "jan", "piet", "kees", "bas", "ben", "tim", "tom")
        .contains(word);
  }

  private static String capitaliseWords(String words) {
    StringBuilder text = new StringBuilder();
    for (String word : words.split(" ")) {
      boolean particle = List.of("van", "de", "der", "den", "ter", "te", "t", "el").contains(word);
      text.append(text.length() == 0 ? "" : " ")
          // a lone short word may be initials ("RIVM"); in a full name it is a surname ("van den Berg")
          .append(particle && text.length() > 0 ? word : acronym(word) && !words.contains(" ")
              ? word.toUpperCase(Locale.ROOT)
              : DutchText.capitalise(word.toLowerCase(Locale.ROOT)));
    }
    return text.toString();
  }
}
