package nl.dagwijzer.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.YesNoWords;

/**
 * What only a description says, quoted beside the answer written from the programme: each sentence once, and a "Ja"
 * turned into "Nee" when the one sentence quoted says no ("niet gratis").
 */
final class QuotedBeside {
  /** Questions a sentence of a description can help answer. */
  private static final Set<Asked> QUOTED = EnumSet.of(Asked.TIME, Asked.PEOPLE, Asked.PERSON, Asked.CONTENT,
      Asked.DURATION, Asked.ROOM, Asked.LIST, Asked.COUNT, Asked.YESNO, Asked.UNKNOWN);

  /** One word this long names one thing ("heftruckchauffeurs"); a shorter one ("kinderen") is said of many. */
  private static final int LONG = 12;

  private QuotedBeside() {
  }

  static Written add(Answering a, Asked asked, Written written) {
    Optional<Written> topical = asked == Asked.YESNO ? topicSaid(a, written) : Optional.empty();
    if (topical.isPresent()) {
      return topical.get();
    }
    // each quoted sentence once: not the ones the answer already gives
    Optional<String> quote = (QUOTED.contains(asked) ? Descriptions.quote(a, asked == Asked.UNKNOWN)
        .or(() -> asked == Asked.YESNO ? Optional.empty() : organisationSaid(a))
        : Optional.<String>empty()).map(q -> String.join("\n", java.util.Arrays.stream(q.split("\n"))
        .filter(line -> !written.text().contains(quotedSentence(line))).toList()));
    if (quote.isEmpty() || quote.get().isEmpty()) {
      return asked == Asked.YESNO ? looseSaid(a, written).or(() -> summaryBeside(a, written)).orElse(written)
          : written;
    }
    if (asked == Asked.LIST || asked == Asked.PEOPLE) {
      // "welke startups pitchen in ronde 1?": beside "Acht startups ...", the sentence that lists the eight
      Optional<String> listed = CountedItems.listing(a, quote.get(), written.text());
      if (listed.isPresent()) {
        quote = Optional.of(quote.get() + "\n" + listed.get());
      }
    }
    if (asked == Asked.UNKNOWN) {
      // nothing answers it directly, but a description has its words: say so, and quote it (a history asked, "sinds
      // wanneer bestaat X?", is answered by the sentence that says since when)
      boolean since = a.query().textWords().contains("sinds") && quote.get().contains(" sinds ");
      Optional<String> yes = ClauseVerdict.judged(a, quote.get());
      if (yes.isPresent()) {
        return Written.text(yes.get());
      }
      return Written.text((since ? "" : DutchText.NOT_LITERALLY) + quote.get());
    }
    List<String> words = a.query().textWords();
    // ("moesten de zangers auditie doen?" against "Iedereen kon zich aanmelden, zonder auditie.": judged by the words
    // the quoted sentence has)
    List<String> quotedWords = quote.get().startsWith("Uit ") ? said(a, quotedSentence(quote.get()), words) : words;
    if (asked == Asked.YESNO && written.text().startsWith("Ja, ") && quote.get().startsWith("Uit ")
        && quote.get().split("\n").length == 1
        && (Descriptions.denies(a, quotedSentence(quote.get()), quotedWords).orElse(false)
        || RoomRule.denies(a, quotedSentence(quote.get())))) {
      // "is het eten ook gratis?" when the description of the food says "niet gratis": no, and where it says so
      // ("mag mijn hond mee de kantine in?": "Honden mogen niet in de kantine; op het terras ... mag je hond mee")
      return new Written("Nee, " + DutchText.lowerFirst(quote.get()), written.overview(), written.turnedTo());
    }
    if (asked == Asked.YESNO && written.text().startsWith("Nee, " + YesNoInstead.NOTHING_THERE) && quote.get().startsWith("Uit ")
        && quote.get().split("\n").length == 1
        && (words.size() >= 2 || words.size() == 1 && words.get(0).length() >= LONG)
        && Descriptions.denies(a, quotedSentence(quote.get()), words).isPresent()) {
      // "zoekt er een bedrijf heftruckchauffeurs?" when nothing is named but one sentence says so: yes, there (or
      // no, there: "kan ik zonder personeelspas een wachtwoord krijgen?", "kan alleen met je personeelspas")
      boolean no = Descriptions.denies(a, quotedSentence(quote.get()), words).orElseThrow();
      return Written.text((no ? "Nee, " : "Ja, ") + DutchText.lowerFirst(quote.get()));
    }
    if (asked == Asked.YESNO && written.text().startsWith("Nee, " + YesNoInstead.NOTHING_THERE)
        && quote.get().startsWith("Uit ") && quote.get().contains("\n")) {
      // "mag ik mijn drone meenemen?": of the sentences quoted, the first, "Niet toegestaan op het terrein: drones,
      // ...", says no itself; the no is that sentence's
      String first = quote.get().split("\n")[0];
      List<String> tokens = a.index().descriptions().tokens(quotedSentence(first));
      List<String> saidFirst = words.stream().filter(w -> DescriptionIndex.mentions(tokens, w)).toList();
      if (!saidFirst.isEmpty() && Descriptions.denies(a, quotedSentence(first), saidFirst).orElse(false)) {
        return Written.text("Nee, " + DutchText.lowerFirst(first));
      }
    }
    return new Written(written.text() + "\n" + quote.get(), written.overview(), written.turnedTo());
  }

