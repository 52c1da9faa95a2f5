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
 * "welke kramen staan er op de informatiemarkt?", "hoeveel stands zijn er?", "wat staat er op de agenda van de ALV?":
 * what one session lists in its details (stands, agenda items, challenges), not the sessions or the speakers.
 */
final class ItemsWriter {
  private final Answering a;

  ItemsWriter(Answering answering) {
    this.a = answering;
  }

  /** Numbers a description writes as words before what it counts ("acht tafels", "twee studio's"). */
  private static final String AMOUNTS = "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
      + "|vijftien|zestien|zeventien|achttien|negentien|twintig";
  /** A sentence about those who go on to the next round, not those in this one. */
  private static final java.util.regex.Pattern ONWARDS = java.util.regex.Pattern.compile("(?iu)\\bdoor\\s+naar\\b");
  /** A number of ten or more in digits: more than a session's details list by name. */
  private static final java.util.regex.Pattern MANY = java.util.regex.Pattern.compile("\\b\\d{2,}\\b");

  /**
   * What a session lists in its details ({@link NumberedItems}, {@link #answer}), or the number its description gives
   * ({@link #counted}); the description's number first when it is written in digits: "hoeveel standhouders zijn
   * er?" when it says "ruim 120 stands" and the details name six.
   */
  Optional<Written> listedOrCounted() {
    Optional<Written> described = counted();
    // the digits of the sentence itself, not of the count put before it ("12 stands, volgens ...: de twaalf stands")
    return described.filter(d -> MANY.matcher(d.text().substring(d.text().indexOf("’: ") + 1)).find())
        .or(() -> new NumberedItems(a).answer())
        .or(this::answer).or(() -> described);
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
      java.util.regex.Pattern amount = java.util.regex.Pattern.compile("(?iu)\\b(\\d+|" + AMOUNTS
          + ")\\s+(\\p{L}+\\s+)?" + java.util.regex.Pattern.quote(word.substring(0, 5)));
      Optional<Written> explained = explained(about, amount);
      if (explained.isPresent()) {
        return explained; // "hoeveel punten krijg ik?": what the topic's explanation says, "voor 4 punten"
      }
      java.util.Map<Session, List<String>> candidates = new java.util.HashMap<>();
      a.index().descriptions().startingLike(word).forEach(sentence -> candidates
          .computeIfAbsent(sentence.session(), k -> new java.util.ArrayList<>()).add(sentence.text()));
      // a panel of people is counted by its speakers, not by what its description says of them, unless the
      // description counts more than are on it: "Er werken 95 vrijwilligers bij de voedselbank"
      for (Session session : a.sessions()) {
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
    if (!a.selection().named() || !sessions || DayPart.ofWord(word).isPresent()
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
    return forms;
  }

  /** What ends a numbered label ("Kraam 1:", "Kraam 1,", "Stand B -"), also for {@link NumberedLine}. */
  static final String LABEL_END = "\\s*[:.,–-]";

  /**
   * A numbered or lettered label at the start of a line: "Kraam 1:", "Stand B -", "Stelling 2.", or one word and a
   * colon ("Genomineerd: ...").
   */
  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
      "^(\\p{L}+)(?:\\s+[\\p{Alnum}]{1,3}" + LABEL_END + "|:)");

  Optional<Written> answer() {
    boolean items = a.query().hasDetail("items");
    List<Session> named = a.sessions().stream().filter(s -> s.details().size() >= 2).toList();
    if (!items || named.isEmpty() || named.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    boolean organisations = a.query().counted().filter(c -> c == nl.dagwijzer.nlu.Query.Counted.ORGANISATIONS)
        .isPresent();
    if (organisations && a.sessions().stream().flatMap(s -> a.speakersOf(s).stream())
        .map(nl.dagwijzer.programme.Speaker::organisation).filter(o -> !o.isBlank()).distinct().count() >= 2) {
      return Optional.empty(); // "hoeveel partijen doen er mee aan het debat?": its people's parties
    }
    Session session = named.get(0);
    // the items one detail line lists ("Stands: A, B en C"), each on its own and no line beside them as a note;
    // else the detail lines labelled alike, the others as notes
    Optional<List<String>> inLine = listedInLine(session);
    List<String> details = inLine.orElseGet(() -> labelled(session.details()));
    List<String> notes = inLine.isPresent() ? List.of()
        : session.details().stream().filter(d -> !details.contains(d)).toList();
    String where = DutchText.placed(session);
    String head = a.query().asked() == Asked.COUNT
        ? "Bij " + where + " staan er " + details.size() + ":"
        : "Bij " + where + ":" + summaryListing(session).map(sentence -> " " + sentence).orElse("");
    String said = a.query().asked() == Asked.COUNT ? numberSaid(session, details.size(), notes) : "";
    return Optional.of(new Written(head + "\n" + DutchText.bullets(details)
        + (notes.isEmpty() ? "" : "\n" + String.join(" ", notes)) + said, Optional.empty(), named));
  }

  /**
   * "Stands van onder meer diëtetiek, fysiotherapie en de trombosedienst.": the sentence of the session's summary that
   * lists the things asked for, said before the details, which may name only some of them.
   */
  private Optional<String> summaryListing(Session session) {
    List<String> asked = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .map(c -> c.entity().text().toLowerCase(java.util.Locale.ROOT)).filter(t -> t.length() >= 4)
        .map(t -> t.substring(0, Math.min(t.length(), 5))).toList();
    return DescriptionIndex.sentences(session.summary()).stream().map(String::strip)
        .filter(sentence -> sentence.contains(",") && asked.stream()
            .anyMatch(sentence.toLowerCase(java.util.Locale.ROOT)::contains)).findFirst();
  }

  /**
   * "Stands: GGD IJsselland, Sportbedrijf Zwolle, Wijkteam Holtenbroek en JOGG Zwolle." when the question asks for
   * the stands: the things one detail line lists after a label with the word asked, each on its own.
   */
  private Optional<List<String>> listedInLine(Session session) {
    List<String> asked = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .map(c -> c.entity().text().toLowerCase(java.util.Locale.ROOT)).filter(t -> t.length() >= 4).toList();
    for (String line : session.details()) {
      int colon = line.indexOf(':');
      String label = colon > 0 ? line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (label.isEmpty() || label.contains(" ") || asked.stream().noneMatch(w -> w.startsWith(label)
          || label.startsWith(w))) {
        continue;
      }
      String listed = line.substring(colon + 1).strip().replaceAll("\\.$", "");
      List<String> items = java.util.Arrays.stream(listed.split(",\\s+|\\s+en\\s+(?=[^,]*$)"))
          .map(String::strip).filter(item -> !item.isEmpty()).toList();
      if (items.size() >= 2) {
        return Optional.of(items);
      }
    }
    return Optional.empty();
  }

  static final List<String> NUMBER_WORDS = List.of("nul", "een", "twee", "drie", "vier", "vijf", "zes",
      "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
      "achttien", "negentien", "twintig");

  /**
   * "De jury stelt de vier genomineerden voor": a sentence that says the count in words as well, quoted beside the
   * number worked out, so the two agree in the organisers' own words; empty when none does.
   */
  private static String numberSaid(Session session, int count, List<String> notes) {
    if (count < 2 || count >= NUMBER_WORDS.size()) {
      return "";
    }
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?iu)\\b" + NUMBER_WORDS.get(count) + "\\b");
    return DescriptionIndex.sentences(session).stream().filter(s -> !notes.contains(s) && word.matcher(s).find())
        .findFirst().map(s -> "\nUit de beschrijving: " + s).orElse("");
  }

  /** "Kraam 1: ...", "Kraam 2: ...": the lines labelled alike are the items; a line beside them is a note. */
  private static List<String> labelled(List<String> details) {
    java.util.Map<String, List<String>> byLabel = new java.util.LinkedHashMap<>();
    for (String line : details) {
      java.util.regex.Matcher label = LABEL.matcher(line);
      if (label.find()) {
        byLabel.computeIfAbsent(label.group(1).toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>())
            .add(line);
      }
    }
    return byLabel.values().stream().filter(lines -> lines.size() >= 2 && lines.size() < details.size())
        .max(java.util.Comparator.comparingInt(List::size)).orElse(details);
  }
}
