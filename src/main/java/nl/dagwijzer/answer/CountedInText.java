package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * "hoeveel posters zijn er te zien?", "uit hoeveel vragen bestaat de toets?": the number the programme's own text
 * gives for the thing counted (out of {@link ItemsWriter}, which lists what a session's details name).
 */
final class CountedInText {
  /** Numbers as words by their value: "acht" at 8. */
  static final List<String> NUMBER_WORDS = List.of("nul", "een", "twee", "drie", "vier", "vijf", "zes",
      "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
      "achttien", "negentien", "twintig");
  /** Numbers a description writes as words before what it counts ("acht tafels", "twee studio's"). */
  static final String AMOUNTS = String.join("|", NUMBER_WORDS.subList(2, NUMBER_WORDS.size()));
  /** The start of a pattern for a number, in digits or words, and the space before what it counts. */
  static final String NUMBER_THEN = "(?iu)\\b(\\d+|" + AMOUNTS + ")\\s+";
  /** A sentence about those who go on to the next round, not those in this one. */
  private static final java.util.regex.Pattern ONWARDS = java.util.regex.Pattern.compile("(?iu)\\bdoor\\s+naar\\b");

  private final Answering a;

  CountedInText(Answering answering) {
    this.a = answering;
  }

  /**
   * "hoeveel posters zijn er te zien?" when the description says "met 18 posters": the number the programme's own
   * text gives for the thing counted, quoted.
   */
  Optional<Written> counted() {
    // "hoe vaak zijn de informatietafels open?" counts the times, not the "vijf informatietafels" of a description
    if (a.query().asked() != Asked.COUNT
        || a.query().counted().filter(c -> c == nl.dagwijzer.nlu.Query.Counted.TIMES).isPresent()) {
      return Optional.empty();
    }
    Optional<Written> byWord = a.query().all(Detail.class).stream().flatMap(d -> d.howMany().stream()).findFirst()
        .flatMap(this::countedWord);
    if (byWord.isPresent()) {
      return byWord;
    }
    for (nl.dagwijzer.nlu.Condition.About about : a.query().all(nl.dagwijzer.nlu.Condition.About.class)) {
      String word = about.entity().text().toLowerCase(java.util.Locale.ROOT);
      // "hoeveel tafelrondes zijn er?" counts the sessions called so, not "aan acht tafels" in one of them
      if (word.length() < 5 || word.contains(" ") || nl.dagwijzer.nlu.SeriesNames.isSeries(about.entity())) {
        continue;
      }
      java.util.regex.Pattern amount = java.util.regex.Pattern.compile(NUMBER_THEN + "(\\p{L}+\\s+)?"
          + java.util.regex.Pattern.quote(word.substring(0, 5)));
      Optional<Written> explained = explained(about, amount);
      if (explained.isPresent()) {
        return explained; // "hoeveel punten krijg ik?": what the topic's explanation says, "voor 4 punten"
      }
      java.util.Map<Session, List<String>> candidates = new java.util.HashMap<>();
      a.index().descriptions().startingLike(word).forEach(sentence -> candidates
          .computeIfAbsent(sentence.session(), k -> new java.util.ArrayList<>()).add(sentence.text()));
      // a panel of people is counted by its speakers, not by what its description says of them, unless the
      // description counts more than are on it: "Er werken 95 vrijwilligers bij de voedselbank"
      // ("uit hoeveel zangers bestaat het koor?": the choir named, not the sessions of the one speaker called zanger)
      java.util.Set<Session> among = new java.util.LinkedHashSet<>(a.sessions());
      among.addAll(a.sessionsNamed());
      for (Session session : among) {
        for (String sentence : candidates.getOrDefault(session, List.of())) {
          java.util.regex.Matcher number = amount.matcher(sentence);
          if (number.find() && (session.speakerIds().size() < 2 || DescribedCount.digits(number.group(1)
              .toLowerCase(Locale.ROOT)).filter(n -> n > session.speakerIds().size()).isPresent())) {
            return Optional.of(new Written(quotedCount(session, sentence, amount, word),
                Optional.empty(), List.of(session)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The sentence of a named topic's explanation that gives the amount, quoted with the topic's name. */
  private Optional<Written> explained(nl.dagwijzer.nlu.Condition.About about, java.util.regex.Pattern amount) {
    if (about.entity().type() != nl.dagwijzer.nlu.EntityType.TOPIC) {
      return Optional.empty();
    }
    String word = about.entity().text().toLowerCase(Locale.ROOT);
    return a.programme().topics().stream().filter(t -> t.name().equals(about.entity().id())).findFirst()
        .flatMap(topic -> {
          // "accreditatiepunten" is counted as its alias "punten" where the explanation says "voor 4 punten"
          List<java.util.regex.Pattern> amounts = new java.util.ArrayList<>(List.of(amount));
          topic.aliases().stream().map(alias -> alias.toLowerCase(Locale.ROOT))
              .filter(alias -> alias.length() >= 5 && word.endsWith(alias) && !word.equals(alias))
              .forEach(alias -> amounts.add(amountOf(alias)));
          for (String sentence : DescriptionIndex.sentences(topic.explanation())) {
            for (java.util.regex.Pattern p : amounts) {
              java.util.regex.Matcher number = p.matcher(sentence);
              if (number.find()) {
                return Optional.of(Written.text(DescribedCount.digits(number.group(1)).map(n -> n + " " + word + ", ")
                    .orElse("") + "volgens de uitleg bij " + topic.name() + ": " + sentence.strip()));
              }
            }
          }
          return Optional.empty();
        });
  }

  /**
   * "uit hoeveel vragen bestaat de toets?" when its description says "een toets met 20 meerkeuzevragen": a number
   * before the word counted (or a compound ending in it), in the descriptions of what the question names.
   */
  private Optional<Written> countedWord(String word) {
    // only in what the question names: a day's own counts (groups, rounds, people) come first otherwise
    boolean sessions = a.query().counted().filter(c -> c == nl.dagwijzer.nlu.Query.Counted.SESSIONS).isPresent();
    if (!a.selection().named() && !a.selection().constrained() && sessions) {
      return new DescribedCount(a).anywhere(word);
    }
    // a panel of people is counted by its speakers, but "hoeveel kinderen zingen er in het koor?" by its description
    // ("hoeveel jongeren zitten er in het jongerenpanel?" counts the panel's speakers again)
    boolean speakersCounted = a.sessions().size() == 1 && a.sessions().get(0).speakerIds().size() >= 2
        && (nl.dagwijzer.nlu.CountedPeople.people(word) && !nl.dagwijzer.nlu.CountedPeople.counts(word)
        || a.sessions().get(0).kind() == SessionKind.PANEL
        || java.util.regex.Pattern.compile("(?iu)" + java.util.regex.Pattern.quote(word) + "\\p{L}")
        .matcher(a.sessions().get(0).title()).find());
    if (a.selection().named() && sessions && a.sessions().size() > 1 && DayPart.ofWord(word).isEmpty()
        && a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .allMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.TOPIC)) {
      // "hoeveel woningen komen er in Tuindorp-Oost?" of a topic several sessions treat: the number one of them gives
      java.util.regex.Pattern amount = amountOf(word);
      return a.sessions().stream().flatMap(s -> DescriptionIndex.sentences(s).stream()
              .filter(t -> amount.matcher(t).find()).map(t -> new Written(quotedCount(s, t, amount, word),
                  Optional.empty(), List.of(s)))).findFirst();
    }
    // (rounds of one contest share their title's first word: "Junioren Hiphop – voorronde", "Junioren Hiphop – finale")
    if (a.selection().named() && sessions && DayPart.ofWord(word).isEmpty() && a.sessions().size() > 1
        && a.sessions().size() <= MAX_ROUNDS && a.sessions().stream()
        .map(s -> s.title().split(" ")[0].toLowerCase(Locale.ROOT)).distinct().count() == 1) {
      return firstRound(word); // "hoeveel crews doen er mee bij de junioren hiphop?" of its heats and its final
    }
    // ("hoeveel rondes mag je wandelen?" of one walk named: the rounds its text gives, not the day's rounds)
    boolean rounds = a.query().counted().filter(c -> c == nl.dagwijzer.nlu.Query.Counted.ROUNDS).isPresent();
    if (!a.selection().named() || !sessions && !rounds || DayPart.ofWord(word).isPresent()
        || a.sessions().size() != 1 || speakersCounted) {
      return Optional.empty();
    }
    java.util.regex.Pattern amount = amountOf(word);
    Session session = a.sessions().get(0);
    // of several sentences with a number of them, the one that also says what the question names: "hoeveel
    // jongeren zitten er in de jeugdraad?" is "De jeugdraad telt 14 jongeren", not "een enquête onder 612 jongeren"
    List<String> named = java.util.stream.Stream.concat(a.query().all(nl.dagwijzer.nlu.Condition.About.class)
            .stream().map(c -> c.entity().text().toLowerCase(Locale.ROOT)),
        a.query().textWords().stream()).filter(t -> !t.equals(word)).toList();
    // (a tie goes to the later sentence: the details give facts, the summary tells what happens)
    List<String> sentences = new java.util.ArrayList<>(DescriptionIndex.sentences(session));
    java.util.Collections.reverse(sentences);
    // ("hoeveel paren doen mee?": "24 paren in 3 heats", not "de beste 12 paren gaan door naar de halve finale")
    boolean onwards = a.query().textWords().contains("door") || a.query().all(Detail.class).stream()
        .anyMatch(d -> d.word().endsWith(":door"));
    return sentences.stream().filter(sentence -> amount.matcher(sentence).find())
        .max(java.util.Comparator.comparingLong(sentence -> named.stream()
            .filter(a.index().descriptions().normalised(sentence)::contains).count()
            - (!onwards && ONWARDS.matcher(sentence).find() ? 1 : 0)))
        .map(sentence -> new Written(quotedCount(session, sentence, amount, word),
            Optional.empty(), List.of(session)))
        // "hoeveel vragen zitten er in een ronde?" when the round named says none: "Elke ronde telt 10 vragen"
        .or(() -> new DescribedCount(a).anywhere(word));
  }

  /** The rounds of one contest a question may name together: heats, a semi-final, a final. */
  private static final int MAX_ROUNDS = 4;

  /**
   * Of the rounds of one contest, the first that gives a number of what is counted ("16 crews in 4 heats"), not a
   * later one's "de 8 beste junioren-crews": who take part start in the first.
   */
  private Optional<Written> firstRound(String word) {
    java.util.regex.Pattern amount = amountOf(word);
    return a.sessions().stream().sorted(java.util.Comparator.comparing(Session::start))
        .flatMap(s -> DescriptionIndex.sentences(s).stream().filter(t -> amount.matcher(t).find()
            && !ONWARDS.matcher(t).find()).map(t -> new Written(quotedCount(s, t, amount, word), Optional.empty(),
            List.of(s))))
        .findFirst();
  }

  /**
   * "6 teams, volgens de beschrijving van ‘X’: De zes teams ...": the number in digits when the text writes it out,
   * else the sentence quoted as it is.
   */
  private static String quotedCount(Session session, String sentence, java.util.regex.Pattern amount, String word) {
    java.util.regex.Matcher number = amount.matcher(sentence);
    return (number.find() && !number.group(1).chars().allMatch(Character::isDigit)
        ? DescribedCount.digits(number.group(1).toLowerCase(Locale.ROOT)) : Optional.<Integer>empty())
        .map(n -> n + " " + word + ", volgens de beschrijving van " + DutchText.name(session) + ": " + sentence)
        .orElseGet(() -> Descriptions.quoted(session, sentence));
  }

  /** A number, in digits or words, then at most one word, then {@code word} or a compound ending in it. */
  static java.util.regex.Pattern amountOf(String word) {
    // not the minutes of a time: "om 16:00 houden mentoren spreekuur"
    return java.util.regex.Pattern.compile("(?iu)(?<![:.,\\d])\\b(\\d+|één|" + AMOUNTS
        + ")\\s+(\\p{L}+\\s+)?\\p{L}*(" + String.join("|", forms(word).stream()
        .map(java.util.regex.Pattern::quote).toList()) + ")\\b");
  }

  /** "stemmen" as said of one: "één stem"; "vragen", "vraag" is too far and is not tried. As written, not quoted. */
  static List<String> forms(String word) {
    List<String> forms = new java.util.ArrayList<>(List.of(word));
    int n = word.length();
    if (word.endsWith("en") && n >= 5) {
      forms.add(word.substring(0, n - 2));
      if (word.charAt(n - 3) == word.charAt(n - 4)) {
        forms.add(word.substring(0, n - 3)); // "stemmen": "stem"
      }
    } else if (word.endsWith("s") && n >= 5) {
      forms.add(word.substring(0, n - 1));
    }
    if (word.endsWith("jes") && n >= 7) {
      forms.add(word.substring(0, n - 3) + "es"); // "rondjes": "rondes" (and by the pattern's prefix "ronde")
    }
    return forms;
  }
}
