package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Which-questions and counts about the whole day or a stretch of it")
final class DayWideListReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // "welke" asks of the day, not of what is on now
      "tune49-trouwbeurs.json | voor welke onderdelen moet je je van tevoren aanmelden | Met aanmelding: / •"
          + " ‘Workshop bruidsmake-up’ (Samira El Idrissi), in Torenkamer, 11:00–12:00 / • ‘Taartproeverij’ (Bas"
          + " Wolters), in Orangerie, 12:30–13:15 / • ‘Workshop trouwspeech schrijven’ (Joost Brinkman), in"
          + " Torenkamer, 13:00–14:00 / • ‘Workshop bruidsmake-up’ (Samira El Idrissi), in Torenkamer, 14:30–15:30 /"
          + " • ‘Workshop corsage maken’ (Femke de Boer), in Orangerie, 15:00–16:00",
      // "wat kun je ... doen?" with the whole day is what runs through it, not a request for this bot's help
      "tune49-kasteeldag.json | wat kun je de hele dag door doen | Op het programma: / • ‘Kinderspeurtocht: de"
          + " verdwenen kroon’, in Start bij de kassa, 10:00–16:00 / • keuze uit de theeschenkerij, in Koetshuis en"
          + " ‘Oude ambachten op de voorburcht’, in Voorburcht, 10:00–17:00 / • ‘Boogschieten voor kinderen’ (Mila"
          + " Jansen), in Boomgaard, 10:30–16:00",
      // adults: the sessions whose ages include 18, not the children's
      "tune49-schapenscheerdag.json | welke workshops zijn er 's middags voor volwassenen | In de middag: / •"
          + " ‘Workshop wol spinnen’ (Wilma Zuidema), in Wolkamer op de zolder, 13:30–15:00 / • ‘Workshop naaldvilten’"
          + " (Lieke Dijkstra), in Deel, 14:00–15:30",
      // a count in a stretch of time counts the sessions, not the number the day's description gives
      "tune49-trouwbeurs.json | hoeveel modeshows zijn er nog na 12 uur | Er zijn vanaf 12:00 2 onderdelen: / •"
          + " ‘Bruidsmodeshow’ (Lotte Verhagen), 13:30–14:00 / • ‘Bruidsmodeshow’ (Lotte Verhagen), 15:30–16:00",
      // what starts while a session is on, not everything that runs beside it
      "tune49-schapenscheerdag.json | wat begint er tijdens de lezing | Tijdens ‘Van schaap tot sok’: ‘Lammetjes"
          + " voeren’, in Knuffelweide naast de stal, 13:00–13:30.",
      // a room called by its name before what it lies beside
      "tune49-schapenscheerdag.json | wat is er te doen in de knuffelweide | Op het programma: / • ‘Knuffelhoek’, in"
          + " Knuffelweide naast de stal, 10:00–16:00 / • ‘Lammetjes voeren’, in Knuffelweide naast de stal,"
          + " 13:00–13:30"})
  @DisplayName("list what the whole day has")
  void listed(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
