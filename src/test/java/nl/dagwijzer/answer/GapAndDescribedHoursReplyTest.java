package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to the time between two times of one session ("tussen het einde van de eerste handdemo en het begin
 * van de tweede"), and to a yes or no at a time by the hours a description gives for the thing asked about
 * ("uiterlijk om 12:00", "De keuken sluit om 23:00", "Het laatste speurboekje wordt om 15:00 uitgedeeld"), not by
 * the hours of the session it is in; to what follows a break in a room (the rest of the day there) or a session there
 * on an evening past midnight (the next in the day's order); and to what one takes home "na" a workshop (from it, not
 * after it). Line breaks " / ".
 */
@DisplayName("The gap between two times of a session, hours a description gives, and what follows in a room")
final class GapAndDescribedHoursReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune65-klompenmakerij.json | hoeveel minuten zitten er tussen het einde van de eerste handdemo"
          + " en het begin van de tweede | Tussen het einde van ‘Demonstratie klompen maken met de hand’"
          + " (12:00) en het begin van ‘Demonstratie klompen maken met de hand’ (14:30) zit 150 minuten (2,5"
          + " uur).",
      "tune40-hardloopdag.json | kan ik mijn tas om 16:00 nog ophalen | Nee, uit de beschrijving van"
          + " ‘Kledingbewaring’: Haal je tas uiterlijk om 15:30 op. / Uit de beschrijving van"
          + " ‘Kledingbewaring’: Laat je tas en kleding veilig achter tijdens het lopen.",
      "tune46-quiz.json | is de keuken om half 12 nog open | Nee, uit de beschrijving van de derde"
          + " pauze: De keuken sluit om 23:00, dus bestel hier je laatste snacks.",
      "tune56-kerkendag.json | kan ik om 15:30 nog een speurboekje halen | Nee, uit de beschrijving"
          + " van ‘Kinderspeurtocht: de verdwenen klokkenluider’: Het laatste speurboekje wordt om 15:00"
          + " uitgedeeld. / Uit de beschrijving van ‘Kinderspeurtocht: de verdwenen klokkenluider’: Gratis;"
          + " haal het speurboekje bij het Informatiepunt.",
      "tune56-kerkendag.json | kan ik om 14:30 nog een speurboekje halen | Ja, uit de beschrijving van"
          + " ‘Kinderspeurtocht: de verdwenen klokkenluider’: Het laatste speurboekje wordt om 15:00"
          + " uitgedeeld. / Uit de beschrijving van ‘Kinderspeurtocht: de verdwenen klokkenluider’: Gratis;"
          + " haal het speurboekje bij het Informatiepunt.",
      "tune65-waterskibaan.json | kan ik om 12:30 nog lunchbonnen kopen | Nee, uit de beschrijving van"
          + " de lunch: strandbarbecue: Lunchbonnen koop je aan de inschrijfbalie, uiterlijk om 12:00.",
      "tune65-waterskibaan.json | kan ik om 11:30 nog lunchbonnen kopen | Ja, uit de beschrijving van"
          + " de lunch: strandbarbecue: Lunchbonnen koop je aan de inschrijfbalie, uiterlijk om 12:00.",
      "tune60-timmerdag.json | wat is er in de kantine na de lunch | Na de soep en broodjes: / •"
          + " ‘Vragenhalfuur: lid worden van De Schaafbank’ (Ineke Brasser), in Kantine, 15:45–16:15 / • de"
          + " afsluitende borrel, in Kantine, 16:30–17:30",
      "tune56-podcastfestival.json | wat is er in de grote zaal na twee zussen | Na ‘Live-opname: Twee"
          + " Zussen, Eén Mening’: ‘Nachtradio Live: De Laatste Uitzending’ (Wessel Nachtegaal), in Grote"
          + " Zaal, 22:30–23:50.",
      "tune65-streetartfestival.json | wat neem je mee naar huis na de stencilworkshop |"
          + " ‘Stencilworkshop: maak je eigen sjabloon’ (Bram Heijstek), 15:30–17:00, in Loods 5, Zolder: Je"
          + " snijdt een eigen sjabloon uit karton en spuit het op een tas en een poster die je meeneemt. /"
          + " Aan bod komen: / • Vanaf 16 jaar. / • Maximaal 15 deelnemers. / • Kosten: € 12,50, inclusief"
          + " snijmat, mesje, karton, spuitverf, een katoenen tas en een poster. / • Aanmelden verplicht via"
          + " muurwerkwesterveer.nl. / • Er zijn nog plekken vrij. / • De Zolder is bereikbaar met een lift."
          + " / Uit de beschrijving van ‘Spuitbusworkshop voor tieners’: Tieners van 12 tot en met 17 jaar"
          + " leren in anderhalf uur de basis van het spuiten: caps, lijnen, vullingen en een eigen tag op"
          + " een houten paneel van 60 bij 90 cm dat je mee naar huis neemt."})
  @DisplayName("count the minutes between them, or say yes or no by the sentence's hours")
  void replies(String programme, String question, String expected) {
    // given a programme with a demonstration given twice and sentences that give hours, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
