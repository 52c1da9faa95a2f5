package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Compounds;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik speltmeel kopen?", "kan ik een fiets huren?": whether something can be had is said where a text names it
 * beside a price or a sale ("Speltmeel, 1 kilo: €3,25.", "neem je eigen fiets mee, er is geen fietsverhuur"), not by
 * the session being there; that sentence is quoted, yes or no by its clause.
 */
final class YesNoObtain {
  /** What a sentence says to offer what the verb asks for; a price offers what can be bought or hired. */
  private static final Map<String, List<String>> OFFERS = Map.of(
      "kopen", List.of("koop", "kopen", "verkocht", "€", "euro"),
      "huren", List.of("huur", "€", "euro"),
      "lenen", List.of("leen", "lenen"),
      "proeven", List.of("proef", "proeven", "proeverij"));

  /** "te koop": the word a question asks what is on sale by. */
  private static final String ON_SALE = "koop";
  /** A word beside the name asked about: "los:huren". */
  private static final String LOOSE = "los:";

  private YesNoObtain() {
  }

  static Optional<Written> answer(Answering a, Asked asked) {
    if (asked != Asked.YESNO) {
      return Optional.empty(); // asked of every reply: nothing set up for the others
    }
    // ("kan ik daar een fiets huren?": the verb may stand beside the name rather than after "kan ik")
    // ("zijn er kweeksets te koop?": on sale, as "kan ik ... kopen?")
    Optional<String> verb = a.query().detailAfter(Detail.ABILITY).or(() -> a.query().detailAfter(LOOSE))
        .filter(OFFERS::containsKey).or(() -> a.query().textWords().contains(ON_SALE) ? Optional.of("kopen")
        : Optional.empty());
    // ("kan ik de entree online kopen?": how it is bought is asked too, which a price does not answer)
    // ("kan ik om 22:30 nog schaatsen huren?": until when it can be had is asked, which a price does not answer)
    if (verb.isEmpty() || a.query().hasDetail("online") || a.query().has(Condition.At.class)
        || a.query().has(Condition.From.class)) {
      return Optional.empty();
    }
    List<String> things = things(a, verb.get());
    if (things.isEmpty()) {
      return Optional.empty();
    }
    List<String> offers = OFFERS.get(verb.get());
    // the index's sentences, split once per programme: without a session named every session's are read
    java.util.function.Predicate<Session> among = a.selection().explicitSessions()
        ? java.util.Set.copyOf(a.selection().sessions())::contains : s -> true;
    List<DescriptionIndex.Sentence> sentences = a.index().descriptions().all();
    for (String thing : things) {
      // ("kun je bij de proeverij heidehoning proeven?", "kun je er wol kopen?": what a tasting or a shop names)
      Optional<DescriptionIndex.Sentence> found = sentences.stream().filter(s -> among.test(s.session())
              && offered(s.text(), thing, offers)).findFirst()
          .or(() -> sentences.stream().filter(s -> among.test(s.session()) && sells(s.session(), verb.get())
              && names(s.tokens(), thing)).findFirst());
      if (found.isPresent()) {
        Session session = found.get().session();
        String sentence = found.get().text();
        List<String> tokens = a.index().descriptions().tokens(sentence);
        String written = tokens.stream().filter(t -> names(List.of(t), thing)).findFirst().orElse(thing);
        // "neem je eigen fiets mee, er is geen fietsverhuur": the clause that offers it says whether it is there
        String offered = tokens.stream().filter(t -> offers.stream().anyMatch(t::contains)).findFirst()
            .orElse(written);
        boolean no = Clauses.negated(sentence, List.of(offered)).orElse(false);
        return Optional.of(Written.text((no ? "Nee, " : "Ja, ") + Descriptions.from(session, sentence)
            + Descriptions.closing(sentence)).turningTo(List.of(session)));
      }
    }
    return Optional.empty();
  }

  /** What a session sells by its name: a shop or market sells what its texts name ("Wol, garen en ..."). */
  private static final List<String> SHOPS = List.of("winkel", "markt", "kraam", "kramen", "shop");

  /** Whether {@code session} offers by its name what the verb asks for: a "Honingproeverij", a "Boerderijwinkel". */
  private static boolean sells(Session session, String verb) {
    String title = session.title().toLowerCase(Locale.ROOT);
    return OFFERS.get(verb).stream().anyMatch(title::contains)
        || verb.equals("kopen") && SHOPS.stream().anyMatch(title::contains);
  }

  /** Words apart from the thing a price or sale may stand: "Schapenvachten vanaf €45,00", "te huur voor € 6,00". */
  private static final int NEAR = 4;
  /** The letters two forms of a word share at their start ({@link DescriptionIndex#mentions}). */
  private static final int STEM = 5;
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s,;:()]+");
  private static final java.util.regex.Pattern NOT_IN_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]");

  /**
   * Whether the sentence offers the thing: a word for it within {@link #NEAR} words of a price or a sale, so that
   * "€12,50 per persoon, inclusief een bol wol" of a workshop does not sell wool.
   */
  private static boolean offered(String sentence, String thing, List<String> offers) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    // (a word for the thing shares its first letters, and a sentence that offers nothing offers nothing)
    if (!lower.contains(thing.substring(0, Math.min(thing.length(), STEM)))
        || offers.stream().noneMatch(lower::contains)) {
      return false;
    }
    String[] words = WORDS.split(lower);
    for (int i = 0; i < words.length; i++) {
      String whole = words[i];
      if (whole.startsWith(thing) && offers.stream().anyMatch(whole::contains)) {
        return true; // "er is geen fietsverhuur"
      }
      if (!names(List.of(NOT_IN_WORD.matcher(words[i]).replaceAll("")), thing)) {
        continue;
      }
      for (int k = Math.max(0, i - NEAR); k < Math.min(words.length, i + NEAR + 1); k++) {
        String word = words[k];
        if (offers.stream().anyMatch(word::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A text's word for the thing: the word, a form of it, or a compound it ends ("lijnzaadolie" of "olie"). */
  private static boolean names(List<String> tokens, String thing) {
    return DescriptionIndex.mentions(tokens, thing) || tokens.stream().anyMatch(t -> Compounds.endsIn(t, thing));
  }

  /**
   * What is asked for: the words of the texts the question names, and those of a session's name that its title does
   * not have ("speltmeel" read as the "Molenwinkel: meel en brood" by its last part).
   */
  private static List<String> things(Answering a, String verb) {
    List<String> things = new ArrayList<>(a.query().textWords());
    List<String> titled = new ArrayList<>();
    for (Condition.About about : a.query().all(Condition.About.class)) {
      if (about.entity().type() != EntityType.SESSION && about.entity().type() != EntityType.TOPIC) {
        continue;
      }
      Optional<String> title = a.programme().session(about.entity().id()).map(s -> s.title().toLowerCase(Locale.ROOT));
      for (String word : about.entity().text().split(" ")) {
        boolean inTitle = title.filter(t -> t.contains(word)).isPresent();
        if (word.length() >= 4 && !word.equals(verb) && !things.contains(word) && !titled.contains(word)) {
          (inTitle ? titled : things).add(word);
        }
      }
    }
    // ("kan ik bij de stand een rookmelder kopen?" of the "Infostand rookmelders": what names it is asked for too)
    things.addAll(titled);
    things.remove(verb);
    things.remove(ON_SALE);
    return things;
  }
}
