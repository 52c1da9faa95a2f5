package nl.dagwijzer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Reads who speaks from the ways Dutch programmes say it: "Gertru Diender, bestuurslid Divosa", "Bob de Levita en
 * David Sondorp, adviseurs Radar Advies", "dagvoorzitter Fatima El Amrani", "Met A, B en wethouder C (gemeente D)",
 * "Gespreksleider: Daan Bos", and a sentence that opens with a speaker ("Maartje Bos, projectleider ... bij gemeente
 * Amsterdam, vertelt ...").
 */
final class SpeakerLines {
  private static final Pattern CUE = Pattern.compile(
      "^(?:door|met|met o\\.a\\.|met onder andere|onder leiding van|o\\.l\\.v\\.|begeleid door|sprekers?:|door:)\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile(
      "^(gespreksleider|moderator|dagvoorzitter|presentator|spreker|sprekers|panelleden|panel|begeleiding)\\s*:\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLES = Pattern.compile(
      "^(?:(?:prof|dr|drs|mr|ir|ing|ds|dhr|mevr|mw|bc)\\.\\s*|mevrouw\\s+|meneer\\s+|de heer\\s+)+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_REFERENCE = Pattern.compile("^(?:de|het)\\s+(\\p{Ll}[\\p{Ll}-]+)$");
  private static final Pattern ROLE_WORD = Pattern.compile("^\\p{Ll}[\\p{Ll}-]+\\s+");
  private static final Pattern OWN_BRACKETS = Pattern.compile("^\\s*\\(([^()]*)\\)");
  private static final Pattern JOIN = Pattern.compile("^\\s*(?:,\\s*|\\s+en\\s+|\\s*&\\s*)");
  private static final Pattern ORGANISATION_START = Pattern.compile(
      "^(gemeente|provincie|ministerie|stichting|vereniging|universiteit|hogeschool)\\b", Pattern.CASE_INSENSITIVE);

  private SpeakerLines() {
  }

  /** One person as written; {@code title} is an academic or courtesy title left out of the name, or null. */
  record Person(String name, String role, String organisation, boolean affiliationGuessed, String title) {
  }

  /**
   * The people a fragment names. {@code speakerOnly} is false when the fragment goes on with what they do
   * ("..., vertelt alles over ..."), so it is also worth keeping as a summary.
   */
  record Parsed(List<Person> people, boolean speakerOnly) {
  }

  /** The people in {@code text} when the whole text is about them; empty when it is anything else. */
  static Optional<Parsed> parse(String text, String knownOrganisation) {
    String s = Typography.plain(text).replaceAll("[\\s.;]+$", "");
    String label = null;
    Matcher labelMatch = LABEL.matcher(s);
    if (labelMatch.find()) {
      label = labelMatch.group(1).toLowerCase(Locale.ROOT);
      s = s.substring(labelMatch.end());
    }
    s = CUE.matcher(s).replaceFirst("");
    List<Person> people = new ArrayList<>();
    List<String> ownDescriptions = new ArrayList<>();
    int pos = 0;
    String shared = null;
    boolean clause = false;
    while (true) {
      String rest = s.substring(pos);
      String prefixRole = null;
      Matcher role = ROLE_WORD.matcher(rest);
      Optional<Span> name = nameAfterTitles(rest);
      if (name.isEmpty() && role.find()) {
        Optional<Span> afterRole = nameAfterTitles(rest.substring(role.end()));
        if (afterRole.isPresent()) {
          prefixRole = rest.substring(0, role.end()).strip();
          pos += role.end();
          rest = s.substring(pos);
          name = afterRole;
        }
      }
      if (name.isEmpty()) {
        return Optional.empty();
      }
      int titleEnd = titleLength(rest);
      String title = titleEnd > 0 ? rest.substring(0, titleEnd).strip() : null;
      String personName = rest.substring(titleEnd + name.get().getStart(), titleEnd + name.get().getEnd());
      pos += titleEnd + name.get().getEnd();
      String own = null;
      String after = s.substring(pos);
      Matcher paren = OWN_BRACKETS.matcher(after);
      if (paren.find()) {
        own = paren.group(1);
        pos += paren.end();
        after = s.substring(pos);
      }
      people.add(new Person(personName, prefixRole, null, false, title));
      ownDescriptions.add(own);
      if (after.isBlank()) {
        break;
      }
      Matcher and = JOIN.matcher(after);
      if (!and.find()) {
        return Optional.empty();
      }
      String next = after.substring(and.end());
      boolean comma = after.strip().startsWith(",");
      boolean nextIsPerson = nameAfterTitles(next).isPresent() || rolePrefixedPerson(next, comma);
      if (nextIsPerson) {
        pos += and.end();
        continue;
      }
      if (!comma) {
        return Optional.empty();
      }
      List<String> segments = List.of(next.split(",\\s*"));
      int clauseAt = clauseStart(segments);
      clause = clauseAt >= 0;
      shared = String.join(", ", clauseAt >= 0 ? segments.subList(0, clauseAt) : segments);
      if (shared.isBlank()) {
        return Optional.empty();
      }
      break;
    }
    return Optional.of(new Parsed(describe(people, ownDescriptions, shared, label, knownOrganisation), !clause));
  }

  /** "de dagvoorzitter": someone named by their role in the programme, to be looked up among the speakers. */
  static Optional<String> roleReference(String text) {
    String s = CUE.matcher(Typography.plain(text).replaceAll("[\\s.;]+$", "")).replaceFirst("");
    Matcher m = ROLE_REFERENCE.matcher(s);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static List<Person> describe(List<Person> people, List<String> own, String shared, String label,
                                       String knownOrganisation) {
    List<Person> described = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      String description = own.get(i) != null ? own.get(i) : shared != null && (i == people.size() - 1
          || own.subList(i, own.size()).stream().allMatch(d -> d == null)) ? shared : null;
      Affiliations.Affiliation a = description == null ? new Affiliations.Affiliation(null, knownOrganisation, false)
          : Affiliations.split(description, knownOrganisation);
      String role = p.role() != null ? p.role() : a.role();
      if (own.get(i) == null && description != null && people.size() > 1 && role != null && role.equals(a.role())) {
        role = Affiliations.singular(role);
      }
      if (role == null && label != null && !label.startsWith("spreker") && !label.startsWith("panel")) {
        role = label;
      }
      described.add(new Person(p.name(), role, a.organisation(), a.guessed(), p.title()));
    }
    return described;
  }

  /**
   * "... en wethouder Anouk Smit" in a list of people. After a comma, a role and capitalised words are the
   * description of the people before ("..., beleidsadviseur Sociaal Domein"), not one more person.
   */
  private static boolean rolePrefixedPerson(String text, boolean afterComma) {
    Matcher role = ROLE_WORD.matcher(text);
    return !afterComma && role.find() && nameAfterTitles(text.substring(role.end())).isPresent();
  }

  /** The first segment that reads as a clause ("vertelt alles over ..."), not as a role or organisation. */
  private static int clauseStart(List<String> segments) {
    for (int i = 1; i < segments.size(); i++) {
      String segment = segments.get(i).strip();
      if (Typography.words(segment) >= 3 && !segment.isEmpty() && Character.isLowerCase(segment.charAt(0))
          && !ORGANISATION_START.matcher(segment).find()) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Span> nameAfterTitles(String text) {
    int skip = titleLength(text);
    return PersonNames.atStart(text.substring(skip));
  }

  private static int titleLength(String text) {
    Matcher m = TITLES.matcher(text);
    return m.find() ? m.end() : 0;
  }
}
