package nl.dagwijzer.nlu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/** Every word the programme itself uses, so a question that uses one of them names nothing unknown. */
final class ProgrammeWords {
  /** The shortest end of a venue's compound name that still names it: "park" of "Rivierenpark". */
  private static final int MIN_TAIL = 4;

  private ProgrammeWords() {
  }

  static Set<String> of(Programme programme, TextNormaliser normaliser) {
    Set<String> words = new HashSet<>(ofDay(programme, normaliser));
    addText(words, normaliser.tokens(programme.event().summary()));
    for (Speaker speaker : programme.speakers()) {
      Stream.of(speaker.name(), speaker.role(), speaker.organisation())
          .forEach(text -> words.addAll(normaliser.tokens(text)));
    }
    for (Session session : programme.sessions()) {
      words.addAll(normaliser.tokens(session.title()));
      Stream.concat(Stream.of(session.title()), session.aliases().stream())
          .forEach(text -> words.addAll(hyphenated(normaliser.normalise(text))));
      addText(words, normaliser.tokens(session.summary()));
      session.details().forEach(detail -> addText(words, normaliser.tokens(detail)));
      session.room().ifPresent(r -> words.addAll(normaliser.tokens(r)));
      Stream.of(session.aliases(), List.copyOf(session.speakerRoles().values()))
          .flatMap(List::stream).forEach(text -> words.addAll(normaliser.tokens(text)));
    }
    for (Topic topic : programme.topics()) {
      words.addAll(normaliser.tokens(topic.name()));
      words.addAll(normaliser.tokens(topic.explanation()));
      topic.aliases().forEach(a -> words.addAll(normaliser.tokens(a)));
    }
    return words;
  }

  /**
   * The words the sessions' summaries and details use, where a word the titles only have in compounds shows it is a
   * word of its own ("verhalen", "route"): {@link CompoundTails}, {@link NounSeries}.
   */
  static Set<String> ofDescriptions(Programme programme, TextNormaliser normaliser) {
    Set<String> words = new HashSet<>();
    for (Session session : programme.sessions()) {
      words.addAll(normaliser.tokens(session.summary()));
      session.details().forEach(d -> words.addAll(normaliser.tokens(d)));
    }
    return words;
  }

  /** A description's words, and what its separable verbs say: "schrijf je in op de lijst" speaks of "inschrijven". */
  private static void addText(Set<String> words, List<String> tokens) {
    words.addAll(tokens);
    words.addAll(SeparableVerbs.of(tokens));
  }

  /**
   * Two words that follow each other in a name ("roc eemland"), as "roc eemland": typed apart, they are that name,
   * not a compound that only an e-mail address has ("@roceemland.nl"); and a one-word other name followed by a space.
   */
  static Set<String> namePairs(Programme programme, TextNormaliser normaliser) {
    Set<String> pairs = new HashSet<>();
    List<String> names = new java.util.ArrayList<>(List.of(programme.event().title(), programme.event().organiser()));
    programme.speakers().forEach(s -> names.addAll(List.of(s.name(), s.organisation())));
    programme.sessions().forEach(s -> {
      names.add(s.title());
      s.room().ifPresent(names::add);
    });
    for (String name : names) {
      List<String> tokens = normaliser.tokens(name);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        pairs.add(tokens.get(i) + " " + tokens.get(i + 1));
      }
    }
    // a session's one-word other name ("reanimatie") is the session, typed before any word ("reanimatie cursus"),
    // not half of a compound a description has ("reanimatiecursus"): as "reanimatie " it is never joined
    programme.sessions().stream().flatMap(s -> s.aliases().stream()).map(normaliser::tokens)
        .filter(tokens -> tokens.size() == 1).forEach(tokens -> pairs.add(tokens.get(0) + " "));
    return pairs;
  }

  private static final java.util.regex.Pattern HYPHENATED =
      java.util.regex.Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)+");

  /**
   * "warming-up", "break-outroom": a title's hyphenated words as written, hyphens and all (no token has one), so a
   * question that types them as one word ("warmingup") can be split where the title splits them.
   */
  private static List<String> hyphenated(String text) {
    List<String> found = new java.util.ArrayList<>();
    java.util.regex.Matcher matcher = HYPHENATED.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** The words that say which day it is: its title, series, organiser and venue, also the ends of its name. */
  static Set<String> ofDay(Programme programme, TextNormaliser normaliser) {
    Set<String> words = new HashSet<>();
    Event event = programme.event();
    Stream.of(event.title(), event.series(), event.organiser())
        .forEach(text -> words.addAll(normaliser.tokens(text)));
    event.venue().ifPresent(v -> {
      words.addAll(normaliser.tokens(v.name()));
      words.addAll(normaliser.tokens(v.address()));
      // "het park" of the venue "Rivierenpark", "het stadhuis" of "Stadhuis Zwolle": the place, not what is asked
      normaliser.tokens(v.name()).forEach(token -> {
        for (int from = 1; token.length() - from >= MIN_TAIL; from++) {
          words.add(token.substring(from));
        }
      });
    });
    return words;
  }
}
