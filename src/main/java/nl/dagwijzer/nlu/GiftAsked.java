package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "krijg je wat als je een emmer vol plukt?", "krijgen alle kinderen die meedoen iets?", "krijgen we na afloop iets
 * mee?": whether something is given, which a description says ("Wie een volle emmer inlevert, krijgt een fles
 * druivensap"). Read as a yes or no with the {@link Detail} {@code krijgt-iets:<the question's own words>}, which
 * pick the sentence, and the sessions named (a question that sounds out of scope has lost them).
 */
public final class GiftAsked {
  public static final String PREFIX = "krijgt-iets:";
  private static final Set<String> GET = Set.of("krijg", "krijgt", "krijgen");
  private static final Set<String> SOMETHING = Set.of("iets", "wat");
  private static final Set<String> GIFT = Set.of("cadeau", "cadeautje", "aandenken", "presentje", "souvenir");
  /** Getting back or sent what one already has is not a gift: "krijg ik mijn geld terug?", "... toegestuurd?". */
  private static final Set<String> NOT_GIVEN = Set.of("terug", "toegestuurd", "opgestuurd", "gemaild", "zien",
      "voor", "vrij");
  /** Words that pick no sentence: the question's own grammar. */
  private static final Set<String> GRAMMAR = Set.of("krijg", "krijgt", "krijgen", "iets", "wat", "ook", "mee", "als",
      "alle", "iedereen", "die", "dat", "deze", "een", "het", "de", "je", "jij", "ik", "we", "wij", "ze", "zij",
      "jullie",
      "hij", "men", "er", "daar", "dan", "nog", "wel", "van", "bij", "na", "naar", "met", "op", "in", "aan", "voor",
      "huis", "afloop", "hebt", "heeft", "hebben", "heb", "zijn", "is", "ben", "doe", "doet", "doen", "meedoen", "mijn",
      "onze", "hun", "te");

  private GiftAsked() {
  }

  static Query read(Query query, List<String> tokens, List<Span> spans) {
    // ("krijgen we huiswerk mee?" asks of a thing, which a description may or may not name)
    boolean something = tokens.stream().anyMatch(SOMETHING::contains) || tokens.stream().anyMatch(GIFT::contains);
    // (the verb first makes it a yes or no: "wat" is something, no question word, in "krijg je wat als ...?")
    if (tokens.isEmpty() || !GET.contains(tokens.get(0)) || !something
        || query.first(Condition.NotInProgramme.class).isPresent()
        || tokens.stream().anyMatch(NOT_GIVEN::contains) || tokens.contains("wat") && tokens.contains("voor")) {
      return query;
    }
    List<String> own = tokens.stream().filter(t -> t.length() >= 2 && !GRAMMAR.contains(t)).distinct().toList();
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(PREFIX + String.join(" ", own)));
    spans.stream().map(Span::entity).filter(e -> e.type() == EntityType.SESSION || SeriesNames.isSeries(e))
        .map(Condition.About::new).filter(about -> !conditions.contains(about)).forEach(conditions::add);
    return query.withConditions(conditions).withAsked(Asked.YESNO);
  }
}
