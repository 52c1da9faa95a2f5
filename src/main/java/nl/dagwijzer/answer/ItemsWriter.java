package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.programme.Session;

/**
 * "welke kramen staan er op de informatiemarkt?", "hoeveel stands zijn er?", "wat staat er op de agenda van de ALV?":
 * what one session lists in its details (stands, agenda items, challenges), not the sessions or the speakers.
 */
final class ItemsWriter {
  private final Answering a;

  ItemsWriter(Answering answering) {
    this.a = answering;
  }

  /**
   * A number in digits before what it counts ("Markt met 9 kramen"): the count itself, where the details may be notes;
   * not a label's number ("Tafel 1: strijkinstrumenten").
   */
  private static final java.util.regex.Pattern MANY = java.util.regex.Pattern.compile("\\b\\d+\\s+\\p{L}{3,}");

  /**
   * What a session lists in its details ({@link NumberedItems}, {@link #answer}), or the number its description
   * gives ({@link CountedInText#counted}); the description's number first when it is written in digits: "hoeveel
   * standhouders zijn er?" when it says "ruim 120 stands" and the details name six, "hoeveel kramen?" for "9 kramen"
   * beside four notes.
   */
  Optional<Written> listedOrCounted() {
    Optional<Written> described = new CountedInText(a).counted();
    // "hoeveel kinderen mogen er per ronde mee?": the places a sentence gives ("Maximaal 10 kinderen per ronde"), not
    // a number beside the session's name ("drie kaarttrucs"), unless a number stands before the word counted ("teams
    // van 2 tot 4 kinderen")
    Optional<Written> places = a.query().hasDetail("capaciteit") && !beforeCounted(described) ? new Capacity(a)
        .answer().filter(w -> !w.text().startsWith(Capacity.NOT_SAID)) : Optional.empty();
    if (places.isPresent()) {
      return places;
    }
    // the digits of the sentence itself, not of the count put before it ("12 stands, volgens ...: de twaalf stands")
    return described.filter(d -> MANY.matcher(d.text().substring(d.text().indexOf("’: ") + 1)).find())
        .or(() -> new NumberedItems(a).answer())
        .or(this::answer).or(() -> described);
  }

  /** Whether {@code described} has a number right before the word the question counts ("4 kinderen"). */
  private boolean beforeCounted(Optional<Written> described) {
    Optional<String> counted = a.query().all(nl.dagwijzer.nlu.Detail.class).stream()
        .flatMap(d -> d.howMany().stream()).findFirst();
    return described.isPresent() && counted.filter(w -> java.util.regex.Pattern.compile(CountedInText.NUMBER_THEN
        + java.util.regex.Pattern.quote(w.substring(0, Math.min(5, w.length())))).matcher(described.get().text())
        .find()).isPresent();
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
    if (items && named.isEmpty() && a.sessions().stream().map(Session::title).distinct().count() == 1) {
      // "welke kramen staan er op de markt?" where its summary lists them: "Kramen van A, B en C."
      Session session = a.sessions().get(0);
      Optional<String> listing = summaryListing(session);
      if (listing.isPresent() && a.query().asked() != Asked.COUNT) {
        return Optional.of(new Written("Bij " + DutchText.placed(session) + ": " + listing.get().strip(),
            Optional.empty(), List.of(session)));
      }
    }
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

  /**
   * "De jury stelt de vier genomineerden voor": a sentence that says the count in words as well, quoted beside the
   * number worked out, so the two agree in the organisers' own words; empty when none does.
   */
  private static String numberSaid(Session session, int count, List<String> notes) {
    if (count < 2 || count >= CountedInText.NUMBER_WORDS.size()) {
      return "";
    }
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?iu)\\b" + CountedInText.NUMBER_WORDS.get(count)
        + "\\b");
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
