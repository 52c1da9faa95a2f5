package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a round of what is given more than once ("de tweede ronde van de rondleidingen" on a day without
 * that round, "tegelijk met de tweede ronde van de beginnersles"), to one in the day's order ("het tweede onderdeel
 * van de dag", "de tweede activiteit") and to the first or last of a kind one title also has ("welke lezing is het
 * eerst?" when a keynote is a talk too). Line breaks " / ".
 */
@DisplayName("Rounds of a repeated session, the day's order and the first of a kind")
final class RepeatedRoundAndRankReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune67-glastuinbouwdag.json | welke rondleidingen zijn er in de tweede ronde | In ronde 2: / • "
          + "‘Rondleiding tomatenkas’ (Hidde Brouwer), in Tomatenkas Van der Voort, 11:30–12:30 / • ‘Rondleiding "
          + "paprikakas’ (Joost Hoogendam), in Paprikakas Hoogendam, 13:30–14:30 / • ‘Rondleiding orchideeënkas’ "
          + "(Anouk Verbeek), in Orchideeënkas Lierzicht, 14:30–15:30",
      "tune67-glastuinbouwdag.json | welke rondleidingen zijn er in de derde ronde | In ronde 3: "
          + "‘Rondleiding tomatenkas’ (Marieke van der Voort), in Tomatenkas Van der Voort, 14:00–15:00.",
      "tune67-bridgedrive.json | wat is er tegelijk met de tweede ronde van de beginnersles | Tijdens "
          + "‘Beginnersles bridge’: / • ‘Bridgeboekenmarkt’ (Fenna Postma), in Hal, 10:00–16:00 / • keuze uit "
          + "‘Derde zitting’ (Henk Veldkamp), in Grote zaal en ‘Kaartspelletjes voor kinderen’ (Sanne Bosma), in "
          + "Jeugdhoek, 14:15–15:45",
      "tune67-bridgedrive.json | wat is het tweede onderdeel van de dag | Op het programma: ‘Uitleg "
          + "Bridgemate’ (Ruud Terpstra), in Kleine zaal, 09:15–09:40.",
      "tune67-sintmaarten.json | wat is de tweede activiteit van de dag | Op het programma: ‘Welkomstwoord "
          + "van de voorzitter’ (Henny Veldkamp), in Foyer, 14:20–14:30.",
      // "begint" says which end of it, not a second thing named
      "tune68-literatuurfestival.json | welke workshop begint het eerst | Op het programma: keuze uit "
          + "‘Tekenworkshop: teken je eigen boekenheld’ (Fenna Brouwer), in Tuinzaal en ‘Vertaalatelier: één "
          + "gedicht, tien vertalingen’ (Hedwig Lammers), in Kelderzaal, 10:30–12:00.",
      "tune67-legofestival.json | welke lezing is het eerst | Op het programma: ‘Van zolderkamer tot tv-"
          + "studio’ (Jeroen Kalverda), in Podium, 11:00–11:45.",
      "tune67-legofestival.json | wat is de laatste lezing | Op het programma: ‘Lezing: rijdende treinbanen"
          + " bouwen’ (Mark de Haan), in Podium, 14:30–15:15.",
      // the day's second round has none of what is named: the second time of it
      "tune67-legofestival.json | wanneer is de 2e ronde robots | ‘Workshop robots bouwen’ (Tom Oosterhuis en"
          + " Fatima El Idrissi) is van 13:30 tot 14:30, in Robotlab.",
      "tune69-startersdag.json | wnnr is de 2e ronde inschrijven kvk | ‘Workshop Inschrijven bij de KvK’ (Marieke"
          + " van Dongen) is van 14:00 tot 15:00, in De Werkplaats.",
      // in chat, the ordinal first and no article: still the second time of what is given twice
      "tune62-windpark.json | 2e klimdemo? | Op het programma: ‘Klimdemonstratie door monteurs’ (Ruud Kampstra en"
          + " Sanne Oldenhuis), in Oefenmast bij turbine 2, 14:15–14:45."})
  @DisplayName("name the time of what is repeated that the round counts, or the one the order names")
  void replies(String programme, String question, String expected) {
    // given a day with sessions given two or three times and talks of two kinds, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
