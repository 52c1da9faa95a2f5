package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Gazetteer")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class GazetteerTest {
  private static final Pattern SLOT = Pattern.compile("\\{\\w+}");

  private final TextNormaliser normaliser = new TextNormaliser();
  private Gazetteer real;

  @BeforeAll
  void buildOnRealProgramme() throws IntentExamples.IntentsException {
    Programme programme = Fixtures.store(Fixtures.PROGRAMME).current();
    real = new Gazetteer(programme, normaliser, new FuzzyWords(), ordinaryWords());
  }

  /** The words of the intent examples without their slots, as the understander passes them. */
  private Set<String> ordinaryWords() throws IntentExamples.IntentsException {
    Set<String> words = new HashSet<>();
    IntentExamples.read(Fixtures.INTENTS).examples().values().forEach(lines -> lines.forEach(
        line -> words.addAll(normaliser.tokens(SLOT.matcher(line).replaceAll(" ")))));
    return words;
  }

  /** A gazetteer on one of the test programmes in {@code src/test/resources/programmes/}. */
  private Gazetteer gazetteerOn(String file) throws IntentExamples.IntentsException {
    Programme programme = Fixtures.store(java.nio.file.Path.of("src/test/resources/programmes/" + file)).current();
    return new Gazetteer(programme, normaliser, new FuzzyWords(), ordinaryWords());
  }

  private List<Gazetteer.Match> find(Gazetteer gazetteer, String question) {
    return gazetteer.find(normaliser.tokens(question));
  }

  @ParameterizedTest(name = "\"{0}\" names {2} {3} at [{4}, {5})")
  @CsvSource(delimiter = '|', value = {
      "wie is michiel luigjes      | full name         | SPEAKER      | michiel-luigjes      | 2 | 4",
      "wie is michiel              | first name        | SPEAKER      | michiel-luigjes      | 2 | 3",
      "wie is luigjes              | last name         | SPEAKER      | michiel-luigjes      | 2 | 3",
      "wie is bob de levita        | full name         | SPEAKER      | bob-de-levita        | 2 | 5",
      "wat zegt de levita          | name after first  | SPEAKER      | bob-de-levita        | 2 | 4",
      "wie spreekt over breda      | municipality      | ORGANISATION | gemeente Breda       | 3 | 4",
      "wie komt van gemeente breda | organisation      | ORGANISATION | gemeente Breda       | 3 | 5",
      "wie werkt bij radar advies  | organisation      | ORGANISATION | Radar Advies         | 3 | 5",
      "wanneer is de koffie        | session alias     | SESSION      | koffiepauze          | 3 | 4",
      "wanneer is het middageten   | session alias     | SESSION      | lunch                | 3 | 4",
      "wanneer is de amsterdamse praktijk | session alias | SESSION    | amsterdamse-praktijk | 3 | 5",
      "waar gaat workshop breda over | session title   | SESSION      | workshop-breda       | 2 | 4",
      "wat is de p-wet             | topic alias       | TOPIC        | Participatiewet      | 3 | 5",
      "wat is de participatiewet   | topic name        | TOPIC        | Participatiewet      | 3 | 4",
      "wat is de vrije uitloop     | topic name        | TOPIC        | De Vrije Uitloop     | 2 | 5",
      "wat is een coöperatie       | topic alias       | TOPIC        | sociale coöperatie   | 3 | 4",
      "wat is zoetermer            | typo, 2 edits     | ORGANISATION | gemeente Zoetermeer  | 2 | 3",
      "wie is michiel luigjas      | typo, 1 edit      | SPEAKER      | michiel-luigjes      | 2 | 4",
      "wanneer is de lunsh         | typo, 1 edit      | SESSION      | lunch                | 3 | 4",
      "hoe lang is de luch         | 4 letters, 1 short | SESSION     | lunch                | 4 | 5",
      "wat is de divosa vrijdag    | event series      | EVENT        | event                | 3 | 5",
      "wie is maartje bos          | full name         | SPEAKER      | maartje-bos          | 2 | 4",
      "wie is bos                  | short last name   | SPEAKER      | maartje-bos          | 2 | 3"})
  @DisplayName("finds one entity by the names the programme gives it")
  void findsOneName(String question, String how, EntityType type, String id, int from, int to) {
    // given
    List<String> tokens = normaliser.tokens(question);
    // when
    List<Gazetteer.Match> matches = real.find(tokens);
    // then
    assertThat(matches).as(how).containsExactly(
        new Gazetteer.Match(from, to, new Entity(type, id, String.join(" ", tokens.subList(from, to)))));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"wie is bas", "wie is bo", "wanneer is de lunchpakket", "wat is er nu",
      "welke workshops zijn er", "wie spreekt er", "wanneer begint het", ""})
  @DisplayName("finds nothing in short near misses and ordinary questions")
  void findsNothing(String question) {
    // given
    List<String> tokens = normaliser.tokens(question);
    // when
    List<Gazetteer.Match> matches = real.find(tokens);
    // then
    assertThat(matches).isEmpty();
  }

  @Test
  @DisplayName("takes the longest name: 'workshop van zoetermeer' is the session, not the organisation")
  void longestMatchWins() {
    // given
    String question = "wanneer is de workshop van zoetermeer";
    // when
    List<Gazetteer.Match> matches = find(real, question);
    // then
    assertThat(matches).containsExactly(new Gazetteer.Match(3, 6,
        new Entity(EntityType.SESSION, "workshop-zoetermeer", "workshop van zoetermeer")));
  }

  @Test
  @DisplayName("finds several names in one question, left to right without overlap")
  void severalNames() {
    // given
    String question = "spreekt maartje bos ook in de workshop van breda";
    // when
    List<Gazetteer.Match> matches = find(real, question);
    // then
    assertThat(matches).containsExactly(
        new Gazetteer.Match(1, 3, new Entity(EntityType.SPEAKER, "maartje-bos", "maartje bos")),
        new Gazetteer.Match(6, 9, new Entity(EntityType.SESSION, "workshop-breda", "workshop van breda")));
  }

  @Test
  @DisplayName("a word the names use themselves is no compound of another name: 'eerste quizronde' is the alias")
  void ownCompoundKept() throws IntentExamples.IntentsException {
    // given an evening whose quiz rounds have the aliases "eerste quizronde", ... and others "ronde over Ommen"
    Gazetteer gazetteer = gazetteerOn("tune20-eindejaar.json");
    // when
    List<Gazetteer.Match> matches = find(gazetteer, "wanneer is de eerste quizronde");
    // then
    assertThat(matches).containsExactly(new Gazetteer.Match(3, 5,
        new Entity(EntityType.SESSION, "quiz-1", "eerste quizronde")));
  }

  @Test
  @DisplayName("a word that goes on a name begun before it stays as typed: 'waalse kerk' is the room, not 'kerken'")
  void roomOfTwoWords() throws IntentExamples.IntentsException {
    // given a church day with the room "Waalse Kerk" and a talk "Gesprek: toekomst voor lege kerken"
    Gazetteer gazetteer = gazetteerOn("tune56-kerkendag.json");
    // when
    List<Gazetteer.Match> matches = find(gazetteer, "wat is er in de waalse kerk");
    // then the room alone, over both words
    assertThat(matches).containsExactly(new Gazetteer.Match(5, 7,
        new Entity(EntityType.ROOM, "Waalse Kerk", "waalse kerk")));
  }

  @Test
  @DisplayName("a numbered compound room is named by its last noun and number: 'zaal 1' for 'Zittingszaal 1'")
  void numberedCompoundRoom() throws IntentExamples.IntentsException {
    // given a court day with the rooms "Zittingszaal 1" to "Zittingszaal 3"
    Gazetteer gazetteer = gazetteerOn("tune57-rechtbankdag.json");
    // when
    List<Gazetteer.Match> matches = find(gazetteer, "wat is er in zaal 1");
    // then that room, over both words
    assertThat(matches).containsExactly(new Gazetteer.Match(4, 6,
        new Entity(EntityType.ROOM, "Zittingszaal 1", "zaal 1")));
  }

  /** A small programme of its own, so the gazetteer is shown to work on any programme's names. */
  @Nested
  @DisplayName("on a small programme built in the test")
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  final class OnTinyProgramme {
    private final Programme tiny = new Programme(
        new Event("Testdag", "", "", Optional.empty(), ZoneId.of("Europe/Amsterdam"), ""),
        List.of(
            new Speaker("jan-welle", "Jan Welle", "trainer", "gemeente Utrecht"),
            new Speaker("jan-smit", "Jan Smit", "", "Stichting Wijkkracht"),
            new Speaker("bas-de-vries", "Bas de Vries", "", "")),
        List.of(
            session("opening", "Opening", SessionKind.PLENARY, 9, 0, 9, 15, List.of("jan-welle"), List.of("welkom")),
            session("workshop-utrecht", "Workshop Utrecht", SessionKind.WORKSHOP, 9, 15, 10, 0,
                List.of("jan-smit"), List.of("workshop van Utrecht")),
            session("lunch", "Lunchpauze", SessionKind.BREAK, 12, 0, 12, 30, List.of(), List.of())),
        List.of(new Topic("Wijkteams", List.of("wijkteam"), "Teams in de wijk.", List.of("workshop-utrecht"))));

    private Session session(String id, String title, SessionKind kind, int fromHour, int fromMinute, int toHour,
                            int toMinute, List<String> speakers, List<String> aliases) {
      return new Session(id, title, kind, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute),
          OptionalInt.empty(), speakers, Optional.empty(), "", List.of(), aliases);
    }

    private Gazetteer gazetteer(Set<String> ordinaryWords) {
      return new Gazetteer(tiny, normaliser, new FuzzyWords(), ordinaryWords);
    }

    @ParameterizedTest(name = "\"{0}\" names {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "wie is bas de vries    | SPEAKER      | bas-de-vries     | bas de vries",
        "wie is vries           | SPEAKER      | bas-de-vries     | vries",
        "wie komt uit utrecht   | ORGANISATION | gemeente Utrecht | utrecht",
        "wie is er utrechtse    | ORGANISATION | gemeente Utrecht | utrechtse",
        "wie is van stichting wijkkracht | ORGANISATION | Stichting Wijkkracht | stichting wijkkracht",
        "wanneer is het welkom  | SESSION      | opening          | welkom",
        "wanneer is de lunchpauze | SESSION    | lunch            | lunchpauze",
        "wat doen wijkteams     | TOPIC        | Wijkteams        | wijkteams",
        "wat doet een wijkteam  | TOPIC        | Wijkteams        | wijkteam",
        "waar gaat de workshop van utrecht over | SESSION | workshop-utrecht | workshop van utrecht"})
    @DisplayName("finds the names of its own speakers, organisations, sessions and topics")
    void findsItsOwnNames(String question, EntityType type, String id, String text) {
      // given
      Gazetteer gazetteer = gazetteer(Set.of());
      // when
      List<Gazetteer.Match> matches = find(gazetteer, question);
      // then
      assertThat(matches).extracting(Gazetteer.Match::entity).containsExactly(new Entity(type, id, text));
    }

    @Test
    @DisplayName("returns every entity one stretch of words names: two speakers called Jan")
    void sameNameTwice() {
      // given
      Gazetteer gazetteer = gazetteer(Set.of());
      // when
      List<Gazetteer.Match> matches = find(gazetteer, "wie is jan");
      // then
      assertThat(matches).containsExactly(
          new Gazetteer.Match(2, 3, new Entity(EntityType.SPEAKER, "jan-welle", "jan")),
          new Gazetteer.Match(2, 3, new Entity(EntityType.SPEAKER, "jan-smit", "jan")));
    }

    @Test
    @DisplayName("does not fuzz three-letter words: 'bos' is not 'Bas'")
    void shortWordsAreExact() {
      // given
      Gazetteer gazetteer = gazetteer(Set.of());
      // when
      List<Gazetteer.Match> bos = find(gazetteer, "wie is bos");
      List<Gazetteer.Match> bas = find(gazetteer, "wie is bas");
      // then
      assertThat(bos).isEmpty();
      assertThat(bas).extracting(Gazetteer.Match::entity)
          .containsExactly(new Entity(EntityType.SPEAKER, "bas-de-vries", "bas"));
    }

    @Test
    @DisplayName("never reads a word of the ordinary vocabulary as a typo of a name: 'welke' is not 'Welle'")
    void ordinaryWordsAreNotFuzzed() {
      // given
      Gazetteer withoutVocabulary = gazetteer(Set.of());
      Gazetteer withVocabulary = gazetteer(Set.of("welke", "workshops", "zijn", "er"));
      // when
      List<Gazetteer.Match> typoAllowed = find(withoutVocabulary, "welke workshops zijn er");
      List<Gazetteer.Match> ordinary = find(withVocabulary, "welke workshops zijn er");
      List<Gazetteer.Match> exactStillFound = find(withVocabulary, "wie is welle");
      // then
      assertThat(typoAllowed).extracting(Gazetteer.Match::entity)
          .containsExactly(new Entity(EntityType.SPEAKER, "jan-welle", "welke"));
      assertThat(ordinary).isEmpty();
      assertThat(exactStillFound).extracting(Gazetteer.Match::entity)
          .containsExactly(new Entity(EntityType.SPEAKER, "jan-welle", "welle"));
    }

    @Test
    @DisplayName("reads a name typed as it is, not also as a like one of the same length: 'zilver' is not 'zolder'")
    void exactBeatsLikeOfSameLength() {
      // given two tours whose aliases differ in two letters
      Programme tours = new Programme(tiny.event(), List.of(), List.of(
          session("zilver", "Rondleiding zilver", SessionKind.PLENARY, 19, 30, 20, 0, List.of(),
              List.of("zilverrondleiding")),
          session("zolder", "Rondleiding zolder", SessionKind.PLENARY, 20, 0, 20, 30, List.of(),
              List.of("zolderrondleiding"))), List.of());
      // when
      List<Gazetteer.Match> found = new Gazetteer(tours, normaliser, new FuzzyWords(), Set.of())
          .find(List.of("wanneer", "is", "de", "zilverrondleiding"));
      // then
      assertThat(found).extracting(m -> m.entity().id()).containsExactly("zilver");
    }
  }
}
