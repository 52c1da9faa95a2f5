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
  private ProgrammeWords() {
  }

  static Set<String> of(Programme programme, TextNormaliser normaliser) {
    Set<String> words = new HashSet<>(ofDay(programme, normaliser));
    words.addAll(normaliser.tokens(programme.event().summary()));
    for (Speaker speaker : programme.speakers()) {
      Stream.of(speaker.name(), speaker.role(), speaker.organisation())
          .forEach(text -> words.addAll(normaliser.tokens(text)));
    }
    for (Session session : programme.sessions()) {
      words.addAll(normaliser.tokens(session.title()));
      words.addAll(normaliser.tokens(session.summary()));
      session.room().ifPresent(r -> words.addAll(normaliser.tokens(r)));
      Stream.of(session.details(), session.aliases(), List.copyOf(session.speakerRoles().values()))
          .flatMap(List::stream).forEach(text -> words.addAll(normaliser.tokens(text)));
    }
    for (Topic topic : programme.topics()) {
      words.addAll(normaliser.tokens(topic.name()));
      words.addAll(normaliser.tokens(topic.explanation()));
      topic.aliases().forEach(a -> words.addAll(normaliser.tokens(a)));
    }
    return words;
  }

  /** The words that say which day it is: its title, series, organiser and venue. */
  static Set<String> ofDay(Programme programme, TextNormaliser normaliser) {
    Set<String> words = new HashSet<>();
    Event event = programme.event();
    Stream.of(event.title(), event.series(), event.organiser())
        .forEach(text -> words.addAll(normaliser.tokens(text)));
    event.venue().ifPresent(v -> {
      words.addAll(normaliser.tokens(v.name()));
      words.addAll(normaliser.tokens(v.address()));
    });
    return words;
  }
}
