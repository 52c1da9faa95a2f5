package nl.dagwijzer.nlu;

import java.util.List;
import java.util.function.Predicate;

/**
 * "de tweede proefvaarronde", "hoeveel proefvaarrondes zijn er?": a round of a session given several times, the
 * session's word joined to "ronde". Its front ("proefvaar") is the stem of a word of the programme's names
 * ("Proefvaren in een Valk"), so it is read as "de tweede ronde proefvaren", the way that works when typed apart.
 */
final class SessionRounds {
  /** The front must be a word of its own, not "tafel" or "vragen" of a kind of round. */
  private static final int FRONT = 5;

  private SessionRounds() {
  }

  /** The programme's word {@code front} is the stem of ("proefvaar": "proefvaren"), if any. */
  static java.util.Optional<String> nameOf(String front, Predicate<String> named) {
    if (front.length() < FRONT || named.test(front)) {
      return java.util.Optional.empty();
    }
    for (String form : List.of(front + "en", OpenSyllable.plural(front), front + "n")) {
      if (!form.equals(front) && named.test(form)) {
        return java.util.Optional.of(form);
      }
    }
    return java.util.Optional.empty();
  }

  /** What the compound is read as: "ronde" and the name's word, or for "rondes" the name's word alone (its times). */
  static List<String> words(String round, String name) {
    return round.equals("ronde") ? List.of(round, name) : List.of(name);
  }

  /**
   * "bij welke proefvaarrondes is nog plek?" where a description has the compound itself ("keus uit de
   * proefvaarrondes"), so no earlier step reads it as a round: the session's times, or for one ("de tweede
   * proefvaarronde") the round word and the session's word.
   */
  static List<String> split(List<String> tokens, Predicate<String> named) {
    List<String> read = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String round = token.endsWith("rondes") ? "rondes" : token.endsWith("ronde") ? "ronde" : null;
      java.util.Optional<String> name = round == null || named.test(token) ? java.util.Optional.empty()
          : nameOf(token.substring(0, token.length() - round.length()), named);
      if (name.isEmpty()) {
        if (read != null) {
          read.add(token);
        }
        continue;
      }
      if (read == null) {
        read = new java.util.ArrayList<>(tokens.subList(0, i));
      }
      read.addAll(words(round, name.get()));
    }
    return read == null ? tokens : read;
  }
}
