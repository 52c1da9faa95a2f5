package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to how many places a session has, as its description says: "plaatsen" is no name of the
 * "Werkplaats" (an ordinary word never names a room by its last part), and chairs count as places ("30 stoelen",
 * "hoeveel stoelen ...?"). Line breaks " / ".
 */
@DisplayName("Places a description counts")
final class PlacesCountedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-sterrenwacht.json | hoeveel plaatsen zijn er per planetariumshow | Uit de beschrijving van"
          + " ‘Planetariumshow: De hemel van vannacht’: Elke voorstelling heeft 40 plaatsen; haal bij binnenkomst een"
          + " gratis plaatskaartje aan de kassa, vol is vol.",
      "tune42-gemeenteraad.json | hoeveel plekken voor publiek zijn er bij de commissie ruimte | Uit de beschrijving"
          + " van ‘Commissievergadering Ruimte’: Publiek kan meeluisteren op de publieke tribune (30 stoelen).",
      "tune42-gemeenteraad.json | hoeveel stoelen zijn er bij de commissie samenleving | Uit de beschrijving van"
          + " ‘Commissievergadering Samenleving’: Er zijn 20 plaatsen voor publiek.",
      "tune43-sterrenwacht.json | waar is de werkplaats | ‘Raket bouwen’ (Mirjam Bos) (19:30–20:30) is in Werkplaats."
          + " / ‘Raket bouwen’ (Mirjam Bos) (20:45–21:45) is in Werkplaats.",
      // a word that named a session whose text does not count it: the day's own sentence with that word
      // "Maximaal 12 vrijwilligers" limits who come, as "Maximaal 30 kinderen" does
      "tune55-klusdag.json | met hoeveel mensen mag je de schilderklus doen | Uit de beschrijving van ‘Klus 1:"
          + " Dorpshuis schilderen’: Maximaal 12 vrijwilligers.",
      "tune46-quiz.json | met hoeveel mensen mag je in een team | Uit de beschrijving van de dag: Pubquiz en"
          + " spellenavond voor teams van maximaal 6 personen in wijkcentrum De Lindeboom, met 8 quizrondes, bingo en"
          + " vooraf een kinderquiz.",
      // whether there is still room: no where the session's own text says it is fully booked (with its time, as the
      // workshop is given twice)
      "tune46-corso.json | zijn er nog plekken bij de bloemschikworkshop van de ochtend | Nee, uit de beschrijving"
          + " van ‘Workshop bloemschikken met dahlia's’ (10:30–12:00): Deze ochtendronde is volgeboekt.",
      "tune46-corso.json | zijn er nog plekken bij de bloemschikworkshop van de middag | Ja, uit de beschrijving"
          + " van ‘Workshop bloemschikken met dahlia's’ (15:30–17:00): Voor deze middagronde zijn nog plekken vrij.",
      // and whether it is full, the other way round
      // how many places are left: the sentence that says so, not the session's size
      "tune58-glasblazersdag.json | hoeveel plekken zijn er nog bij de glasparels | Uit de beschrijving van ‘Workshop"
          + " glasparels maken aan de brander’: Maximaal 5 deelnemers; aanmelden verplicht. Er zijn nog 2 plekken vrij.",
      // "nog n plekje": room asked after the article
      "tune58-luchthavendag.json | kan ik nog n plekje krijgen in de toren | Nee, uit de beschrijving van ‘Kijkje in"
          + " de verkeerstoren’: VOLGEBOEKT: alle groepen zijn vol. Aanmelden kon alleen vooraf online en is gesloten.",
      "tune46-corso.json | is de ochtendworkshop vol | Ja, uit de beschrijving van ‘Workshop bloemschikken met"
          + " dahlia's’ (10:30–12:00): Deze ochtendronde is volgeboekt.",
      "tune46-corso.json | is de middagworkshop vol | Nee, uit de beschrijving van ‘Workshop bloemschikken met"
          + " dahlia's’ (15:30–17:00): Voor deze middagronde zijn nog plekken vrij.",
      // "Vol: er is een wachtlijst", "Nog plekken vrij", and "nog plek" asked with a time that picks one of two
      "tune55-techniekdag.json | is 3d-printen om 09:45 vol | Ja, uit de beschrijving van ‘3D-printen: ontwerp je"
          + " eigen sleutelhanger’ (09:45–11:00): Vol: er is een wachtlijst bij de balie",
      "tune55-techniekdag.json | is er om 13:15 nog plek bij robots programmeren voor 8 tot 10 jaar | Ja, uit de"
          + " beschrijving van ‘Robots programmeren’ (13:15–14:15): Nog plekken vrij",
      // a list of what it has that ends in "VOL"
      "tune63-pianoconcours.json | kan ik nog meedoen met de masterclass van 11:00 | Nee, uit de beschrijving van"
          + " ‘Masterclass Malin Ekerholt’ (11:00–12:15): 4 actieve plaatsen voor pianisten vanaf 15 jaar, € 40 per"
          + " deelnemer: VOL."})
  @DisplayName("give the number the description gives")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
