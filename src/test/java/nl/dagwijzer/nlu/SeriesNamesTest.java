package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An evening with "Tafel 1: Wonen en renovatie" to "Tafel 5: ...", pitches known by aliases "pitch van ...", and an
 * online session whose break-outs are rooms "Break-out 1" to "Break-out 3".
 */
@DisplayName("Series of sessions (de tafels, de pitches, de break-outs)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SeriesNamesTest {
  private static final Path PROGRAMMES = Path.of("src/test/resources/programmes");
  private final TextNormaliser normaliser = new TextNormaliser();
  private Programme evening;
  private Programme online;
  private Gazetteer gazetteer;

  @BeforeAll
  void load() {
    evening = Fixtures.store(PROGRAMMES.resolve("tune5-bewonersavond.json")).current();
    online = Fixtures.store(PROGRAMMES.resolve("tune5-kennissessie.json")).current();
    gazetteer = new Gazetteer(evening, normaliser, new FuzzyWords(), Set.of("welke", "tafel", "aan", "is", "er"));
  }

  @Test
  @DisplayName("a first word of three sessions or more, with different titles, is a series; its sessions in order")
  void seriesOfTitlesAliasesAndRooms() {
    // when
    SeriesNames tables = new SeriesNames(evening, normaliser);
    SeriesNames breakouts = new SeriesNames(online, normaliser);
    // then
    assertThat(tables.sessions("series:tafel"))
        .extracting(Session::id).containsExactlyInAnyOrder("tafel-1", "tafel-2", "tafel-3", "tafel-4", "tafel-5");
    assertThat(tables.sessions("series:pitch"))
        .extracting(Session::id).containsExactlyInAnyOrder("pitch-wonen", "pitch-renovatie", "pitch-zorg",
            "pitch-veiligheid", "pitch-bewoners");
    assertThat(breakouts.sessions("series:breakout"))
        .extracting(Session::id).containsExactlyInAnyOrder("breakout-1", "breakout-2", "breakout-3");
    assertThat(tables.sessions("series:koffie")).extracting(Session::id).isEmpty();
    assertThat(tables.sessions("tafel-1")).extracting(Session::id).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" names {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "hoe laat beginnen de tafelgesprekken | PART    | series:tafel   | tafelgesprekken",
      "aan welke tafels kan ik              | PART    | series:tafel   | tafels",
      "welke pitches zijn er                | PART    | series:pitch   | pitches",
      "waar gaat tafel twee over            | SESSION | tafel-2        | tafel twee",
      "wat is er aan tafel 3                | SESSION | tafel-3        | tafel 3",
      "wat is er aan tafel 6                | UNKNOWN | thing:tafel 6  | tafel 6",
      "is er een tafel zeven                | UNKNOWN | thing:tafel zeven | tafel zeven"})
  @DisplayName("the series word, its plurals and compounds name the series; with a number one of them, or none")
  void namesInQuestions(String question, EntityType type, String id, String text) {
    // when
    List<Gazetteer.Match> matches = gazetteer.find(normaliser.tokens(question));
    // then
    assertThat(matches).extracting(Gazetteer.Match::entity).containsExactly(new Entity(type, id, text));
  }

  @Test
  @DisplayName("a word of a name that is an ordinary word is no name alone; a series word is no title's word")
  void ordinaryWordsAndSeriesWords() {
    // given a morning with speaker Mark de Laat, "Thematafel 1" to "Thematafel 4" and "Terugkoppeling uit de
    // thematafels"
    Programme regio = Fixtures.store(PROGRAMMES.resolve("tune6-regio.json")).current();
    Gazetteer names = new Gazetteer(regio, normaliser, new FuzzyWords(), Set.of("hoe", "laat", "welke", "zijn", "er"));
    // when
    List<Gazetteer.Match> howLate = names.find(normaliser.tokens("hoe laat begint de lunch"));
    List<Gazetteer.Match> him = names.find(normaliser.tokens("wanneer spreekt mark de laat"));
    List<Gazetteer.Match> tables = names.find(normaliser.tokens("welke thematafels zijn er"));
    // then
    assertThat(howLate).extracting(m -> m.entity().type()).doesNotContain(EntityType.SPEAKER);
    assertThat(him).extracting(Gazetteer.Match::entity)
        .containsExactly(new Entity(EntityType.SPEAKER, "mark-de-laat", "mark de laat"));
    assertThat(tables).extracting(Gazetteer.Match::entity)
        .containsExactly(new Entity(EntityType.PART, "series:thematafel", "thematafels"));
  }

  @Test
  @DisplayName("talks are a series when numbered ('talk 1', 'talk 2') or three or more; two descriptions are not")
  void talks() {
    // given a webinar with aliases "talk 1" and "talk 2", and a day with "presentatie van Kees van Ommen" and
    // "presentatie SeniorWeb" for two of its talks
    Programme webinar = Fixtures.store(PROGRAMMES.resolve("tune6-webinar.json")).current();
    Programme dated = Fixtures.store(PROGRAMMES.resolve("dated.json")).current();
    // when
    List<Session> talks = new SeriesNames(webinar, normaliser).sessions("series:talk");
    List<Session> presentations = new SeriesNames(dated, normaliser).sessions("series:presentatie");
    // then
    assertThat(talks)
        .extracting(Session::id).containsExactlyInAnyOrder("talk-1", "talk-2");
    assertThat(presentations).isEmpty();
  }

  @Test
  @DisplayName("titles that open with compounds of one word the texts use on its own are a series by that word")
  void compoundTails() {
    // given an evening with "Peuterverhalen ...", "Winterverhalen ..." and "Griezelverhalen ..." whose texts say
    // "Verhalen over sneeuw", and a day whose titles share no such word
    Programme lights = Fixtures.store(PROGRAMMES.resolve("tune53-lichtjesroute.json")).current();
    // when
    List<Session> stories = new SeriesNames(lights, normaliser).sessions("series:verhalen");
    List<Session> none = new SeriesNames(evening, normaliser).sessions("series:verhalen");
    // then
    assertThat(stories).extracting(Session::id)
        .containsExactly("peuterverhalen", "winterverhalen", "griezelverhalen");
    assertThat(none).isEmpty();
  }

  @Test
  @DisplayName("sessions a programme calls by one noun, in front of a name or at its end, are a series by it")
  void nounSeries() {
    // given a mudflat day with "Oversteek Schiermonnikoog" (alias "de lange tocht"), "Tocht naar de Engelsmanplaat",
    // "Familie-wadtocht" and briefings for each, and a fair with "Sorteerwedstrijd" twice and "Prijsuitreiking
    // sorteerwedstrijd"
    Programme mudflats = Fixtures.store(PROGRAMMES.resolve("tune54-wadlopen.json")).current();
    Programme fair = Fixtures.store(PROGRAMMES.resolve("tune54-postzegelbeurs.json")).current();
    // when
    List<Session> walks = new SeriesNames(mudflats, normaliser).sessions("series:tocht");
    List<Session> contests = new SeriesNames(fair, normaliser).sessions("series:sorteerwedstrijd");
    // then the briefings are named by their own first word, and a prize-giving is no contest
    assertThat(walks).extracting(Session::id).containsExactly("oversteek", "engelsmanplaat", "familie");
    assertThat(contests).isEmpty();
  }

  @Test
  @DisplayName("titles whose last words end alike, in a part the texts use as a word, are a series by that part")
  void sharedTails() {
    // given a tour day with "60 km Heuvelroute", "40 km Bosroute" and "25 km Familieroute" whose texts say "route"
    Programme tour = Fixtures.store(PROGRAMMES.resolve("tune54-mountainbikedag.json")).current();
    // when
    List<Session> routes = new SeriesNames(tour, normaliser).sessions("series:route");
    // then
    assertThat(routes).extracting(Session::id).containsExactly("route-60", "route-40", "route-25");
  }

  @ParameterizedTest(name = "\"{0}\" names session {1}")
  @CsvSource(delimiter = '|', value = {
      "wie geeft workshop b       | b",
      "in welke zaal is sessie a  | a",
      "wie geeft deelsessie b     | b",
      "wanneer is 2c              | c",
      "waar is werkgroep 2c       | c"})
  @DisplayName("a session labelled with a code ('Deelsessie B: ...') is named by any word for a session and the code")
  void labelledSessions(String question, String id) {
    // given an afternoon with "Deelsessie A: ...", "Deelsessie B: ..." and "Sessie 2C: ..."
    Programme labelled = Fixtures.store(PROGRAMMES.resolve("labelled-sessions.json")).current();
    Gazetteer names = new Gazetteer(labelled, normaliser, new FuzzyWords(), Set.of("wie", "geeft", "in", "welke",
        "zaal", "is", "wanneer", "waar"));
    // when
    List<Gazetteer.Match> matches = names.find(normaliser.tokens(question));
    // then
    assertThat(matches).extracting(m -> m.entity().type() + " " + m.entity().id()).containsExactly("SESSION " + id);
  }
}
