package nl.dagwijzer.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * Whether one must register for a session: a sentence of its texts that says how ("aanmelden bij het loket", "de
 * leerkracht meldt de klas vooraf aan", "reserveren is verplicht") and does not say it is not needed ("Gratis,
 * zonder aanmelding.", "geen aanmelding nodig").
 */
final class RegisterRequired {
  private static final Pattern REGISTERING = Pattern.compile("(?iu)\\b(aan(ge)?meld\\w*|meldt?\\b.*\\baan|"
      + "inschrijv\\w*|ingeschreven|schrijf\\w*\\b.*\\bin\\b|opgeven|geef\\w*\\b.*\\bop\\b|reserve\\w*|"
      + "reservering\\w*)");
  private static final Set<String> NOT = Set.of("niet", "geen", "zonder", "hoeft", "hoeven", "onnodig");

  private RegisterRequired() {
  }

  static boolean required(Session session) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      if (REGISTERING.matcher(sentence).find() && java.util.Arrays.stream(sentence.toLowerCase(java.util.Locale.ROOT)
          .split("[^\\p{L}]+")).noneMatch(NOT::contains)) {
        return true;
      }
    }
    return false;
  }

  static List<Session> of(List<Session> sessions) {
    return sessions.stream().filter(RegisterRequired::required).toList();
  }
}
