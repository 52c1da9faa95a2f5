package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "voor welke onderdelen moet je je van tevoren aanmelden?", "waarvoor moet je reserveren?": the sessions one must
 * register for, read as the {@link Detail} {@link #LIST}, rather than those whose texts use that one verb.
 */
public final class RegisterList {
  /** The detail that asks which sessions need registering. */
  public static final String LIST = "aanmelden-lijst";
  private static final Set<String> VERBS = Set.of("aanmelden", "inschrijven", "opgeven", "reserveren", "aanmelding",
      "inschrijving", "reservering", "reserveer", "inschrijf", "opgave");
  /** Words that only say when, which the registering sentence need not have. */
  private static final Set<String> WHICH = Set.of("welke", "welk");
  private static final Set<String> WHEN = Set.of("tevoren", "vooraf", "voren", "van");

  private RegisterList() {
  }

  static Query read(Query query, List<String> tokens) {
    // ("op welke website kan ik me aanmelden?" asks where)
    boolean which = tokens.size() > 1 && (tokens.get(0).equals("waarvoor") || WHICH.contains(tokens.get(0))
        || (tokens.get(0).equals("voor") || tokens.get(0).equals("bij")) && WHICH.contains(tokens.get(1)));
    if (!which || tokens.stream().noneMatch(VERBS::contains) || query.asked() == Asked.YESNO) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions().stream().filter(c -> !(c instanceof Detail d
        && d.word().startsWith("tekst:") && (VERBS.contains(d.word().substring(6))
        || WHEN.contains(d.word().substring(6))))).toList());
    conditions.add(new Detail(LIST));
    return query.withAsked(Asked.LIST).withConditions(conditions);
  }
}
