package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "de finale 14+", "finale 10-13 wnr": a series word and a number that numbers no member of the series, but that one
 * member's title has further on as an age class or a range ("Finale klasse 14+", "Finale klasse 10-13 jaar"): that
 * member, and the next token too when the title has it ("10-13").
 */
final class NumberInTitle {
  private NumberInTitle() {
  }

  /**
   * The member named by the number at {@code member}, over the tokens it covers; when none or many, the words as a
   * member the programme does not have ("tafel 6" where the tables go to 5).
   */
  static Gazetteer.Match member(List<Gazetteer.Entry> entries, List<String> typed, int from, int member) {
    String number = typed.get(member);
    List<Gazetteer.Entry> having = entries.stream().filter(e -> e.type() == EntityType.SESSION
        && e.tokens().size() > 2 && e.tokens().subList(1, e.tokens().size()).contains(number)).toList();
    if (having.isEmpty() || having.stream().map(Gazetteer.Entry::id).distinct().count() != 1) {
      String words = String.join(" ", typed.subList(from, member + 1));
      return new Gazetteer.Match(from, member + 1, new Entity(EntityType.UNKNOWN, "thing:" + words, words));
    }
    Gazetteer.Entry found = having.get(0);
    int to = member + 1 < typed.size() && found.tokens().contains(typed.get(member + 1)) ? member + 2 : member + 1;
    return new Gazetteer.Match(from, to, new Entity(EntityType.SESSION, found.id(),
        String.join(" ", typed.subList(from, to))));
  }
}
