package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;

/**
 * "wat kost de entree?", "wat kost een toegangskaartje?" on a day whose text prices entry only at its ticket desk
 * ("Entree: € 4,00 per persoon."): the sentence that prices entry, the day's first, else any session's; not a day's
 * "gratis taxaties", which says nothing of entry.
 */
final class EntryPrice {
  /** Words for entry itself, also compounds that open with one: "toegangskaartje", "entreeprijs"; not "zwemkaartje". */
  private static final Pattern ENTRY_WORD = Pattern.compile("(entree|toegang)\\p{L}*|kaartjes?|tickets?|dagkaart(en)?");
  /** A sentence that prices entry: "Entree: € 4,00", "Toegang gratis", "Dagkaart: €15,00". */
  private static final Pattern PRICES_ENTRY = Pattern.compile("\\b(entree|toegang|dagkaart|toegangsprijs|entreeprijs"
      + "|deelname(kosten|prijs)?|kaartjes?|tickets?)\\b.*(€|\\beuro\\b|\\bgratis\\b)"
      + "|(€|\\beuro\\b).*\\b(entree|toegang)\\b");
  /** Any price or "gratis" in a sentence of the day's own text. */
  private static final Pattern PRICED = Pattern.compile("€|\\beuro\\b|\\bgratis\\b");

  private EntryPrice() {
  }

  /** The day itself, its organiser or the place it is held, named beside the price of entry. */
  private static boolean ofTheDay(Answering a, Condition.About about) {
    String id = about.entity().id();
    return about.entity().type() == nl.dagwijzer.nlu.EntityType.EVENT
        || about.entity().type() == nl.dagwijzer.nlu.EntityType.ORGANISATION && (id.equals(a.programme().event()
        .organiser()) || a.programme().event().venue().filter(v -> v.name().equals(id)).isPresent());
  }

  static boolean entryWord(String word) {
    return ENTRY_WORD.matcher(word).matches();
  }

  /** The sentence that prices entry, when the question asks that in words for entry only. */
  static Optional<Written> of(Answering a, List<String> words) {
    // "wat kost het om mee te doen?" names nothing: when the day's own text gives no price, the sentence that prices
    // taking part ("Deelname kost €5 per kind, inclusief lunchpakket") wherever it stands
    boolean plain = words.isEmpty() && a.query().all(Condition.About.class).isEmpty()
        && Descriptions.ofDay(a, s -> PRICED.matcher(s.toLowerCase(Locale.ROOT)).find()).isEmpty();
    boolean asked = plain || a.query().textWords().stream().anyMatch(EntryPrice::entryWord)
        || a.query().all(Condition.About.class).stream().anyMatch(c -> entryWord(c.entity().text()));
    // ("ijsdisco entree?" asks the price of that session; "de toegang tot het natuurcentrum" is the day's own)
    boolean other = a.query().all(Condition.About.class).stream().anyMatch(c -> !entryWord(c.entity().text())
        && !ofTheDay(a, c));
    if (!asked || other || !words.stream().allMatch(EntryPrice::entryWord) || AgeRanges.anyAsked(a.query())
        .isPresent()) {
      return Optional.empty();
    }
    return Descriptions.ofDay(a, EntryPrice::prices).or(() -> anySession(a));
  }

  /** The first letters of the words a sentence prices entry by, as the description index keys its sentences. */
  private static final List<String> ENTRY_KEYS = List.of("entree", "toegang", "dagkaart", "deelname", "kaartje",
      "ticket");

  /**
   * The first sentence of any session that prices entry ({@link Descriptions#firstSaying}), found through the
   * description index by its words rather than by splitting every session's texts on each question.
   */
  private static Optional<Written> anySession(Answering a) {
    DescriptionIndex.Sentence first = null;
    for (String key : ENTRY_KEYS) {
      for (DescriptionIndex.Sentence sentence : a.index().descriptions().startingLike(key)) {
        if ((first == null || sentence.order() < first.order()) && prices(sentence.text())) {
          first = sentence;
        }
      }
    }
    return Optional.ofNullable(first).map(s -> new Written(Descriptions.quoted(s.session(), s.text())
        + Descriptions.closing(s.text()), Optional.empty(), List.of(s.session())));
  }

  /** Whether a sentence prices entry; one without a price or "gratis" is skipped before the longer pattern. */
  private static boolean prices(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return PRICED.matcher(lower).find() && PRICES_ENTRY.matcher(lower).find();
  }
}
