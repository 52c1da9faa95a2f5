package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to how many make up a team or a group ("met hoeveel mensen mag je in een quizteam?", "hoeveel man per
 * rondleiding?"): only a description can say it; and a part of the day joined to a word for its team or lesson ("het
 * quizteam", "de zeilles", "de kookles") is that part of the day. The people at a table are still its speakers, and
 * how many come is still not said by a team's size. Line breaks " / ".
 */
@DisplayName("The size of a team or a group, and a part of the day joined to its team or lesson")
final class GroupSizeReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-sterrenwacht.json | met hoeveel mensen mag je in een quizteam | Uit de beschrijving van ‘Sterrenquiz’:"
          + " Een quiz over sterren, planeten en ruimtevaart, in teams van maximaal 4 personen.",
      // the places a sentence gives, not a number beside the session's name ("drie kaarttrucs")
      "tune60-goochelfestival.json | hoeveel kinderen mogen er per ronde mee met de kaarttrucworkshop | Uit de"
          + " beschrijving van ‘Leer drie kaarttrucs’: Maximaal 10 kinderen per ronde.",
      "tune46-quiz.json | met hoeveel kinderen zit je in een team bij de kinderquiz | Uit de beschrijving van"
          + " ‘Kinderquiz’: Voor kinderen van 6 tot 12 jaar, in teams van 2 tot 4 kinderen.",
      "tune43-sterrenwacht.json | hoeveel kinderen kunnen er per ronde raketten bouwen | Uit de beschrijving van"
          + " ‘Raket bouwen’: Per ronde 15 plaatsen; aanmelden bij de kassa.",
      "tune30-opening.json | hoeveel man per rondleiding | Uit de beschrijving van ‘Rondleiding door het gebouw’:"
          + " Maximaal 15 personen per rondleiding; inschrijven bij de receptie, vol is vol.",
      "tune36-repaircafe.json | met hoeveel mensen kun je sokken stoppen? | Uit de beschrijving van ‘Workshop sokken"
          + " stoppen’: Maximaal 10 deelnemers; geef je op bij de balie.",
      // who may come in any word for them, and the places there are
      "tune61-schrijfdag.json | hoeveel tieners kunnen meedoen aan spoken word | Uit de beschrijving van ‘Spoken word"
          + " voor tieners’: Maximaal 20 deelnemers.",
      "tune61-zeilschool.json | voor hoeveel mensen is er plek bij de barbecue | Uit de beschrijving van de barbecue:"
          + " Maximaal 120 plaatsen.",
      "tune43-teamdag.json | hoe laat is de kookles voor team rood | ‘Kookworkshop (team Rood)’ (Karin van 't Zand)"
          + " is van 13:15 tot 14:15, in Kookstudio. / Uit de beschrijving van ‘Kookworkshop (team Rood)’: Onder"
          + " leiding van de chef maakt je team het dessert voor het diner: aardbeientiramisu.",
      "tune5-bewonersavond.json | met hoeveel mensen zitten ze aan tafel 1 | Voor tafel 1 staan 2 sprekers:"
          + " Gerrit-Jan Timmer en Erik van der Linden.",
      "tune15-hackathon.json | hoeveel deelnemers komen er | Hoeveel mensen er komen of mee kunnen doen, staat niet"
          + " in het programma.",
      // a leader is no head: "de scoutsleiders" are those of the role "scoutsleiding"
      "tune44-scoutingdag.json | wie zijn de scoutsleiders | Jeroen van 't Hof (scoutsleiding, scoutingnaam Haas,"
          + " Scouting Sint-Willibrord Ede): ‘Pionieren en knopen’ (10:00–10:50) en ‘Pionieren en knopen’"
          + " (13:15–14:05). / Fatima El Amrani (scoutsleiding, scoutingnaam Merel, Scouting Sint-Willibrord Ede): ‘Hike"
          + " met kaart en kompas’ (10:00–10:50) en ‘Hike met kaart en kompas’ (13:15–14:05). / Koen de Jong"
          + " (scoutsleiding, scoutingnaam Vos, Scouting Sint-Willibrord Ede): ‘Koken op houtvuur’ (11:00–11:50) en"
          + " ‘Koken op houtvuur’ (14:15–15:05). / Eva van Leeuwen (scoutsleiding, scoutingnaam Otter, Scouting"
          + " Sint-Willibrord Ede): ‘Vlotvaren op de vijver’ (11:00–11:50) en ‘Vlotvaren op de vijver’ (14:15–15:05)."})
  @DisplayName("say the size a description gives, and find the part of the day")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
