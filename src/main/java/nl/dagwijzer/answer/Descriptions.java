package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * A question may ask what only a session's description says ("moet ik een laptop meenemen?", "hoeveel plekken zijn
 * er bij de workshop?"): the sentence of the description that has the question's words, quoted as it is written.
 */
final class Descriptions {
  /** The shortest word looked for as the last part of a compound (not "stoel" in "rolstoel"). */
  private static final int HEAD = 6;

  private Descriptions() {
  }

  /** A word this long is specific enough on its own to confirm a yes/no question. */
  static final int SPECIFIC = 8;

  /**
   * {@link Clauses#negated}, as an answer to the question: when it asks that a word is absent ("is er ijs zonder
   * melk?"), a clause that says so ("Er zijn ook ijsjes zonder melk") says yes, and one that does not, no.
   */
  static Optional<Boolean> denies(Answering a, String sentence, List<String> words) {
    return Clauses.negated(sentence, words, askedWithout(a, words));
  }

  /** The letters a word and its other forms share: "aanmelding" and "aanmelden". */
  static final int STEM = 5;

  /** Whether a word asked is the one the question asks to do without ("zonder aanmelding": "aanmelden"). */
  static boolean askedWithout(Answering a, List<String> words) {
    return a.query().all(Detail.class).stream().flatMap(d -> d.absent().stream()).anyMatch(absent -> words
        .contains(absent) || absent.length() >= STEM && words.stream().anyMatch(w -> w.startsWith(absent.substring(0,
        STEM))));
  }