  /**
   * "is er halal eten?" when "halal" names a topic and the diner's details say "Halal: kipstoofpot ...": a yes about
   * the session, with the sentence of its description that has the word the topic was named by.
   */
  private static Optional<Written> topicSaid(Answering a, Written written) {
    List<String> said = TopicSentence.words(a);
    // words of a description asked about ("heb ik een laptop nodig?") are quoted as they are, below
    boolean described = a.query().all(Detail.class).stream().anyMatch(d -> d.text().isPresent());
    // (one session given three times is one: "Bachelorvoorlichting Biomedische Wetenschappen")
    long titles = written.turnedTo().stream().map(nl.dagwijzer.programme.Session::title).distinct().count();
    if (said.isEmpty() || described || !written.text().startsWith("Ja, ") || titles == 0 || titles > 2
        || written.text().contains("\n") && (titles > 1 || a.query().all(Detail.class).stream()
        .anyMatch(d -> !YesNoWords.loose(d).isEmpty()))) {
      return Optional.empty();
    }
    String reply = written.text().toLowerCase(java.util.Locale.ROOT);
    if (said.stream().anyMatch(reply::contains)) {
      return Optional.empty(); // the title already says it: "Vroegsignalering van schulden"
    }
    Optional<TopicSentence> found = TopicSentence.in(a, written.turnedTo())
        .filter(f -> !written.text().contains(f.sentence()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // "Honden zijn hier niet toegestaan": the yes about the session is a no about the thing asked
    boolean no = titles == 1 && found.get().denies();
    return Optional.of(new Written((no ? "Nee, " + written.text().substring("Ja, ".length()) : written.text())
        + "\n" + Descriptions.quoted(found.get().session(), found.get().sentence()), written.overview(),
        written.turnedTo()));
  }

  /**
   * "is de djembéworkshop ook voor beginners?" when no sentence has the question's other words: the yes about the
   * session, with what its description says first ("Geen ervaring nodig ..."), so the asker can judge the rest.
   */
  private static Optional<Written> summaryBeside(Answering a, Written written) {
    // (a yes about a time or a relation is answered by the times: "wordt er om 11:00 gekeurd in ring 4?")
    boolean timed = a.query().conditions().stream().anyMatch(c -> c instanceof nl.dagwijzer.nlu.Condition.At
        || c instanceof nl.dagwijzer.nlu.Condition.Relative || c instanceof nl.dagwijzer.nlu.Condition.InPeriod
        || c instanceof nl.dagwijzer.nlu.Condition.From || c instanceof nl.dagwijzer.nlu.Condition.Until
        || c instanceof nl.dagwijzer.nlu.Condition.Between);
    boolean more = !timed && (!a.query().textWords().isEmpty() || a.query().all(Detail.class).stream()
        .anyMatch(d -> !YesNoWords.loose(d).isEmpty()));
    // (not beside a reply that already quotes a description: "Ja, uit de beschrijving van ...")
    if (!more || !written.text().startsWith("Ja, ") || written.text().contains("\n")
        || written.text().contains("beschrijving")
        || written.turnedTo().stream().map(nl.dagwijzer.programme.Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    nl.dagwijzer.programme.Session session = written.turnedTo().get(0);
    String summary = session.summary().strip();
    if (summary.isEmpty() || written.text().contains(summary)) {
      return Optional.empty();
    }
    return Optional.of(new Written(written.text() + "\n" + Descriptions.quoted(session, summary), written.overview(),
        written.turnedTo()));
  }

  /**
   * "is er ook koffie voor de ouders?" of the lemonade break: the first sentence of the named session's own
   * description with one of the question's other words ({@link YesNoWords#loose}), beside the yes or no; "Ja" turns to
   * "Nee" when that sentence says no.
   */
  private static Optional<Written> looseSaid(Answering a, Written written) {
    List<String> words = a.query().all(Detail.class).stream().flatMap(d -> YesNoWords.loose(d).stream()).toList();
    boolean answered = written.text().startsWith("Ja, ") || written.text().startsWith("Nee, ");
    if (words.isEmpty() || !answered || written.turnedTo().isEmpty() || written.turnedTo().stream()
        .map(nl.dagwijzer.programme.Session::title).distinct().count() > 1) {
      return Optional.empty();
    }
    nl.dagwijzer.programme.Session session = written.turnedTo().get(0);
    for (String sentence : DescriptionIndex.sentences(session)) {
      List<String> tokens = a.index().descriptions().tokens(sentence);
      List<String> said = words.stream().filter(w -> DescriptionIndex.mentions(tokens, w)).toList();
      if (!said.isEmpty() && !written.text().contains(sentence)) {
        boolean no = written.text().startsWith("Ja, ") && Descriptions.denies(a, sentence, said).orElse(false);
        String text = no ? "Nee, " + DutchText.lowerFirst(Descriptions.quoted(session, sentence))
            : written.text() + "\n" + Descriptions.quoted(session, sentence);
        return Optional.of(new Written(text, written.overview(), written.turnedTo()));
      }
    }
    return Optional.empty();
  }

  /**
   * "wat doet Stichting Buurtmaatjes Tiel?", "sinds wanneer bestaat Buurtmaatjes Tiel?" when only an organisation is
   * named: the sentence of a description that is about it, that opens with its name ("Stichting Buurtmaatjes Tiel
   * koppelt 140 vrijwilligers aan ouderen ... en bestaat sinds 2016.").
   */
  private static Optional<String> organisationSaid(Answering a) {
    List<nl.dagwijzer.nlu.Condition.About> about = a.query().all(nl.dagwijzer.nlu.Condition.About.class);
    List<String> organisations = about.stream().filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType
        .ORGANISATION).map(c -> c.entity().id()).distinct().toList();
    if (organisations.size() != 1 || about.stream().anyMatch(c -> c.entity().type() != nl.dagwijzer.nlu.EntityType
        .ORGANISATION && c.entity().type() != nl.dagwijzer.nlu.EntityType.ROLE)) {
      return Optional.empty();
    }
    String name = organisations.get(0).toLowerCase(java.util.Locale.ROOT);
    // the sentences with a word like the name's first, from the description index, not every session split again
    for (DescriptionIndex.Sentence sentence : a.index().descriptions().startingLike(organisations.get(0))) {
      if (sentence.text().toLowerCase(java.util.Locale.ROOT).startsWith(name + " ")) {
        return Optional.of(Descriptions.quoted(sentence.session(), sentence.text()));
      }
    }
    return Optional.empty();
  }

  /** Of {@code words}, those {@code sentence} has; all of them when it has none. */
  private static List<String> said(Answering a, String sentence, List<String> words) {
    List<String> tokens = a.index().descriptions().tokens(sentence);
    List<String> said = words.stream().filter(w -> DescriptionIndex.mentions(tokens, w)).toList();
    return said.isEmpty() ? words : said;
  }

  /** The sentence of "Uit de beschrijving van ‘Verwenbehandeling: handmassage’: <sentence>", past the title. */
  static String quotedSentence(String line) {
    int title = line.indexOf("’: ");
    return title >= 0 ? line.substring(title + 3) : line.substring(line.indexOf(": ") + 2);
  }
}
