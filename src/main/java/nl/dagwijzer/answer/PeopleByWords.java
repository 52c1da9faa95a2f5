package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.dagwijzer.programme.Session;

/**
 * "Who" asked with words that name nothing, only words of the programme's texts ("wie houdt de chat in de gaten?",
 * "wie heeft de loting uitgevoerd?"): the people whose role has the word, else the speakers of the few sessions whose
 * title has it, else the sentence of a description that has the words, else that it is not in the programme. Never
 * every speaker of the day, which would look like an answer and is none.
 */
final class PeopleByWords {
  /** A shorter word is too often part of another ("chat" in a role is four letters; "les" would be too few). */
  private static final int ROLE_WORD = 4;
  private static final int TITLE_WORD = 5;

  private final Answering a;
  private final Function<Session, String> speakersOf;

  /** {@code speakersOf}: "Bij ‘X’ (10:00–11:00) spreekt ...", as the reply about a session's people writes it. */
  PeopleByWords(Answering answering, Function<Session, String> speakersOf) {
    this.a = answering;
    this.speakersOf = speakersOf;
  }

  /** The answer when the question has words of the texts, or none when it has none. */
  Optional<Written> answer() {
    List<String> words = a.query().textWords();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    // "wie houdt de chat in de gaten?": the people whose role has the word ("chatmoderator")
    List<String> byRole = a.programme().speakers().stream().filter(p -> words.stream().anyMatch(w -> w.length()
        >= ROLE_WORD && p.role().toLowerCase(Locale.ROOT).contains(w))).map(DutchText::person).toList();
    if (!byRole.isEmpty()) {
      return Optional.of(PeopleWriter.listed(byRole));
    }
    // "wie doet sollicitatie trainig?": the sessions whose title or other name has the word, if few
    List<Session> titled = a.programme().sessions().stream().filter(session -> !session.speakerIds().isEmpty()
        && words.stream().anyMatch(w -> w.length() >= TITLE_WORD && named(session, w))).toList();
    if (!titled.isEmpty() && titled.stream().map(Session::title).distinct().count() <= 2) {
      return Optional.of(Written.text(String.join("\n", titled.stream().map(speakersOf).toList()))
          .turningTo(titled));
    }
    // "wie heeft de loting uitgevoerd?", "wie zitten er in tweetal 3?": the sentence that has those words
    return Optional.of(Written.text(Descriptions.quote(a, true)
        .map(quote -> DutchText.NOT_LITERALLY + quote)
        .orElse("Wie dat is of doet, staat niet in het programma.")));
  }

  /** Whether the session's title or one of its other names has {@code word}, also inside a compound. */
  private static boolean named(Session session, String word) {
    return session.title().toLowerCase(Locale.ROOT).contains(word) || session.aliases().stream()
        .anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(word));
  }
}
