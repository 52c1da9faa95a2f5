package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies about one time of a session given more than once, named as "de tweede ronde X", "de laatste ronde
 * X" or "de eerste keer X", on a day whose own rounds do not set those times apart; "hoeveel rondes X" counts its
 * times; "de hiphopgroep" of a description is the act called "Hiphop"; an alias written on the first time only
 * names the other times too; "tussen de twee keer X" is between its first end and its second start; all the times
 * of one given in one place on one line.
 */
@DisplayName("One time of a session given more than once")
final class RepeatedSessionReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune45-intocht.json | hoe laat is de laatste ronde pepernoten bakken | ‘Pepernoten bakken’ (Pieter van 't Hof)"
          + " is van 15:15 tot 16:15, in Bakkerij Van 't Hof.",
      "tune45-intocht.json | wanneer is de tweede ronde pietengym | ‘Pietengym’ (Sanne Bosman) is van 15:00 tot 15:45,"
          + " in Gymzaal Kerkstraat.",
      "tune45-intocht.json | wat is er na de laatste ronde pepernoten bakken | Na ‘Pepernoten bakken’:"
          + " ‘Prijsuitreiking kleurplaatwedstrijd’ (Esther van Dijk en Sinterklaas), in Sporthal De Wieken,"
          + " 16:45–17:15.",
      "tune45-intocht.json | wat is er tegelijk met de eerste ronde pepernoten bakken | Tijdens ‘Pepernoten bakken’: /"
          + " • ‘Informatiepunt en EHBO’ (Kees Verhoeven en Jeroen van der Linden), in Kraam van het Sint-comité"
          + " (Markt), 10:00–17:30 / • ‘Pietenschminken’ (Yvonne Smit), in Markt, 13:15–15:30 / • ‘Pietengym’ (Sanne"
          + " Bosman), in Gymzaal Kerkstraat, 14:00–14:45 / • ‘Kinderfeest voor 2 t/m 5 jaar’ (Sinterklaas, Hoofdpiet"
          + " en Marloes de Haan), in Sporthal De Wieken, 14:00–15:00",
      "tune45-intocht.json | hoeveel rondes pepernoten bakken zijn er | ‘Pepernoten bakken’ staat 2 keer op het"
          + " programma: ‘Pepernoten bakken’ (14:00–15:00) en ‘Pepernoten bakken’ (15:15–16:15).",
      "tune45-dansschool.json | op welke tijden danst de hiphopgroep | ‘Hiphop: Block Party’ (Dwayne "
          + "Martina), in Grote zaal: 15:20–15:35 en 20:50–21:05.",
      "tune45-dansschool.json | hoe vaak danst de hiphopgroep | ‘Hiphop: Block Party’ staat 2 keer op het programma:"
          + " ‘Hiphop: Block Party’ (15:20–15:35) en ‘Hiphop: Block Party’ (20:50–21:05).",
      "tune7-opendag.json | wat is er vlak voor de eerste keer grip op je post | Voor ‘Workshop Grip op je post’ van"
          + " 15:00: ‘Rondleiding achter de schermen’ (Rianne de Jong), in Ontvangsthal, 14:30–15:00.",
      // an alias written on the first walk only names the repeats too
      "tune47-wijnoogst.json | zijn er 's middags ook wandelingen door de wijnstokken | Ja, in de middag: / •"
          + " ‘Wandeling door de wijngaard’ (Fenna de Ruiter), in Verzamelpunt bij de pers, 13:00–14:00 / •"
          + " ‘Wandeling door de wijngaard’ (Joost van der Linden), in Verzamelpunt bij de pers, 15:30–16:30 / Uit de"
          + " beschrijving van ‘Wandeling door de wijngaard’: Een gids neemt je mee langs de rijen wijnstokken en"
          + " vertelt over de druivenrassen, de bodem en het oogstjaar.",
      // between the two times of one session, told apart by when the first ends and the second starts
      "tune47-wijnoogst.json | wat is er tussen de twee keer druiven plukken in | Tussen ‘Zelf druiven plukken’ (tot"
          + " 12:30) en ‘Zelf druiven plukken’ (vanaf 14:00): / • de lunch in de boomgaard, in Boomgaard, 12:30–13:30 /"
          + " • ‘Wandeling door de wijngaard’ (Fenna de Ruiter), in Verzamelpunt bij de pers, 13:00–14:00 / • ‘Van stok"
          + " tot fles: lezing door de wijnmaker’ (Gerrit ten Brink, 45 minuten), in Grote Schuur, 13:45–14:45",
      // during a session of one title given four times, none picked: during any of them
      "tune47-ijsbaan.json | wat is er tijdens de dweilpauze | Tijdens de dweilpauze: / • keuze uit ‘Koek-en-Zopie’"
          + " (Gerda Brouwer), in Koek-en-Zopie-tent en ‘Schaatsverhuur’ (Kevin de Jong), in Verhuurtent, 10:00–23:00 /"
          + " • ‘Curlingclinic in teams’ (Wim Hoekstra en Esther ten Hove), in Curlingbaan, 13:00–14:30",
      "tune47-ijsbaan.json | is er curling tijdens de dweilpauze | Ja, ‘Curlingclinic in teams’ (Wim Hoekstra en"
          + " Esther ten Hove) is van 13:00 tot 14:30, in Curlingbaan.",
      "tune47-wijnoogst.json | wat is er tussen de eerste en de tweede keer druiven plukken | Tussen ‘Zelf druiven"
          + " plukken’ (tot 12:30) en ‘Zelf druiven plukken’ (vanaf 14:00): / • de lunch in de boomgaard, in"
          + " Boomgaard, 12:30–13:30 / • ‘Wandeling door de wijngaard’ (Fenna de Ruiter), in Verzamelpunt bij de pers,"
          + " 13:00–14:00 / • ‘Van stok tot fles: lezing door de wijnmaker’ (Gerrit ten Brink, 45 minuten), in Grote"
          + " Schuur, 13:45–14:45",
      // a round of a series ("agility" of the "Demonstratie agility" given twice): its second time, its times
      "tune62-hondenschool.json | wanneer is de tweede ronde agility | ‘Demonstratie agility’ (Sanne de Wit) is van"
          + " 13:45 tot 14:15, in Veld B.",
      "tune62-hondenschool.json | hoeveel rondes agility demonstratie zijn er | ‘Demonstratie agility’ staat 2 keer op"
          + " het programma: ‘Demonstratie agility’ (10:45–11:15) en ‘Demonstratie agility’ (13:45–14:15).",
      // every time of one given in one place on one line, not its title, speaker and room each time
      "tune64-gemaaldag.json | hoelaat is de boottocht | ‘Rondvaart over de Wierumer Vaart’ (Kees Brouwer),"
          + " in Aanlegsteiger achter het gemaal: 10:45–11:30, 12:00–12:45, 13:45–14:30 en 15:00–15:45.",
      "tune67-glastuinbouwdag.json | wanneer zijn de rondleidingen | ‘Rondleiding tomatenkas’ (Marieke van "
          + "der Voort), in Tomatenkas Van der Voort: 10:00–11:00 en 14:00–15:00. / ‘Rondleiding paprikakas’ "
          + "(Joost Hoogendam), in Paprikakas Hoogendam: 10:00–11:00 en 13:30–14:30. / ‘Rondleiding "
          + "orchideeënkas’ (Anouk Verbeek), in Orchideeënkas Lierzicht: 10:30–11:30 en 14:30–15:30. / "
          + "‘Rondleiding tomatenkas’ (Hidde Brouwer), in Tomatenkas Van der Voort: 11:30–12:30.",
      "tune67-glastuinbouwdag.json | wanneer geeft anouk verbeek rondleidingen | ‘Rondleiding "
          + "orchideeënkas’ (Anouk Verbeek), in Orchideeënkas Lierzicht: 10:30–11:30 en 14:30–15:30."})
  @DisplayName("answer of the time meant")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
