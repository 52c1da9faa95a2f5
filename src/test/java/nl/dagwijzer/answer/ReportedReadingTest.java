package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.Understanding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("What a reply is reported to have answered")
final class ReportedReadingTest {
  @ParameterizedTest(name = "{0} {1} → {3}")
  @CsvSource(delimiter = '|', value = {
      "unknown|unknown|Uit de beschrijving van ‘Ridderbanket’: Kaarten kosten € 54,50.|about|content",
      "unknown|unknown|Bij ‘Havenrondvaart’ (11:00–12:00, in Steiger 2): Kaartje € 10.|about|content",
      "unknown|unknown|Dat staat niet letterlijk in het programma, maar dit wel: Een bod is bindend.|unknown|unknown",
      "unknown|unknown|Dat weet ik niet: het staat niet in het programma van deze dag.|unknown|unknown",
      "when|time|Nee, ‘abseilen’ staat niet in het programma.|unknown|time",
      "when|time|De rondvaart is van 11:00 tot 12:00.|when|time",
      "unknown|list|Uit de beschrijving van de dag: Parkeren is gratis.|unknown|list"})
  @DisplayName("follows the reply when the question was read as nothing in particular")
  void reported(String intent, String asked, String reply, String reportedIntent, String reportedAsked) {
    // given a question about a ticket's price, read as the classifier and the reader did
    Query query = new Query(Asked.valueOf(asked.toUpperCase()), List.of(new Detail("tekst:kaartje")),
        Optional.empty(), Optional.empty());
    Understanding understood = new Understanding("wat kost een kaartje voor het banket",
        Intent.fromLabel(intent).orElseThrow(), 0.5, List.of(), query);
    // when
    Understanding reported = ReportedReading.of(understood, understood.intent(), query, reply);
    // then
    assertThat(reported.intent().label() + " " + reported.query().asked().label())
        .isEqualTo(reportedIntent + " " + reportedAsked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Dat weet ik niet: het staat niet in het programma van deze dag.",
      "Hallo! Ik ben Dagwijzer."})
  @DisplayName("stays unanswered when nothing in the question was read")
  void nothingRead(String reply) {
    // given a question in which nothing was recognised
    Query query = Query.of(Asked.UNKNOWN);
    Understanding understood = new Understanding("blablabla", Intent.UNKNOWN, 0.2, List.of(), query);
    // when
    Understanding reported = ReportedReading.of(understood, Intent.UNKNOWN, query, reply);
    // then
    assertThat(reported.intent().label() + " " + reported.query().asked().label()).isEqualTo("unknown unknown");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Het langst duurt ‘Valkeniersdemonstratie’. / ‘Riddershow’ duurt 40 minuten, van 12:00 tot 12:40.|list",
      "Het kortst duurt ‘Riddershow’. / ‘Riddershow’ duurt 40 minuten, van 12:00 tot 12:40.|list",
      "‘Riddershow’ duurt 40 minuten, van 12:00 tot 12:40.|duration"})
  @DisplayName("reports which of two named sessions is longer as a list of one, a length as a length")
  void longerOfTwo(String reply, String reportedAsked) {
    // given "wat duurt langer, de riddershow of de valkeniersdemonstratie?" read as a length, the longest first
    Query query = new Query(Asked.DURATION, List.of(), Optional.of(Query.Order.LONGEST), Optional.empty());
    Understanding understood = new Understanding("wat duurt langer, de riddershow of de valkeniersdemonstratie",
        Intent.DURATION, 0.5, List.of(), query);
    // when
    Understanding reported = ReportedReading.of(understood, Intent.DURATION, query, reply);
    // then
    assertThat(reported.query().asked().label()).isEqualTo(reportedAsked);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "horeca:eten|De snackbar (10:00–16:00) is in Kantine. / De lunchpauze (13:00–13:30) is in Kantine.|room",
      "horeca:eten|De koffiebar (09:30–16:00) is in Foyer. / De lunch (12:00–13:30) is in Zaal 2.|list",
      "horeca:drinken|De koffiebar (09:30–16:00) is in Foyer. / De lunch (12:00–13:30) is in Foyer.|list",
      "horeca:drinken|De koffiebar (09:30–16:00) is in Foyer.|room"})
  @DisplayName("reports the places to eat or drink as a list when they are several, in more rooms or of both")
  void placesToEat(String other, String reply, String reportedAsked) {
    // given "waar kan ik wat eten?", or "wat eten of drinken?" with the second detail
    List<nl.dagwijzer.nlu.Condition> details = other.equals(nl.dagwijzer.nlu.EatOrDrink.FOOD)
        ? List.of(new Detail(other)) : List.of(new Detail(nl.dagwijzer.nlu.EatOrDrink.FOOD), new Detail(other));
    Query query = new Query(Asked.ROOM, details, Optional.empty(), Optional.empty());
    Understanding understood = new Understanding("waar kan ik wat eten", Intent.ROOM, 0.5, List.of(), query);
    // when
    Understanding reported = ReportedReading.of(understood, Intent.ROOM, query, reply.replace(" / ", "\n"));
    // then
    assertThat(reported.query().asked().label()).isEqualTo(reportedAsked);
  }
}
