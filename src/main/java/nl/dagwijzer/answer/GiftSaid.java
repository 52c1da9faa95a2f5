package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.GiftAsked;
import nl.dagwijzer.programme.Session;

/**
 * "krijg je wat als je een emmer vol plukt?": yes, with the sentence that gives something ("Wie een volle emmer
 * inlevert, krijgt een fles druivensap mee naar huis"). A named session's own such sentences, the one with most of
 * the question's words first; with nothing named, the sentences of any session or the day that share a word with the
 * question. Nothing when no sentence gives anything: then the question is answered as any other.
 */
final class GiftSaid {
  private static final Pattern GIVES = Pattern.compile("(?iu)\\b(krijg\\p{L}*|cadeau\\p{L}*|mee naar huis"
      + "|trakteer\\p{L}*|beloning|aandenken)\\b");
  /** Sentences quoted beside the yes. */
  private static final int QUOTED = 2;

  private GiftSaid() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = a.query().all(Detail.class).stream().map(Detail::word)
        .filter(w -> w.startsWith(GiftAsked.PREFIX)).findFirst();
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = Arrays.stream(asked.get().substring(GiftAsked.PREFIX.length()).split(" "))
        .filter(w -> !w.isBlank()).toList();
    List<Session> named = a.sessionsNamed();
    // (the words of a name say nothing of what is given: "bij de lezing over oplichting"; one word may be the thing
    // given to, "kinderen")
    List<String> naming = a.query().all(Condition.About.class).stream()
        .map(about -> about.entity().text().toLowerCase(Locale.ROOT).split(" ")).filter(name -> name.length > 1)
        .flatMap(Arrays::stream).toList();
    List<String> loose = words.stream().filter(w -> !naming.contains(w)).toList();
    // ("krijgen alle kinderen die meedoen met trappen iets?": the prize-giving's "Alle kinderen die meededen krijgen
    // een oorkonde" says more of it than the contest's own "De winnaars krijgen ...")
    DescriptionIndex index = a.index().descriptions();
    Found own = named.isEmpty() ? new Found(List.of(), -1) : best(index, named, loose, 0);
    Found elsewhere = best(index, a.programme().sessions(), loose, Math.max(1, own.shared() + 1));
    List<String> quotes = elsewhere.quotes().isEmpty() ? own.quotes() : elsewhere.quotes();
    if (quotes.isEmpty()) {
      quotes = DescriptionIndex.sentences(a.programme().event().summary()).stream()
          .filter(s -> GIVES.matcher(s).find() && shared(index, s, words) > 0).limit(1)
          .map(s -> DutchText.capitalise(Descriptions.fromDay(s))).toList();
    }
    return quotes.isEmpty() ? Optional.empty()
        : Optional.of(Written.text("Ja, " + DutchText.lowerFirst(String.join("\n", quotes))));
  }

  /** The giving sentences of {@code sessions} with the most question words, if at least {@code least}. */
  private static Found best(DescriptionIndex index, List<Session> sessions, List<String> words, int least) {
    int most = least;
    List<String> quotes = new ArrayList<>();
    for (Session session : sessions) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (!GIVES.matcher(sentence).find()) {
          continue;
        }
        int shared = shared(index, sentence, words);
        String quote = Descriptions.quoted(session, sentence.strip());
        if (shared > most) {
          most = shared;
          quotes.clear();
        }
        if (shared == most && !quotes.contains(quote) && quotes.size() < QUOTED) {
          quotes.add(quote);
        }
      }
    }
    return new Found(quotes, most);
  }

  /** The sentences quoted and how many of the question's words they share. */
  private record Found(List<String> quotes, int shared) {
  }

  /** How many of {@code words} the sentence has, in the forms the description index reads them. */
  private static int shared(DescriptionIndex index, String sentence, List<String> words) {
    List<String> tokens = index.tokens(sentence);
    return (int) words.stream().filter(w -> DescriptionIndex.mentions(tokens, w)).count();
  }
}
