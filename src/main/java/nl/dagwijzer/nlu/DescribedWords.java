package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the words of the programme's descriptions add to a reading: the words themselves, which a quoted sentence must
 * have; a yes or no when the question is one ("is de voedselbank er ook?"); and the property asked for ("wat kost
 * optie A?").
 */
final class DescribedWords {
  private DescribedWords() {
  }

  /**
   * "pitcht kees van dijk voor mentor op maat?": a verb no list foresees, then a name only a description has; as
   * {@link VerbFirst} does for names of the programme.
   */
  private static boolean verbThenDescribed(List<String> tokens, List<Condition> described) {
    boolean verb = VerbFirst.opensWithVerb(tokens) && tokens.get(0).chars().allMatch(Character::isLetter);
    return verb && described.stream().anyMatch(c -> c instanceof Detail d
        && d.text().filter(tokens.get(1)::equals).isPresent());
  }

  /** "voor kinderen": "voor" right before a word only descriptions have names whom something is for. */
  private static boolean forWhom(List<String> tokens, List<Condition> described) {
    for (int k = 1; k < tokens.size(); k++) {
      String word = tokens.get(k);
      if (tokens.get(k - 1).equals("voor") && described.stream().anyMatch(c -> c instanceof Detail d
          && d.text().filter(word::equals).isPresent())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> MODALS = java.util.Set.of("kan", "kun", "kunnen", "mag", "mogen");

  /**
   * "welke routes kan ik rijden?", "welke tochten kan ik lopen?": the verb after "kan ik" says what one does with
   * what is named, no word its texts must have.
   */
  private static boolean doneTo(List<String> tokens, String word) {
    int k = tokens.indexOf(word);
    return k >= 2 && word.endsWith("en") && MODALS.contains(tokens.get(k - 2)) && PERSONS.contains(tokens.get(k - 1));
  }

  /** "hoe" before these asks an amount or a time, not how something is done. */
  private static final java.util.Set<String> MEASURES = java.util.Set.of("laat", "lang", "vaak", "veel", "groot",
      "ver", "duur", "oud", "hoog", "zit", "heet", "heten");

  /** "hoe geef ik ...", "hoe krijg je ...": the verb, then who does it. */
  private static final java.util.Set<String> PERSONS = java.util.Set.of("ik", "je", "jij", "we", "wij", "u", "men");

  /** "hoe geef ik ...", "hoe werkt ...": how, not how late, long or many ({@link #MEASURES}). */
  private static boolean asksHow(List<String> tokens) {
    return tokens.size() >= 3 && tokens.get(0).equals("hoe") && !MEASURES.contains(tokens.get(1));
  }

  /**
   * "hoe kan ik stemmen voor de publieksprijs?": how something is done, which only a description says; the words
   * that name it ("stemmen", "publieksprijs") are the words the sentence must have.
   */
  private static List<Condition> howTo(Query read, List<String> tokens, List<Entity> entities,
                                       List<Condition> described) {
    if (read.asked() != Asked.UNKNOWN || !asksHow(tokens)) {
      return described;
    }
    List<Condition> words = new ArrayList<>(described);
    if ((tokens.contains("vraag") || tokens.contains("vragen")) && (tokens.contains("stellen")
        || tokens.contains("stel")) && !words.contains(Detail.text("vragen"))) {
      words.add(Detail.text("vragen")); // "hoe kan ik een vraag stellen?": "... hoe u vragen stelt via de chat"
    }
    entities.stream().filter(e -> e.type() == EntityType.SESSION || e.type() == EntityType.TOPIC
            || e.type() == EntityType.PART).map(Entity::text).filter(t -> !t.contains(" ") && t.length() >= 4)
        .distinct().map(Detail::text).filter(d -> !words.contains(d)).forEach(words::add);
    return words;
  }

  static Query added(Query query, List<String> tokens, List<Entity> entities, List<Condition> described,
      boolean yesNoOnText) {
    Query read = query;
    if (yesNoOnText && read.asked() != Asked.COUNT || read.asked() == Asked.UNKNOWN && verbThenDescribed(tokens,
        described)) {
      read = read.withAsked(Asked.YESNO);
    } else if (read.asked() == Asked.UNKNOWN && !described.isEmpty() && QuestionForm.asksWhen(tokens)
        && entities.stream().noneMatch(e -> e.type() == EntityType.UNKNOWN && e.id().startsWith("thing:"))) {
      // "hoe laat gaan de deuren open?": a time, which only a description may give; unknown again if none does
      read = read.withAsked(Asked.TIME);
      List<Condition> marked = new ArrayList<>(read.conditions());
      marked.add(new Detail(Detail.DESCRIBED_TIME));
      read = read.withConditions(marked);
    }
    if (read.asked() == Asked.PROGRAMME && !described.isEmpty() && (QuestionForm.startsWith(tokens, "welke")
        || QuestionForm.startsWith(tokens, "welk"))) {
      read = read.withAsked(Asked.LIST); // "welke onderdelen hebben muziek?": those whose texts say so, not all
    }
    if (!described.isEmpty() && tokens.contains("allemaal") && !tokens.contains("nu")
        && read.conditions().stream().anyMatch(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0)) {
      // "wat is er allemaal gratis?": all day, what the texts say is free; not only what is on now
      read = read.withConditions(read.conditions().stream().filter(c -> !(c instanceof Condition.AtNow)).toList());
    }
    boolean nothingNamed = read.conditions().stream().noneMatch(c -> c instanceof Condition.About);
    if (!described.isEmpty() && nothingNamed && (read.asked() == Asked.ROOM && QuestionForm.startsWith(tokens, "waar")
        && tokens.contains("te") || read.asked() == Asked.UNKNOWN && QuestionForm.startsWith(tokens, "waarvoor"))) {
      // "waar is muziek te horen?", "waarvoor moet ik me aanmelden?": the parts whose texts say so, where they are
      read = read.withAsked(Asked.LIST);
    }
    described = howTo(read, tokens, entities, described);
    if (read.asked() == Asked.UNKNOWN && !described.isEmpty() && asksHow(tokens) && PERSONS.contains(tokens.get(2))) {
      // "hoe geef ik dieetwensen door?": what a description says to do; unknown again if none does
      read = read.withAsked(Asked.CONTENT);
      List<Condition> marked = new ArrayList<>(read.conditions());
      marked.add(new Detail(Detail.DESCRIBED_CONTENT));
      read = read.withConditions(marked);
    }
    Optional<String> property = PropertyWords.of(tokens);
    if (described.isEmpty() && property.isEmpty()) {
      return read;
    }
    int floor = tokens.indexOf(PropertyWords.FLOOR);
    if (property.isPresent() && floor > 0 && read.order().isPresent()
        && List.of("eerste", "tweede", "derde", "laatste", "bovenste").contains(tokens.get(floor - 1))) {
      // "welke spreekuren zijn op de eerste verdieping?": the floor's number, not the first of the sessions
      read = new Query(read.asked(), read.conditions(), Optional.empty(), read.counted(), read.plural());
    }
    if (property.filter(p -> p.startsWith(PropertyWords.FLOOR)).isPresent() && read.asked() != Asked.YESNO
        && read.asked() != Asked.LIST && (tokens.contains("welke") || tokens.contains("waar"))) {
      read = read.withAsked(Asked.ROOM); // "op welke verdieping is de studiezaal?" asks where
    }
    if (property.filter(p -> p.startsWith(PropertyWords.SIZE)).isPresent() && read.asked() == Asked.DURATION) {
      read = read.withAsked(Asked.CONTENT); // "hoe lang is de route in kilometers?": a distance, not a duration
    }
    if (property.filter(PropertyWords.LINK::equals).isPresent() && read.asked() != Asked.YESNO) {
      read = read.withAsked(Asked.ROOM); // "wat is de link van breakout 2?" asks where to join
    }
    List<Condition> all = new ArrayList<>(read.conditions());
    if ((read.asked() == Asked.YESNO && tokens.contains("voor") || read.asked() == Asked.LIST
        && forWhom(tokens, described)) && !described.isEmpty() && tokens.stream().noneMatch(CueWords.NOW::contains)) {
      // "is er iets voor kinderen?", "wat is er voor kinderen te doen?": for them, all day; "now" was only the
      // intent's guess
      all.removeIf(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0);
    }
    if (all.stream().anyMatch(c -> c instanceof Detail d && d.word().matches("leeftijd:\\d+"))
        && tokens.stream().noneMatch(CueWords.NOW::contains)) {
      // "wat is er voor een kind van 6?": for that age, all day
      all.removeIf(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0);
    }
    if (read.asked() == Asked.LIST && read.conditions().stream().anyMatch(c -> c instanceof Condition.About)) {
      described = described.stream().filter(c -> !(c instanceof Detail d && d.text().filter(w -> doneTo(tokens, w))
          .isPresent())).toList();
    }
    all.addAll(described);
    if (all.stream().anyMatch(c -> c instanceof Detail d && d.word().matches("leeftijd:\\d+"))) {
      all.removeIf(c -> c instanceof Detail d && d.word().equals("tekst:jaar")); // "vanaf 8 jaar": the age, read
    }
    property.ifPresent(kind -> all.addAll(PropertyWords.conditions(kind, entities, all, tokens)));
    return read.withConditions(all);
  }
}
