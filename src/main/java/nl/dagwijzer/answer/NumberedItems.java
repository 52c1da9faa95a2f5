package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "hoeveel posters zijn er?", "wie pitcht als eerste?", "wat is de laatste poster?": a session whose details number
 * its parts ("Poster 1: ...", "1. Sophie Verhagen: ...") is asked about those parts when the question names them,
 * not about the session, which is only one.
 */
final class NumberedItems {
  /** "Poster 3: ...", "Pitch 2 - ...", "4. ...": a number, alone or after one word, then a colon, dot or dash. */
  private static final Pattern NUMBERED = Pattern.compile("^(\\p{L}+\\s+)?\\d{1,2}\\s*[.:)\\-–]\\s*\\S.*");
  /** Both the word asked and the parts' own word start with this many letters alike ("poster", "Poster 3"). */
  private static final int SHARED = 4;

  private final Answering a;

  NumberedItems(Answering answering) {
    this.a = answering;
  }

  /** A session's numbered details, in order; empty when it has fewer than two. */
  static List<String> of(Session session) {
    List<String> numbered = session.details().stream().filter(d -> NUMBERED.matcher(d.strip()).matches()).toList();
    return numbered.size() >= 2 ? numbered : List.of();
  }

  Optional<Written> answer() {
    Asked asked = a.query().asked();
    Optional<Query.Order> order = a.query().order().filter(o -> o == Query.Order.FIRST || o == Query.Order.LAST);
    boolean fits = asked == Asked.COUNT || asked == Asked.LIST && order.isEmpty()
        || order.isPresent() && (asked == Asked.LIST || asked == Asked.PEOPLE || asked == Asked.CONTENT);
    // "welke stand heeft vacatures?" asks for the parts with that word: ItemLookup's
    boolean words = asked != Asked.COUNT
        && a.query().all(nl.dagwijzer.nlu.Detail.class).stream().anyMatch(d -> d.text().isPresent());
    if (!a.selection().named() && (asked == Asked.PEOPLE || asked == Asked.LIST || asked == Asked.COUNT)) {
      return withWord();
    }
    if (!fits || words || !a.selection().named() || a.sessions().size() != 1) {
      return Optional.empty();
    }
    Session session = a.sessions().get(0);
    List<String> items = of(session);
    if (items.isEmpty() || !namesTheItems(session, items)) {
      return Optional.empty();
    }
    String where = DutchText.placed(session);
    // "hoeveel posters zijn er van Hogeschool Leiden?": the parts that name the organisation
    List<String> from = a.organisationWords();
    String of = from.isEmpty() ? "" : " van " + DutchText.join(a.organisationsSaid());
    if (!from.isEmpty()) {
      items = items.stream().filter(i -> from.stream().anyMatch(o -> i.toLowerCase(Locale.ROOT)
          .contains(o.toLowerCase(Locale.ROOT)))).toList();
      if (items.isEmpty()) {
        return Optional.of(new Written("Bij " + where + " staat niets" + of + ".", Optional.empty(),
            List.of(session)));
      }
    }
    if (order.isPresent()) {
      String item = order.get() == Query.Order.FIRST ? items.get(0) : items.get(items.size() - 1);
      return Optional.of(new Written((order.get() == Query.Order.FIRST ? "Als eerste" : "Als laatste") + " bij "
          + where + ": " + item.strip(), Optional.empty(), List.of(session)));
    }
    String head = asked == Asked.COUNT ? "Bij " + where + " staan er " + items.size() + of + ":"
        : "Bij " + where + (of.isEmpty() ? "" : "," + of) + ":";
    return Optional.of(new Written(head + "\n" + DutchText.bullets(items), Optional.empty(), List.of(session)));
  }

  /**
   * "wie zijn de tafelhosts?", "hoeveel tafelhosts zijn er?" when one session numbers its tables as "Tafel 4:
   * tafelhost Karim Benali": the numbered parts that all have the question's word, listed or counted.
   */
  private Optional<Written> withWord() {
    List<String> stems = a.query().textWords().stream()
        .filter(w -> w.length() >= 6).map(w -> w.substring(0, w.length() - (w.endsWith("s") ? 1 : 0))).toList();
    if (stems.isEmpty()) {
      return Optional.empty();
    }
    Session owner = null;
    List<String> found = List.of();
    for (Session session : a.programme().sessions()) {
      List<String> items = of(session);
      List<String> having = items.stream().filter(i -> stems.stream().anyMatch(w -> i.toLowerCase(Locale.ROOT)
          .contains(w))).toList();
      if (having.size() >= 3 && having.size() == items.size()) {
        if (owner != null) {
          return Optional.empty(); // two sessions list them: the question does not say which
        }
        owner = session;
        found = having;
      }
    }
    if (owner == null) {
      return Optional.empty();
    }
    String where = DutchText.placed(owner);
    String head = a.query().asked() == Asked.COUNT ? "Bij " + where + " staan er " + found.size() + ":"
        : "Bij " + where + ":";
    return Optional.of(new Written(head + "\n" + DutchText.bullets(found), Optional.empty(), List.of(owner)));
  }

  /**
   * Whether a word of the question is the parts' own word ("posters" for "Poster 3: ...") or, when they are only
   * numbered, the session's first word ("pitch" for the "Pitchronde" whose details are "1. ...", "2. ...").
   */
  private boolean namesTheItems(Session session, List<String> items) {
    String first = items.get(0).strip();
    String own = Character.isLetter(first.charAt(0)) ? first.split("\\s+")[0] : session.title().split("[\\s:]+")[0];
    String ownStart = start(own);
    // "hoeveel tafels zijn er op de instrumentenmarkt?": the word counted, though it names no session itself, unless
    // the description gives the number in words ("drie stellingen")
    java.util.stream.Stream<String> counted = a.query().all(nl.dagwijzer.nlu.Detail.class).stream()
        .flatMap(d -> d.howMany().stream()).filter(word -> {
          java.util.regex.Pattern amount = CountedInText.amountOf(word);
          return DescriptionIndex.sentences(session).stream().noneMatch(sentence -> amount.matcher(sentence).find());
        });
    return ownStart.length() == SHARED && java.util.stream.Stream.concat(a.query().all(Condition.About.class)
        .stream().filter(c -> c.entity().type() == EntityType.SESSION || c.entity().type() == EntityType.PART)
        .flatMap(c -> List.of(c.entity().text().split("\\s+")).stream()), counted)
        .anyMatch(word -> start(word).equals(ownStart));
  }

  private static String start(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() >= SHARED ? lower.substring(0, SHARED) : "";
  }
}
