package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the question's verb is also a word of a title ("Projectkoor Hoorn Zingt"): "zingt" asks what the
 * choirs named after it do, so the choir with the verb in its name is left out, and "wat zingt het seniorenkoor?"
 * asks what its description says; and where a day's word for its places is asked with ("in welke ring", "in welke
 * hal"), as "in welke zaal" is on any day; "wat maken/doen/zie je bij/in/tijdens X?" asks what X's description says,
 * not the session the verb names. Line breaks " / ".
 */
@DisplayName("Replies where a verb or a place is asked with a word of the programme's names")
final class VerbAndPlaceWordReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // what one does at a session, not the "Workshop glasparels maken" its verb also names
      "tune58-glasblazersdag.json | wat maken de kinderen aan de schildertafel | ‘Glasschildertafel voor kinderen’"
          + " (Sanne Mulderij), 10:00–16:00, in Binnenplaats (onder de overkapping): Kinderen van 4 tot en met 12 jaar"
          + " beschilderen een glazen waxinelichthouder met glasverf en nemen die mee naar huis. / Aan bod komen: / •"
          + " Gratis, zonder aanmelden: gewoon aanschuiven. / • Schorten liggen klaar; glasverf gaat niet uit kleding,"
          + " dus trek oude kleren aan. / • De verf moet 24 uur drogen voordat je het lichtje gebruikt. / • Ouders"
          + " blijven in de buurt van de tafel.",
      "tune44-universiteit.json | wat zie je tijdens de rondleiding | ‘Campusrondleiding’ (Mila Schouten, 45"
          + " minuten), 10:30–14:45, in Informatiestand centrale hal: Studentambassadeurs lopen met je langs de"
          + " bibliotheek, het sportcentrum, een studentenkamer en het Living Lab. / Aan bod komen: / • Elk half uur"
          + " vertrekt een rondleiding vanaf de informatiestand: de eerste om 10:30, de laatste om 14:00. / • Een"
          + " rondleiding duurt 45 minuten. / • Maximaal 20 personen per rondleiding; inschrijven op de dag bij de"
          + " informatiestand.",
      "tune39-korenfestival.json | welk koor zingt na cantabile in de kerk | Na ‘Kamerkoor Cantabile’: ‘Vocaal"
          + " Ensemble Vivace’ (Sanne Bakker en Hein van der Laan), in Grote Kerk, 11:30–11:50.",
      "tune39-korenfestival.json | zingt het mannenkoor in de stadszaal | Nee, ‘Mannenkoor Westfriesland’ (Wim"
          + " Schouten, 13:00–13:20) is in Grote Kerk.",
      "tune39-korenfestival.json | zingt het kamerkoor met begeleiding | Nee, uit de beschrijving van ‘Kamerkoor"
          + " Cantabile’: Zestien zangers, zonder begeleiding.",
      "tune39-korenfestival.json | wat zingt het seniorenkoor | ‘Seniorenkoor De Zilveren Stemmen’ (Joke van den"
          + " Heuvel), 13:30–13:50, in Stadszaal: Nederlandse evergreens van Wim Sonneveld en Willeke Alberti. / Aan"
          + " bod komen: / • Het jongste lid is 68 jaar, het oudste 94.",
      "tune39-hondenshow.json | in welke ring is de jeugdhandling | ‘Jeugdhandling’ (Gerda de Jong) (14:30–15:00) is"
          + " in Ring 4.",
      "tune29-vakbeurs.json | in welke hal staat Signaal Schuldhulp | ‘Demo: vroegsignalering van"
          + " betalingsachterstanden’ (Mohamed Ait Taleb) (11:30–12:00) is in Hal 2, stand 207. / ‘Demo:"
          + " vroegsignalering van betalingsachterstanden’ (Mohamed Ait Taleb) (14:30–15:00) is in Hal 2, stand 207.",
      "tune39-korenfestival.json | hoe lang zingt het kinderkoor | ‘Kinderkoor De Zingertjes’ (Lotte van Dijk) duurt"
          + " 15 minuten, van 10:30 tot 10:45.",
      // the head of a room's compound name asks which room
      "tune62-kringloopwinkel.json | welke afdeling is 's ochtends halve prijs | ‘Halve prijs: boeken en media’"
          + " (10:00–12:00) is in Boeken & Media."})
  @DisplayName("the verb asked with names no session, and the day's word for its places asks where")
  void answers(String programme, String question, String expected) {
    // given the programme
    // when the question is asked
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
