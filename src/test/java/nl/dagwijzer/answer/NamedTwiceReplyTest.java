package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a question's words are read as the programme writes them: a relation's target named twice
 * ("de ontvangst bij het stadhuis", both names of one session), the ages of a title ("voor 2 t/m 5 jaar") that are no
 * age of the asker, a noun asked in the singular that the text has in the plural ("een broodje", "broodjes"; not
 * "als journalist"), a count's noun as the sentence writes it ("4 collega's"); "dansen" is no misspelt "danser"
 * ("Fotomoment met je danser"), and "de bakker" is the "Bakkerij" a title names.
 */
@DisplayName("Words read as the programme writes them")
final class NamedTwiceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune45-intocht.json | wat is er na de ontvangst bij het stadhuis | Na ‘Ontvangst op het stadhuis’, van 13:15"
          + " tot 14:00: keuze uit de chocolademelk op de Markt en ‘Pietenschminken’ (Yvonne Smit).",
      "tune45-intocht.json | wat is er tegelijk met het kinderfeest voor 2 t/m 5 jaar | Tijdens ‘Kinderfeest voor 2"
          + " t/m 5 jaar’: / • ‘Informatiepunt en EHBO’ (Kees Verhoeven en Jeroen van der Linden), in Kraam van het"
          + " Sint-comité (Markt), 10:00–17:30 / • ‘Pietenschminken’ (Yvonne Smit), in Markt, 13:15–15:30 /"
          + " • ‘Pietengym’ (Sanne Bosman), in Gymzaal Kerkstraat, 14:00–14:45 / • ‘Pepernoten bakken’ (Pieter van 't"
          + " Hof), in Bakkerij Van 't Hof, 14:00–15:00",
      "tune15-beurs.json | wat kost een broodje in het foodcourt | Dat bedrag staat niet in het programma. Wel dit:"
          + " / Uit de beschrijving van de lunchpauze: Broodjes, soep en salades zijn te koop in het foodcourt.",
      "tune5-bewonersavond.json | spreekt er ook een bewoner | Ja, uit de beschrijving van ‘De wijk aan het woord’:"
          + " Wim ter Beek van de bewonersvereniging vertelt wat bewoners zelf belangrijk vinden voor de toekomst van de"
          + " wijk.",
      "tune34-prijsuitreiking.json | hoe meld ik me als journalist aan voor het persgesprek | Uit de beschrijving van"
          + " ‘Persgesprek met de winnaars’: Aanmelden bij de afdeling communicatie via pers@gelderland.example.",
      "tune45-dansschool.json | wie dansen er na de pauze | Na de pauze: ‘Hiphop: Block Party’ (Dwayne Martina), in"
          + " Grote zaal, 15:20–15:35.",
      "tune11-netwerklunch.json | welke pitch is er voor die van de bakker | Voor ‘Pitch Bakkerij Van 't Veer: samen"
          + " bakken met statushouders’: / • ‘Pitch Hooghwerff Metaal: vakmanschap leer je op de vloer’ (Dennis van der"
          + " Sanden), 12:00–12:10 / • ‘Pitch Zorggroep De Maashorst: instromen via de zorgacademie’ (Ayşe Demir),"
          + " 12:10–12:20",
      "tune43-teamdag.json | met hoeveel collega's zit je in een zeilboot | 4 collega's, volgens de beschrijving van"
          + " ‘Zeilen (team Rood)’: Zeilen op de Loosdrechtse Plassen in Valk-zeilboten, met 4 collega's en een"
          + " instructeur per boot."})
  @DisplayName("answer with the programme's own words")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
