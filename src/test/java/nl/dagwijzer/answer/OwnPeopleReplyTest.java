package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wie kookt er tijdens de avondrit?": the people of the session named when it has them, the
 * speakers of what runs beside it when it has none (rows from the misses of a later tuning day).
 */
@DisplayName("Who is on during a session")
final class OwnPeopleReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the ride has a chef of its own
      "tune57-erfgoedspoordag | wie kookt er tijdens de avondrit | Bij ‘Avondrit met diner 'Sporen bij schemer'’"
          + " (18:30–21:30) spreken Dirk Wolters (machinist stoomlocomotief (vrijwilliger), Stichting Museumspoorlijn"
          + " De Veenlijn) en Marloes Timmer (chef-kok, stationsrestauratie De Wachtkamer).",
      // the interval's bass player, not the book table open all day
      "tune57-poeziefestival | wie speelt er tijdens het juryberaad | Bij ‘Juryberaad met muzikaal intermezzo’"
          + " (22:20–22:35) spreken Kwinten Saal (contrabassist, Jazzcollectief Nachtvlinder), Hendrika Spaanderman"
          + " (juryvoorzitter; dichter en essayist, Uitgeverij Het Open Raam), Sevda Aydemir (jurylid; slamdichter,"
          + " winnaar De Gouden Ganzenveer 2025) en Bram Oosterhuis (jurylid; docent Nederlands, Hogeschool"
          + " Harderwaal).",
      // a person's session: who else is on then
      "tune15-beurs | wie spreekt er tegelijk met Hanneke de Jong | Bij ‘De keukentafel opnieuw: het Wmo-gesprek"
          + " anders’ (12:00–12:30) spreekt Sander Pieters (Wmo-consulent, gemeente Nieuwegein)."})
  @DisplayName("names them")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
