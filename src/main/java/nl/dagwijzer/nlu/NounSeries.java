package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "Oversteek Schiermonnikoog" (alias "de lange tocht"), "Tocht naar de Engelsmanplaat" and "Familie-wadtocht": three
 * sessions a programme calls by one noun, in front ("Tocht naar ...") or at the end of a name ("korte tocht",
 * "wadtocht"), are a series by it ("welke tochten zijn er?"), though no two titles open alike. A name that only
 * opens with a compound of it ("zoektocht voor kinderen") is no member: there it is what is searched for, not the kind.
 */
final class NounSeries {
  /** Nouns shorter than this are too general to name a kind: "dag", "les". */
  private static final int SHORTEST = 5;
  private static final int MIN_SESSIONS = 3;
  private static final int MIN_TITLES = 2;
  private static final Set<String> ARTICLES = Set.of("de", "het", "een");

  private NounSeries() {
  }

  /** A session's title or alias, as tokens, and whether it is the title. */
  private record Name(Session session, List<String> tokens, boolean title) {
  }

  /**
   * Each noun that opens or ends three names or more, with the ids of those sessions; {@code described} are the words
   * of the sessions' descriptions ({@link ProgrammeWords#ofDescriptions}).
   */
  static Map<String, Set<String>> of(Programme programme, TextNormaliser normaliser, Set<String> described) {
    // each name read once: asked for every noun of every session, reading it again made the start-up allocate
    List<Name> names = new ArrayList<>();
    for (Session session : programme.sessions()) {
      names.add(new Name(session, normaliser.tokens(session.title()), true));
      session.aliases().forEach(alias -> names.add(new Name(session, normaliser.tokens(alias), false)));
    }
    names.removeIf(name -> name.tokens().isEmpty());
    Set<String> nouns = new LinkedHashSet<>();
    // "Briefing Familie-wadtocht" beside "Briefing Oversteek": a briefing, named by the word its titles open with
    Set<String> heads = new java.util.HashSet<>();
    List<String> lasts = new ArrayList<>();
    for (Name name : names) {
      if (name.title()) {
        if (!nouns.add(name.tokens().get(0))) {
          heads.add(name.tokens().get(0));
        }
        lasts.add(name.tokens().get(name.tokens().size() - 1));
      }
    }
    nouns.addAll(sharedTails(lasts, described));
    nouns.removeIf(noun -> noun.length() < SHORTEST || !noun.chars().allMatch(Character::isLetter));
    Map<String, Set<String>> members = new LinkedHashMap<>();
    for (String noun : nouns) {
      Set<String> ids = new LinkedHashSet<>();
      Set<String> titles = new LinkedHashSet<>();
      for (Name name : names) {
        if (namedBy(name, noun, heads)) {
          ids.add(name.session().id());
          titles.add(name.session().title());
        }
      }
      if (ids.size() >= MIN_SESSIONS && titles.size() >= MIN_TITLES) {
        members.put(noun, ids);
      }
    }
    return members;
  }

  /**
   * "60 km Heuvelroute", "40 km Bosroute": the last part two titles' last words share, when the texts use it as a
   * word of its own ("de route"), so the split comes from the programme.
   */
  private static Set<String> sharedTails(List<String> lasts, Set<String> words) {
    Set<String> tails = new LinkedHashSet<>();
    for (int i = 0; i < lasts.size(); i++) {
      for (int j = i + 1; j < lasts.size(); j++) {
        String tail = commonEnd(lasts.get(i), lasts.get(j));
        if (!lasts.get(i).equals(lasts.get(j)) && tail.length() >= SHORTEST && words.contains(tail)) {
          tails.add(tail);
        }
      }
    }
    return tails;
  }

  private static String commonEnd(String one, String other) {
    int n = 0;
    while (n < one.length() && n < other.length()
        && one.charAt(one.length() - 1 - n) == other.charAt(other.length() - 1 - n)) {
      n++;
    }
    return one.substring(one.length() - n);
  }

  private static boolean namedBy(Name name, String noun, Set<String> heads) {
    List<String> tokens = name.tokens();
    String last = tokens.get(tokens.size() - 1);
    boolean otherHead = !tokens.get(0).equals(noun) && heads.contains(tokens.get(0));
    // a title ends in the noun after an article or adjective only ("Prijsuitreiking sorteerwedstrijd" is a
    // prize-giving); an alias is a short name people use ("poldermolen demonstratie", "korte tocht")
    // ("zelf optreden" is to perform, a verb)
    List<String> before = tokens.subList(0, tokens.size() - 1);
    boolean described = last.equals(noun) && !before.contains("zelf") && (!name.title()
        || before.stream().allMatch(t -> ARTICLES.contains(t) || t.endsWith("e")));
    return tokens.get(0).equals(noun) || !otherHead && (described || Compounds.endsIn(last, noun));
  }
}
