package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dagwijzer.nlu.Asked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "waar is het congres?", "wat is het adres?": a place asked while nothing of the programme is named, once what came
 * before has been added, asks where the day is held when the programme names a venue (without one it stays a room
 * question the programme cannot answer, see {@code ConditionalReplyTest}); "en waar?" after a session still asks that
 * session's room.
 */
@DisplayName("Where the day is held, read as a question about the day")
final class DayPlaceReadingTest extends WholeReplyTest {
  private static final String VENUE =
      "Landelijk Congres Schulden & Bestaanszekerheid is in Congrescentrum De Reehorst, Bennekomseweg 24, Ede.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wat is het adres|          EVENT|" + VENUE,
      "waar is het congres|       EVENT|" + VENUE,
      "adres?|                    EVENT|" + VENUE})
  @DisplayName("a place with nothing named is the day's place")
  void dayPlace(String question, Asked asked, String expected) {
    // given the congress, nothing asked before
    // when
    Asked read = askedOn("congress.json", question);
    String reply = replyOn("congress.json", question);
    // then
    assertThat(read).isEqualTo(asked);
    assertThat(reply).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("'en waar?' after a session asks that session's room")
  void afterSession() {
    // given a question about the keynote
    // when
    Asked read = askedOn("congress.json", "wanneer is de keynote", "en waar?");
    String reply = replyOn("congress.json", "wanneer is de keynote", "en waar?");
    // then
    assertThat(read).isEqualTo(Asked.ROOM);
    assertThat(reply).isEqualTo("‘Schulden zijn geen keuze’ (Marieke van 't Hof) (09:55–10:40) is in Grote Zaal.");
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // the day's own word, though it also reads as a role ("schapenscheerder")
      "tune49-schapenscheerdag.json | waar is de schapenscheerdag | Schapenscheerdag op Boerderij De Wolweide is in"
          + " Boerderij De Wolweide, Heidebrink 8, 9411 PK Beilen.",
      // the head word of the venue's name, not the tours "door het kasteel"
      "tune49-kasteeldag.json | waar ligt het kasteel | Open Kasteeldag Kasteel Aldenwaerde is in Kasteel Aldenwaerde,"
          + " Kasteelweg 3, 6561 AB Groesbeek.",
      // the address of what is in a room of the venue ("Aula", "Feesttent"), which no room gives
      "tune69-promotie.json | wat is het adres vd promotie | Promotie Lotte van Diepen: Zilte grond is in "
          + "Academiegebouw Universiteit van Zuiderhaven, Kloosterhof 4, Zuiderhaven.",
      "tune69-schuttersfeest.json | waar is het feest precies? adres | Bondsschuttersfeest Mergelland 2026 "
          + "is in Feestterrein De Kloosterbempd, Kloosterbempd 3, Beekveld."})
  @DisplayName("the day or its venue named is the day's place")
  void dayNamed(String programme, String question, String expected) {
    // given a programme with a venue, when
    Asked read = askedOn(programme, question);
    String reply = replyOn(programme, question);
    // then
    assertThat(read).isEqualTo(Asked.EVENT);
    assertThat(reply).isEqualTo(expected);
  }
}
