package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.WearAsked;
import nl.dagwijzer.programme.Session;

/**
 * "wat moet ik aantrekken?": the sentences of the descriptions that say what to wear ("Draag sportieve kleding en
 * platte schoenen"), of the sessions asked about, else of the day and all its sessions; of several, those with the
 * question's other words ("dresscode ballroom?").
 */
final class WhatToWear {
  /** A sentence that says what to wear: not "Jassen kun je kwijt", nor "Samira draagt een gedicht voor". */
  private static final Pattern WORN = Pattern.compile("(?iu)\\b(kleding|kleren|kledingvoorschrift|dresscode"
      + "|draag|aantrekken)\\b|\\btrek\\b[^.;]*\\baan\\b");
  private static final Pattern CODE_SAID = Pattern.compile("(?iu)dresscode|kledingvoorschrift|kledingcode"
      + "|^\\s*kleding\\s*:");

  private WhatToWear() {
  }

  static Optional<Written> answer(Answering a) {
    boolean code = a.query().hasDetail(WearAsked.CODE);
    // (a topic named, "is er een dresscode?" where the programme explains one, answers by its own explanation)
    if (!a.query().hasDetail(WearAsked.DETAIL) && !code || !a.selection().topics().isEmpty()) {
      return Optional.empty();
    }
    List<Session> named = a.selection().named() ? a.selection().subject() : List.of();
    List<Said> found = new ArrayList<>();
    // the day's own text speaks for every session (and may give the dress code of a session named)
    if (named.isEmpty() || code) {
      DescriptionIndex.sentences(a.programme().event().summary()).stream().filter(s -> WORN.matcher(s).find())
          .forEach(s -> found.add(new Said(Descriptions.fromDay(s), null, s.strip(), "")));
    }
    for (Session session : named.isEmpty() ? a.programme().sessions() : named) {
      String about = session.title() + " " + session.summary();
      DescriptionIndex.sentences(session).stream().filter(s -> WORN.matcher(s).find())
          .filter(s -> found.stream().noneMatch(f -> f.sentence().equals(s)))
          .forEach(s -> found.add(new Said(Descriptions.from(session, s), session, s, about)));
    }
    // "is er een dresscode?" asks for one: "Draag dichte schoenen" at the tour is none ("Kleding: smart casual" is)
    if (code) {
      found.removeIf(f -> !CODE_SAID.matcher(f.sentence()).find());
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // "dresscode ballroom?": the sentences with the question's own words (or whose session has them), when some have
    List<String> words = a.query().textWords().stream().filter(w -> !WORN.matcher(w).matches()
        && !CODE_SAID.matcher(w).matches()).toList();
    List<Long> scores = found.stream().map(f -> hits(a, f.sentence() + " " + f.about(), words)).toList();
    long best = scores.stream().mapToLong(Long::longValue).max().orElse(0);
    if (best == 0 && words.stream().anyMatch(w -> !nl.dagwijzer.nlu.CountedPeople.child(w))) {
      return Optional.empty(); // "is er een dresscode voor het publiek?" when only the dancers' is given
    }
    List<Said> shown = java.util.stream.IntStream.range(0, found.size()).filter(i -> scores.get(i) == best)
        .mapToObj(found::get).toList();
    List<String> lines = shown.stream().map(Said::quoted).toList();
    String yes = a.query().asked() != Asked.YESNO ? "" : code && shown.size() == 1 && noCode(shown.get(0).sentence())
        ? "Nee, " : "Ja, "; // "is er een dresscode?" when it says "Er is geen dresscode voor gasten"
    String text = lines.size() == 1 ? yes + lines.get(0)
        : yes + "over kleding zegt het programma:\n" + String.join("\n", DutchText.limited(lines.stream()
            .map(l -> "• " + DutchText.capitalise(l)).toList(), "noem een onderdeel voor wat daar geldt."));
    List<Session> sources = shown.stream().map(Said::session).filter(s -> s != null).toList();
    return Optional.of(Written.text(DutchText.capitalise(text)).turningTo(sources));
  }

  /** Whether the sentence says there is no dress code: the clause with the word negates it. */
  private static boolean noCode(String sentence) {
    java.util.regex.Matcher said = CODE_SAID.matcher(sentence);
    return said.find() && !said.group().contains(":")
        && Clauses.negated(sentence, List.of(said.group().toLowerCase(Locale.ROOT))).orElse(false);
  }

  private static long hits(Answering a, String text, List<String> words) {
    String normal = a.index().descriptions().normalised(text).toLowerCase(Locale.ROOT);
    return words.stream().filter(normal::contains).count();
  }

  /**
   * A sentence as quoted ("uit de beschrijving van ‘X’: ..."), the session whose description has it (none: the
   * day's own), and that session's title and summary, which say what the sentence is about.
   */
  private record Said(String quoted, Session session, String sentence, String about) {
  }
}
