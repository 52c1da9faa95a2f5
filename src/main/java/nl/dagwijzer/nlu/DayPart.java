package nl.dagwijzer.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * General Dutch words for parts of any event day. They are not names from one programme: the answer side looks the
 * part up in whatever programme is loaded (a session whose title says "lunch", the sessions of kind break or panel,
 * the first or last slot), and says so when the programme has no such part ("is er een borrel?").
 */
public enum DayPart {
  LUNCH(true, "lunch", "lunchen", "lunchpauze", "middageten", "middagpauze", "geluncht"),
  KOFFIE(true, "koffie", "koffiepauze", "koffiebreak", "thee", "drinken"),
  PAUZE(true, "pauze", "pauzes", "break"),
  OPENING(true, "opening", "welkom", "welkomstwoord"),
  INLEIDING(true, "inleiding", "introductie", "intro"),
  WORKSHOPS(false, "workshop", "workshops", "workshopronde", "workshoprondes", "deelsessie", "deelsessies",
      "werksessie", "werksessies"),
  /** Lessons: the sessions whose title says so ("Proefles gitaar", "Schaatsles"), else the workshops. */
  LES(false, "lessen", "proefles", "proeflessen"),
  BORREL(true, "borrel", "netwerkborrel", "borrelen", "drankje", "netwerken", "netwerkmoment"),
  PANEL(true, "panel", "paneldiscussie", "panelgesprek", "paneldebat", "forum", "forumdiscussie", "debat",
      "discussie", "tafelgesprek", "panelleden", "panellid", "paneldiscussies", "panels"),
  KEYNOTE(true, "keynote", "keynotes", "hoofdlezing", "hoofdspreker", "keynotespreker"),
  /** A talk by a speaker, whatever the programme calls its kind: "welke lezingen zijn er in Theater 2?". */
  LEZING(false, "lezing", "lezingen", "presentatie", "presentaties", "talk", "talks", "voordracht", "voordrachten"),
  MARKT(true, "markt", "informatiemarkt", "infomarkt", "kennismarkt", "stands", "standjes"),
  VRAGEN(true, "vragenronde", "vragenuur", "qa", "vragensessie", "vragenrondes"),
  PLENAIR(false, "plenair", "plenaire", "plenaire sessie", "zaalprogramma", "plenum"),
  /** Every meal of the day: "welke maaltijden zijn er?", "wanneer eten we?" on a day with lunch and dinner. */
  MAALTIJD(true, "maaltijd", "maaltijden", "gegeten", "eten"),
  BEGIN(false, "begin", "start", "aanvang", "begint", "beginnen", "starten"),
  EINDE(false, "einde", "eind", "afloop", "afsluiting", "afgelopen", "klaar", "voorbij", "eindigt", "eindigen",
      "stopt", "stoppen");

  private final boolean standsForSession;
  private final List<String> words;
  private final String id = name().toLowerCase(java.util.Locale.ROOT);

  DayPart(boolean standsForSession, String... words) {
    this.standsForSession = standsForSession;
    this.words = List.of(words);
  }

  /** Words the asker may use, normalised (lower case, no accents). */
  public List<String> words() {
    return words;
  }

  /**
   * Whether the classifier should see this word as a {@code {session}} slot ("wanneer is de lunch" has the shape of
   * "wanneer is {session}"); "workshops", "begin" and "einde" carry the question's meaning and stay words.
   */
  public boolean standsForSession() {
    return standsForSession;
  }

  public String id() {
    return id;
  }

  public static Optional<DayPart> ofWord(String normalisedWord) {
    DayPart exact = ByWord.PARTS.get(normalisedWord);
    if (exact != null) {
      return Optional.of(exact);
    }
    // "panelgesprekken", "forums": the plural of a part's word
    String stem = OpenSyllable.undoubled(normalisedWord.endsWith("en")
        ? normalisedWord.substring(0, normalisedWord.length() - 2) : "");
    DayPart plural = ByWord.PARTS.get(stem);
    if (plural != null && !stem.isEmpty()) {
      return Optional.of(plural);
    }
    // "lunchtijd", "koffiemoment", "keuzeworkshops", "slotdebat": compounds of a part's word
    if (normalisedWord.length() >= 7) {
      for (Compound compound : ByWord.COMPOUNDS) {
        if (compound.matches(normalisedWord)) {
          return Optional.of(compound.part());
        }
      }
    }
    return Optional.empty();
  }

  /** A compound with a part's word: the word at its start before "tijd", or at its end ("keuzeworkshops"). */
  private record Compound(String word, DayPart part, boolean atEnd) {
    boolean matches(String candidate) {
      return atEnd ? Compounds.endsIn(candidate, word)
          : candidate.startsWith(word) && List.of("tijd", "moment", "uur").contains(candidate.substring(word.length()));
    }
  }

  /** Every word with its part (the first part that lists it), and the compounds to try, built once. */
  private static final class ByWord {
    private static final Map<String, DayPart> PARTS = new HashMap<>();
    private static final List<Compound> COMPOUNDS = new java.util.ArrayList<>();

    static {
      for (DayPart part : values()) {
        part.words.forEach(word -> PARTS.putIfAbsent(word, part));
      }
      for (DayPart part : values()) {
        part.words.stream().filter(w -> w.length() >= 5)
            .forEach(word -> COMPOUNDS.add(new Compound(word, part, false)));
      }
      for (DayPart part : values()) {
        if (part.standsForSession || part == WORKSHOPS || part == LES) {
          part.words.stream().filter(w -> w.length() >= 5)
              .forEach(word -> COMPOUNDS.add(new Compound(word, part, true)));
        }
      }
    }
  }

  public static Optional<DayPart> ofId(String id) {
    for (DayPart part : values()) {
      if (part.id().equals(id)) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }
}
