package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "mijn dochter is 12, wat kan zij doen?": an age said in the question and a "wat" or "welke" the classifier could not
 * place is a list of what there is for that age, not an unknown question about "zij"; ages asked as a range
 * ("voor tieners") are asked of the whole day.
 */
final class AgeList {
  /** "iets voor kids?": whom the texts say something is for, asked as a list like an age. */
  private static final java.util.Set<String> FOR_WHOM = java.util.Set.of("kinderen", "kids", "tieners",
      "jongeren", "volwassenen", "ouderen", "senioren", "gezinnen");
  private AgeList() {
  }

  /** {@code property}: the property the question asks ({@link PropertyWords#of}). */
  static Query read(Query query, List<String> tokens, java.util.Optional<String> property) {
    boolean span = query.all(Detail.class).stream().anyMatch(d -> d.word().startsWith(Detail.AGES));
    if (span && query.asked() == Asked.LIST && !tokens.contains("nu") && query.conditions().stream()
        .anyMatch(c -> c instanceof Condition.AtNow)) {
      // "welke groepen zijn er voor tieners?": what there is for those ages all day, not only now
      return query.withConditions(query.conditions().stream().filter(c -> !(c instanceof Condition.AtNow)).toList());
    }
    // ("iets voor peuters?", "iets voor kids van 6?": what there is for them, in chat)
    boolean something = tokens.contains("iets") && tokens.contains("voor");

    // ("wat kost de wandeling voor een kind van 10?" asks a price, for that age)
    boolean priced = property.filter(PropertyWords.COST::equals).isPresent();
    boolean aged = query.all(Detail.class).stream().anyMatch(d -> d.word().startsWith("leeftijd:")
        || something && d.word().startsWith(Detail.AGES));
    boolean forWhom = something && tokens.stream().anyMatch(FOR_WHOM::contains);
    if (query.asked() != Asked.UNKNOWN || priced || !aged && !forWhom
        || !tokens.contains("wat") && !tokens.contains("welke") && !something) {
      return query;
    }
    return query.withAsked(Asked.LIST).withConditions(query.conditions().stream()
        .filter(c -> !(c instanceof Detail d && d.word().equals("pronoun"))).toList());
  }

  /** "is er iets voor mijn kleuter van 4 jaar?": with an age, what there is for it, not a yes or no. */
  static Query somethingFor(Query query, List<String> tokens) {
    boolean aged = query.all(Detail.class).stream().anyMatch(d -> d.word().startsWith("leeftijd:"));
    // ("is er iets voor baby's van 1 jaar?" names whom the programme does not: the yes or no says so)
    if (query.asked() != Asked.YESNO || !aged || query.has(Condition.NotInProgramme.class) || tokens.size() < 4
        || !tokens.get(0).equals("is")
        || !tokens.get(1).equals("er") || !tokens.get(2).equals("iets") || !tokens.get(3).equals("voor")) {
      return query;
    }
    return query.withAsked(Asked.LIST).withConditions(query.conditions().stream()
        .filter(c -> !(c instanceof Detail d && d.word().equals("er-is"))).toList());
  }
}
