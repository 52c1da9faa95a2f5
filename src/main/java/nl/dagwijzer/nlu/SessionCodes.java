package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * Short names a programme gives sessions in codes and capitals: "sessie B" of "Deelsessie B: Jongeren", "1A", and
 * "de OK" of "Rondleiding OK".
 */
final class SessionCodes {
  private final TextNormaliser normaliser;
  /** The words of organisations and topics, which a word in capitals names instead ("UWV", "PIP"). */
  private final Set<String> others = new HashSet<>();

  SessionCodes(Programme programme, TextNormaliser normaliser) {
    this.normaliser = normaliser;
    programme.speakers().forEach(p -> others.addAll(normaliser.tokens(p.organisation())));
    programme.topics().forEach(t -> others.addAll(normaliser.tokens(t.name())));
  }

  /** Words for one of several parallel sessions, which a programme labels with a code ("Deelsessie B: ..."). */
  private static final List<String> LABELS = List.of("sessie", "deelsessie", "workshop", "werksessie", "werkgroep",
      "subsessie");

  /**
   * "Deelsessie B: Jongeren" is also "sessie B", "workshop B": a label and a short code, which people say with any of
   * the words for a session; a code with a digit ("1A") is a name on its own.
   */
  static List<List<String>> codes(Session session, TextNormaliser normaliser) {
    List<List<String>> codes = new ArrayList<>();
    List<String> labelled = new ArrayList<>(List.of(session.title()));
    labelled.addAll(session.aliases());
    for (String name : labelled) {
      int colon = name.indexOf(':');
      List<String> head = normaliser.tokens(colon > 0 ? name.substring(0, colon) : name);
      if (head.size() != 2 || !LABELS.contains(head.get(0)) || head.get(1).length() > 3) {
        continue;
      }
      String code = head.get(1);
      LABELS.forEach(label -> codes.add(List.of(label, code)));
      if (NameVariants.code(code)) {
        codes.add(List.of(code));
      }
    }
    return codes;
  }

  /**
   * "de OK", "de SEH" of "Rondleiding OK", "Rondleiding SEH": a short word in capitals in a title is a name after
   * "de", however common ("ok" on its own is a chat word; "aed-trainers" are people), unless it is an organisation's
   * or topic's word ("UWV", "PIP").
   */
  List<List<String>> capitals(Session session) {
    return java.util.Arrays.stream(session.title().split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase))
        .map(normaliser::tokens).filter(w -> w.size() == 1 && !others.contains(w.get(0)))
        .map(w -> List.of("de", w.get(0))).toList();
  }
}
