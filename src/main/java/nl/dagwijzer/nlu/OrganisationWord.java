package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Programme;

/**
 * "bij welke uitgeverij zit Pieter de Ruiter?", "van welke uitgeverij is Lisa de Lange?": the noun after "welke" is a
 * word of that speaker's organisation ("Uitgeverij Zwartboek"), so the question asks the organisation, not the sessions
 * whose titles share the word ("Uitgeversmarkt").
 */
final class OrganisationWord {
  private static final int SHORTEST = 4;

  private OrganisationWord() {
  }

  static Query read(Query query, List<String> tokens, List<Span> spans, Programme programme) {
    int which = Math.max(tokens.indexOf("welke"), tokens.indexOf("welk"));
    if (which < 0 || which + 1 >= tokens.size() || tokens.get(which + 1).length() < SHORTEST) {
      return query;
    }
    String noun = tokens.get(which + 1);
    boolean ofSpeaker = spans.stream().filter(s -> s.entity().type() == EntityType.SPEAKER)
        .flatMap(s -> programme.speaker(s.entity().id()).stream())
        .anyMatch(p -> List.of(p.organisation().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(noun));
    if (!ofSpeaker) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    spans.stream().filter(s -> s.from() == which + 1).forEach(s -> conditions.removeIf(c -> c instanceof Condition.About
        about && about.entity().equals(s.entity())));
    conditions.removeIf(c -> c instanceof Detail d && d.word().startsWith("labelvan:"));
    conditions.add(new Detail("organisatie"));
    return query.withAsked(Asked.PERSON).withConditions(conditions);
  }
}
