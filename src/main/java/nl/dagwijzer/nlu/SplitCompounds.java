package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A compound typed as two words, "gespreks technieken", "respijt zorg", "vragen ronde": one word again when the
 * programme (or the general words for parts of a day) has it, so it names what the one word names.
 */
final class SplitCompounds {
  /** Shorter joins are too often two ordinary words that happen to make a third. */
  private static final int MIN_LENGTH = 8;
  /** Words that follow a part's word as words of their own: "na de keynote tijd voor vragen". */
  private static final Set<String> LOOSE = Set.of("tijd", "ruimte", "gelegenheid", "plek");
  private static final Set<String> BRING = Set.of("nemen", "nemn", "neme", "nmen", "brengen");

  private SplitCompounds() {
  }

  static List<String> join(List<String> typed, Set<String> programmeWords) {
    return join(typed, programmeWords, Set.of(), word -> false);
  }

  /**
   * {@code namePairs}: words that follow each other in a name, never joined, and one-word names, joined only into
   * another name's word ({@link ProgrammeWords#namePairs}, {@code nameWord}).
   */
  static List<String> join(List<String> typed, Set<String> programmeWords, Set<String> namePairs,
                           java.util.function.Predicate<String> nameWord) {
    List<String> tokens = rounds(wearing(about(unhyphenated(typed, programmeWords), programmeWords)),
        programmeWords);
    List<String> joined = null;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String second = tokens.get(i + 1);
      String both = tokens.get(i) + second;
      // "vragen ronde" is the question round; "koffie pauze" needs no join, "pauze" already is one
      // but "de keynote tijd voor vragen" is the keynote and time, not a "keynotetijd"
      boolean part = DayPart.ofWord(both).isPresent() && DayPart.ofWord(second).isEmpty() && !LOOSE.contains(second);
      // "wat moet ik mee nemen?", "mee nemn": the separable verb of what to bring, also typed with a slip
      boolean bring = tokens.get(i).equals("mee") && BRING.contains(second);
      if (bring) {
        both = "meenemen";
      }
      // "bij stand 124" is a numbered stand, not "bijstand"
      boolean numbered = i + 2 < tokens.size() && tokens.get(i + 2).chars().allMatch(Character::isDigit);
      if (namePairs.contains(tokens.get(i) + " " + second)
          || namePairs.contains(tokens.get(i) + " ") && !nameWord.test(both)) {
        continue; // "roc eemland" is the name, not the "roceemland" of an e-mail address
      }
      // ("vragen uur", "vertel uur" of the "Vragenuur", the "Verteluur": the one short end of such a compound)
      if (both.length() >= MIN_LENGTH && tokens.get(i).length() >= 3 && (second.length() >= 4
          || second.equals("uur") && programmeWords.contains(both)) && !numbered
          && (programmeWords.contains(both) || part || bring)) {
        if (joined == null) {
          joined = new ArrayList<>(tokens);
        }
        int at = joined.size() - (tokens.size() - i);
        joined.set(at, both);
        joined.remove(at + 1);
        i++;
      }
    }
    return joined == null ? tokens : List.copyOf(joined);
  }

  /**
   * "is er een keynote over privacy?" when the programme says "privacykeynote": "X over Y" is the compound "YX" where
   * the programme has that word.
   */
  private static List<String> about(List<String> tokens, Set<String> programmeWords) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String compound = tokens.get(i + 2) + tokens.get(i);
      if (tokens.get(i + 1).equals("over") && compound.length() >= MIN_LENGTH && tokens.get(i).length() >= 4
          && tokens.get(i + 2).length() >= 3 && programmeWords.contains(compound)) {
        List<String> joined = new ArrayList<>(tokens.subList(0, i));
        joined.add(compound);
        joined.addAll(tokens.subList(i + 3, tokens.size()));
        return about(joined, programmeWords);
      }
    }
    return tokens;
  }

  /** "hoe lang duurt een gespreksronde?": a compound of "ronde" the programme does not use is a round. */
  private static List<String> rounds(List<String> tokens, Set<String> programmeWords) {
    List<String> plain = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String round = token.endsWith("rondes") ? "rondes" : token.endsWith("ronde") ? "ronde" : null;
      String single = round != null && round.equals("rondes") ? token.substring(0, token.length() - 1) : token;
      String front = round == null ? "" : single.substring(0, single.length() - "ronde".length());
      if (round != null && token.length() >= round.length() + 4 && !programmeWords.contains(token)
          && !programmeWords.contains(single) && !RoundWords.ROUND_WORDS.contains(token)
          && DayPart.ofWord(token).isEmpty() && DayPart.ofWord(single).isEmpty()
          && namedBefore(front, programmeWords)) {
        if (plain == null) {
          plain = new ArrayList<>(tokens.subList(0, i));
        }
        // ("de tweede proefvaarronde": the round of the session whose name's word the front is the stem of; its
        // "proefvaarrondes" are that session's times)
        plain.addAll(SessionRounds.nameOf(front, programmeWords::contains).map(name -> SessionRounds.words(round, name))
            .orElse(List.of(round)));
      } else if (plain != null) {
        plain.add(token);
      }
    }
    return plain == null ? tokens : List.copyOf(plain);
  }

  /**
   * Whether the part before "ronde" names no rounds of its own: not a part of the day ("middagronde" is an afternoon
   * round) and not the plural the titles number ("speeddateronde" of "Speeddates ronde 1").
   */
  private static boolean namedBefore(String head, Set<String> programmeWords) {
    return DayPeriod.ofWord(head).isEmpty() && !programmeWords.contains(head + "s");
  }

  private static final Set<String> SUBJECTS = Set.of("ik", "je", "we", "jij", "u", "wij");
  private static final Set<String> AFTER_AAN = Set.of("de", "het", "een", "tafel", "bod", "beurt");
  private static final Set<String> WEARING = Set.of("trekken", "doen");

  /** "wat moet ik aan voor het varen?": "aan" with nothing after it is what one puts on ("aantrekken"). */
  private static List<String> wearing(List<String> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).equals("wat") && !tokens.contains("wat")) {
      return tokens;
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).equals("aan") && SUBJECTS.contains(tokens.get(i - 1))
          && (i + 1 == tokens.size() || !AFTER_AAN.contains(tokens.get(i + 1)))) {
        List<String> worn = new ArrayList<>(tokens);
        worn.set(i, "aantrekken");
        if (i + 1 < worn.size() && WEARING.contains(worn.get(i + 1))) {
          worn.remove(i + 1); // "wat moet ik aan trekken?": the verb typed apart is the same one
        }
        return List.copyOf(worn);
      }
    }
    return tokens;
  }

  /** "warmingup" for the title's "warming-up": split where the title's hyphens are. */
  private static List<String> unhyphenated(List<String> tokens, Set<String> programmeWords) {
    List<String> split = new ArrayList<>(tokens.size());
    boolean changed = false;
    for (String token : tokens) {
      String written = token.length() < 5 || programmeWords.contains(token) ? null : hyphenated(token, programmeWords);
      if (written == null && token.startsWith("info") && !token.startsWith("informatie")
          && programmeWords.contains("informatie" + token.substring(4))) {
        written = "informatie" + token.substring(4); // "infokramen" for "informatiekramen"
      }
      if (written == null) {
        written = kindAfter(token, programmeWords);
      }
      if (written == null) {
        split.add(token);
      } else {
        split.addAll(List.of(written.split("-")));
        changed = true;
      }
    }
    return changed ? List.copyOf(split) : tokens;
  }

  /** Words for a kind of session that people join to what it is about: "poppenkastvoorstelling", "robotshow". */
  private static final List<String> KINDS = List.of("voorstelling", "voorstellingen", "show", "sessie", "optreden",
      "activiteit");

  /**
   * "poppenkastvoorstelling" as "poppenkast-voorstelling" when the programme has "poppenkast" and not the whole: the
   * thing names its session, the kind only says what it is.
   */
  private static String kindAfter(String token, Set<String> programmeWords) {
    if (programmeWords.contains(token)) {
      return null;
    }
    for (String kind : KINDS) {
      String thing = token.endsWith(kind) ? token.substring(0, token.length() - kind.length()) : "";
      if (thing.length() >= 4 && programmeWords.contains(thing)) {
        return thing + "-" + kind;
      }
    }
    return null;
  }

  private static String hyphenated(String token, Set<String> programmeWords) {
    for (int at = 2; at <= token.length() - 2; at++) {
      String written = token.substring(0, at) + "-" + token.substring(at);
      if (programmeWords.contains(written)) {
        return written;
      }
    }
    return null;
  }
}