  /**
   * "mag je rennen bij walking football?" when its description says "rennen is niet toegestaan": "Nee", when the
   * clause of a named session's description with every word the question adds to the name turns them around.
   */
  static Optional<String> judged(Answering a, List<Session> among, boolean kind) {
    List<String> words = a.query().textWords();
    if (words.isEmpty() || among.isEmpty() || a.query().has(nl.dagwijzer.nlu.Condition.Excluded.class)) {
      return Optional.empty();
    }
    List<List<String>> tried = new ArrayList<>(List.of(words));
    tried.addAll(Synonyms.instead(words)); // "opgeven" where the text says "aanmelden"
    for (List<String> asked : tried) {
      for (Session session : among.stream().limit(3).toList()) {
        for (String sentence : DescriptionIndex.sentences(session)) {
          Optional<Boolean> negated = denies(a, sentence, asked);
          if (negated.isPresent()) {
            // a clause that says it is so adds to "Ja, <the session>" only with another word than asked, for a kind
            // of session the sentence they share, and how to register ("schrijf je in op de lijst")
            return negated.get() ? Optional.of("Nee, " + from(session, sentence))
                : asked == words && !kind && !nl.dagwijzer.nlu.SeparableVerbs.registers(asked) ? Optional.empty()
                : Optional.of("Ja, " + from(session, sentence));
          }
          // "moet ik me inschrijven?" where it says "schrijf je in op de lijst": the sentence is the answer
          if (nl.dagwijzer.nlu.SeparableVerbs.registers(asked)
              && a.index().descriptions().hasAll(sentence, asked)) {
            // ("je hoeft je niet aan te melden": no)
            boolean not = Clauses.refusesRegistering(a.index().descriptions().tokens(sentence));
            return Optional.of((not ? "Nee, " : "Ja, ") + from(session, sentence));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Ja, uit de beschrijving van ‘X’: ..." (or "Nee, ..." when its clause negates): the one sentence of the sessions
   * {@code among} (any, when empty) that mentions every one of {@code words}, when one session has it.
   */
  static Optional<Written> saying(Answering a, List<String> asked, List<Session> among) {
    if (asked.isEmpty() || asked.stream().anyMatch(w -> w.length() < 4)) {
      return Optional.empty();
    }
    return said(a, asked.stream().map(w -> compound(a, w, among).orElse(w)).toList(), among);
  }

  /** {@link #saying} for {@code words} as the texts write them. */
  private static Optional<Written> said(Answering a, List<String> words, List<Session> among) {
    Map<Session, String> found = a.index().descriptions().having(words, among);
    if (found.size() > 1) {
      // "verslagen": of "een kort verslag" and "Alle verslagen komen ...", the one with the word as it was asked
      // (when one has it: "kinderwagen" of a tour given three times that says "kinderwagens" each time)
      Map<Session, String> exact = new java.util.LinkedHashMap<>(found);
      exact.values().removeIf(sentence -> !a.index().descriptions().tokens(sentence).containsAll(words));
      found = exact.isEmpty() ? found : exact;
    }
    // a session given more than once has its sentence each time: one sentence still
    boolean repeated = found.size() > 1 && found.entrySet().stream().map(e -> e.getKey().title() + "\n" + e.getValue())
        .distinct().count() == 1;
    if (found.size() != 1 && !repeated) {
      return Optional.empty();
    }
    Map.Entry<Session, String> only = found.entrySet().iterator().next();
    List<String> tokens = a.index().descriptions().tokens(only.getValue());
    if (!words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w))) {
      return Optional.empty();
    }
    // "wordt mijn breakoutroom ook opgenomen?" against "De presentaties worden opgenomen; de breakoutrooms niet."
    boolean subjectLeftOut = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .map(c -> c.entity().text()).filter(t -> !t.contains(" ") && t.length() >= 4)
        .anyMatch(t -> Clauses.negated(only.getValue(), List.of(t)).orElse(false));
    boolean no = denies(a, only.getValue(), words).orElse(false) || subjectLeftOut;
    return Optional.of(Written.text((no ? "Nee, " : "Ja, ") + from(only.getKey(), only.getValue()))
        .turningTo(List.of(only.getKey())));
  }

  /** {@link #saying} for one word that only the last part of a compound in some text is: "een herinneringsmedaille". */
  static Optional<Written> inCompound(Answering a, String word) {
    return compound(a, word, List.of()).flatMap(written -> said(a, List.of(written), List.of()));
  }

  /**
   * The word of {@code among}'s texts (of any session when empty) that ends in {@code word} when no text has the word
   * itself: a Dutch compound is a kind of its last part ("krijgen de kinderen een diploma?": "een knopendiploma").
   */
  private static Optional<String> compound(Answering a, String word, List<Session> among) {
    if (word.length() < HEAD || !a.index().descriptions().having(List.of(word), among).isEmpty()) {
      return Optional.empty();
    }
    List<Session> sessions = among.isEmpty() ? a.programme().sessions() : among;
    List<String> found = sessions.stream().flatMap(s -> DescriptionIndex.sentences(s).stream())
        .flatMap(sentence -> a.index().descriptions().tokens(sentence).stream())
        .filter(token -> nl.dagwijzer.nlu.Compounds.endsIn(token, word)).distinct().toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** "Uit de beschrijving van de dag: ..." for the first sentence of the day's own summary that {@code says} holds for. */
  static Optional<Written> ofDay(Answering a, java.util.function.Predicate<String> says) {
    return DescriptionIndex.sentences(a.programme().event().summary()).stream().filter(says).findFirst()
        .map(sentence -> Written.text(DutchText.capitalise(fromDay(sentence))));
  }

  /**
   * "wat kost zo'n munt?" when no session's text prices it but a topic's explanation does ("een munt kost € 2,50"):
   * "Proefmunten: <sentence>".
   */
  static Optional<Written> ofTopics(Answering a, java.util.function.Predicate<String> says) {
    return a.programme().topics().stream().flatMap(t -> DescriptionIndex.sentences(t.explanation()).stream()
        .filter(says).findFirst().map(sentence -> t.name() + ": " + sentence.strip()).stream())
        .findFirst().map(Written::text);
  }

  /** "uit de beschrijving van de dag: <sentence>", as it follows "Ja, " or "Nee, ". */
  static String fromDay(String sentence) {
    return "uit de beschrijving van de dag: " + sentence.strip();
  }

  /** "uit de beschrijving van ‘X’: <sentence>", as it follows "Ja, " or "Nee, ". */
  static String from(Session session, String sentence) {
    return "uit de beschrijving van " + DutchText.name(session) + ": " + sentence;
  }

  /** "Uit de beschrijving van ‘X’: <sentence>", a reply or a line of its own. */
  static String quoted(Session session, String sentence) {
    return DutchText.capitalise(from(session, sentence));
  }

  /**
   * "Uit de beschrijving van ‘X’: Neem een laptop mee." for the sessions asked about, or the one or two that say it
   * ({@code nameless}: the only one, for a question that names nothing the programme has).
   */
  static Optional<String> quote(Answering a, boolean nameless) {
    List<String> words = a.query().textWords();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    // a session given four times ("Verhalenuur" at 10:30, 11:30, ...) is one session asked about
    List<Session> asked = a.selection().named() && a.sessions().size() <= 8 && a.sessions().stream()
        .map(Session::title).distinct().count() <= 3 ? a.sessions() : List.of();
    Map<Session, String> found = asked.isEmpty() ? Map.of() : a.index().descriptions().having(words, asked);
    if (found.isEmpty() && !asked.isEmpty()) {
      // "is de uitreiking live te volgen?" when the opening's description says "De hele uitreiking is live te
      // volgen": the one sentence elsewhere with the words and the word the session was named by
      List<String> named = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
          .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION).map(c -> c.entity().text())
          .filter(t -> !t.contains(" ") && t.length() >= 4).toList();
      List<String> both = new ArrayList<>(words);
      both.addAll(named);
      Map<Session, String> elsewhere = named.isEmpty() ? Map.of() : a.index().descriptions().having(both, List.of());
      if (!elsewhere.isEmpty() && elsewhere.values().stream().distinct().count() == 1
          && elsewhere.keySet().stream().noneMatch(asked::contains)) {
        found = Map.ofEntries(elsewhere.entrySet().iterator().next()); // a session given twice says it twice
      }
    }
    if (found.isEmpty() && asked.isEmpty()) {
      // one sentence given to every time of a session ("Maximaal 15 personen per rondleiding; ...") counts once: as
      // the answer itself, or beside an answer when it is the only one (other sentences with the words besides it
      // are too many to quote)
      Map<Session, String> all = a.index().descriptions().having(words, List.of());
      Map<Session, String> distinct = new java.util.LinkedHashMap<>();
      all.forEach((session, sentence) -> {
        if (!distinct.containsValue(sentence)) {
          distinct.put(session, sentence);
        }
      });
      Map<Session, String> anywhere = nameless || distinct.size() == 1 ? distinct : all;
      if (nameless && anywhere.size() > 1) {
        // "wat is het hoofdgerecht?": the sentence with the word itself, not one with "hoofdprijs" of the same start
        Map<Session, String> exact = new java.util.LinkedHashMap<>(anywhere);
        exact.values().removeIf(sentence -> !a.index().descriptions().tokens(sentence).containsAll(words));
        if (!exact.isEmpty()) {
          anywhere = exact;
        }
      }
      if (anywhere.size() > (nameless ? 1 : 2)) {
        // "welke genomineerde komt uit Deventer?": of the words, the name ("in Deventer") says which sentence
        List<String> names = DescribedPeople.writtenAsNames(a.index().descriptions(), words);
        if (!names.isEmpty() && names.size() < words.size()) {
          anywhere = a.index().descriptions().having(names, List.of());
        }
      }
      // two sentences only when each has every word ("wat is de code?"), not each one of them
      boolean whole = anywhere.size() < 2 || anywhere.values().stream().allMatch(sentence -> words.stream()
          .allMatch(w -> DescriptionIndex.mentions(a.index().descriptions().tokens(sentence), w)));
      found = anywhere.size() <= (nameless && !whole ? 1 : 2) ? anywhere : Map.of();
      // narrowed down ("de tafelgasten van de laatste ronde"): not a sentence of another round; but what follows a
      // named one may be in that one's description ("hoeveel tijd is er na de pitches om te reageren?")
      if (a.selection().constrained() && !a.sessions().isEmpty()
          && !a.query().has(nl.dagwijzer.nlu.Condition.Relative.class)) {
        found = new java.util.LinkedHashMap<>(found);
        found.keySet().retainAll(a.sessions());
      }
    }
    List<String> quotes = new ArrayList<>();
    // a session given three times has one description: quoted once
    found.forEach((session, sentence) -> {
      String quoted = quoted(session, sentence);
      if (!quotes.contains(quoted)) {
        quotes.add(quoted);
      }
    });
    return quotes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", quotes));
  }

  /** Words that, beside "vragen", say a description leaves room for the audience's questions. */
  private static final List<List<String>> ASKING = List.of(List.of("vragen", "zaal"), List.of("vragen", "chat"),
      List.of("vragen", "publiek"), List.of("vragen", "stellen"));

  /**
   * "kan ik vragen stellen?" on a day without a question round: yes when a description says where questions go
   * ("De laatste tien minuten zijn voor vragen uit de zaal", "vragen in de chat").
   */
  static Optional<String> questionsTaken(Answering a) {
    return ASKING.stream().flatMap(words -> a.index().descriptions().withAll(words).stream()).findFirst()
        .map(s -> "Ja, " + from(s.session(), s.text()));
  }

  /** The full stop a quoted sentence lacks; none after a link, which a full stop would break when clicked. */
  static String closing(String sentence) {
    String last = sentence.substring(sentence.lastIndexOf(' ') + 1);
    return sentence.endsWith(".") || last.contains("/") ? "" : ".";
  }

  /** {@link #ofDay}, else {@link #firstSaying} of all the sessions: the first sentence of the programme that says it. */
  static Optional<Written> anywhereSaying(Answering a, java.util.function.Predicate<String> says) {
    return ofDay(a, says).or(() -> firstSaying(a.programme().sessions(), says));
  }

  /**
   * "Uit de beschrijving van ‘X’: Elke pitch duurt zeven minuten." for the first sentence of {@code among}'s
   * descriptions that {@code says} holds for.
   */
  static Optional<Written> firstSaying(List<Session> among, java.util.function.Predicate<String> says) {
    return firstSentence(among, says).map(found -> new Written(quoted(found.getKey(), found.getValue())
        + closing(found.getValue()), Optional.empty(), List.of(found.getKey())));
  }

  /** The first sentence of a description of {@code among} that {@code says}, with its session. */
  static Optional<Map.Entry<Session, String>> firstSentence(List<Session> among,
                                                          java.util.function.Predicate<String> says) {
    for (Session session : among) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        if (says.test(sentence)) {
          return Optional.of(Map.entry(session, sentence));
        }
      }
    }
    return Optional.empty();
  }
}
