package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "wie pitcht er voor Fietsfabriek Oost?" when only a description names the person ("Fietsfabriek Oost, ...; pitch
 * door Ruud Brinkman."): the sentence with the question's words and a person's name beside them, rather than every
 * speaker of the day. The words the descriptions write as names ("Zwolle") decide when not all words are in one
 * sentence ("wie pitcht er voor een initiatief uit Zwolle?").
 */
final class DescribedPeople {
  /** A name as descriptions write one: capitalised words, with the particles of Dutch surnames between them. */
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
      + "(?: (?:van|de|der|den|ten|ter|te|'t|el|El|ait|Ait|bin|da|le|la|du))* \\p{Lu}\\p{L}+");
  private static final int MIN_WORD = 4;
  /** More sessions than this saying it means the words are too common to point at one person. */
  private static final int MAX_SESSIONS = 2;

  private DescribedPeople() {
  }

  static Optional<Written> answer(Answering a) {
    List<String> words = a.query().textWords().stream()
        .filter(w -> w.length() >= MIN_WORD).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    DescriptionIndex descriptions = a.index().descriptions();
    Map<Session, String> found = descriptions.having(words, List.of());
    boolean all = !found.isEmpty() && words.stream().allMatch(w -> DescriptionIndex.mentions(
        descriptions.tokens(found.values().iterator().next()), w));
    if (!all) {
      List<String> names = writtenAsNames(descriptions, words);
      if (names.isEmpty() || names.size() == words.size()) {
        // "wie zijn de chauffeurs voor het carpoolen?": one of the words, in the one sentence that names people
        return words.size() < 2 ? Optional.empty() : words.stream()
            .map(w -> answer(a, descriptions.having(List.of(w), List.of()), List.of(w)))
            .flatMap(Optional::stream).findFirst();
      }
      return answer(a, descriptions.having(names, List.of()), names);
    }
    return answer(a, found, words);
  }

  private static Optional<Written> answer(Answering a, Map<Session, String> found, List<String> words) {
    List<Map.Entry<Session, String>> naming = found.entrySet().stream()
        .filter(e -> namesSomeoneElse(e.getValue(), words)).toList();
    if (naming.isEmpty() || naming.size() > MAX_SESSIONS) {
      return Optional.empty();
    }
    List<String> lines = naming.stream().map(e -> Descriptions.quoted(e.getKey(), e.getValue())).toList();
    return Optional.of(Written.text(String.join("\n", lines))
        .turningTo(naming.stream().map(Map.Entry::getKey).toList()));
  }

  /**
   * "De jury bestaat uit vier leden: Karim El Idrissi (...), Hanneke Kamphuis (...), Johan van Lochem (...) en ...":
   * for a question about people in a role, the one sentence with the role's word that names at least two people, one
   * of whom the reply {@code written} so far does not, as a list of the people in it.
   */
  static Optional<String> members(Answering a, String written, List<Session> sessions) {
    List<String> roles = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROLE).map(c -> c.entity().id())
        .filter(r -> r.length() >= MIN_WORD).toList();
    if (roles.size() != 1) {
      return Optional.empty();
    }
    String role = roles.get(0);
    // "De jury bestaat uit ...", "Panelleden: ...": a sentence that lists the role's people, of a session answered
    Pattern lists = Pattern.compile("(?i)\\b" + Pattern.quote(role) + "\\p{L}*( \\p{L}+){0,2}( bestaat uit| bestaan uit"
        + "|:)");
    return a.index().descriptions().having(List.of(role), sessions).entrySet().stream()
        .filter(e -> lists.matcher(e.getValue()).find())
        .filter(e -> {
          Matcher matcher = NAME.matcher(e.getValue());
          int names = 0;
          boolean unnamed = false;
          while (matcher.find()) {
            names++;
            unnamed |= !written.contains(matcher.group());
          }
          return names >= 2 && unnamed;
        })
        .findFirst().map(e -> Descriptions.quoted(e.getKey(), e.getValue()));
  }

  /**
   * "wie zijn de tafelhosts bij A2?" when the speaker is one host and the details add the others ("Tafel 5: tafelhost
   * Jeroen van Dijk"): the detail lines of the sessions answered that give the role before a name not yet written.
   */
  static Optional<String> withRole(Answering a, String written, List<Session> sessions) {
    List<String> roles = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.ROLE).map(c -> c.entity().id())
        .filter(r -> r.length() >= MIN_WORD).toList();
    if (roles.size() != 1) {
      return Optional.empty();
    }
    Pattern held = Pattern.compile("(?i)\\b" + Pattern.quote(roles.get(0)) + "\\p{L}*:? (?-i)("
        + PERSON.pattern() + ")");
    List<String> lines = sessions.stream().flatMap(session -> session.details().stream()).distinct().filter(line -> {
      Matcher matcher = held.matcher(line);
      return matcher.find() && !written.contains(matcher.group(1));
    }).toList();
    return lines.isEmpty() ? Optional.empty() : Optional.of("Uit de beschrijving:\n" + DutchText.bullets(lines));
  }

  /**
   * "wie pitchen er in de categorie Wijk & Buurt?" when the programme's speakers there are the presenter and the jury
   * and the details name who pitches: the detail lines that name people who are not its speakers, at least two.
   */
  static Optional<String> inDetails(Session session, List<nl.dagwijzer.programme.Speaker> speakers) {
    List<String> lines = session.details().stream().filter(line -> {
      if (LISTING.matcher(line).find()) {
        return true; // "Panelleden: Aya (4 vmbo), Daan (5 havo), ...": people by first name
      }
      Matcher matcher = NAME.matcher(line);
      while (matcher.find()) {
        String name = matcher.group();
        if (speakers.stream().noneMatch(p -> p.name().equals(name)) && PERSON.matcher(name).matches()) {
          return true;
        }
      }
      return false;
    }).toList();
    if (lines.isEmpty() || lines.size() < 2 && lines.stream().noneMatch(l -> LISTING.matcher(l).find())) {
      return Optional.empty();
    }
    return Optional.of("Uit de beschrijving:\n" + DutchText.bullets(lines));
  }

  /** A detail line that lists people: "Panelleden: ...", "Sprekers: ...", "Tafelhosts: ...". */
  private static final Pattern LISTING = Pattern.compile("^\\p{L}*(leden|sprekers|gasten|hosts|deelnemers|jury"
      + "|jongeren|leerlingen|studenten)\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A name of a person rather than of a place or organisation: a first name and a surname, perhaps with particles. */
  private static final Pattern PERSON = Pattern.compile("(?!(?:De|Het|Een|Stichting|Gemeente) )"
      + "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? (?:(?:van|de|der|den|ten|ter|te|'t|el|El|ait|Ait) )*\\p{Lu}\\p{L}+");

  /** Whether {@code sentence} has a name that is not made of the question's own words ("Fietsfabriek Oost"). */
  private static boolean namesSomeoneElse(String sentence, List<String> words) {
    Matcher matcher = NAME.matcher(sentence);
    while (matcher.find()) {
      String name = matcher.group().toLowerCase(Locale.ROOT);
      if (words.stream().noneMatch(w -> name.contains(w.substring(0, Math.min(w.length(), 5))))) {
        return true;
      }
    }
    return false;
  }

  /** Those of {@code words} a description writes as names ("Zwolle", "Deventer"). */
  static List<String> writtenAsNames(DescriptionIndex descriptions, List<String> words) {
    return words.stream().filter(w -> writtenAsName(descriptions, w)).toList();
  }

  /** Whether a description writes {@code word} with a capital inside a sentence, as a name ("in Zwolle"). */
  static boolean writtenAsName(DescriptionIndex descriptions, String word) {
    return descriptions.withWord(word).map(s -> Pattern.compile("[^.!?] " + Pattern.quote(
        word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)), Pattern.UNICODE_CASE)
        .matcher(s.text()).find()).orElse(false);
  }
}
