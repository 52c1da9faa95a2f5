package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a session is named in a way its title only half has, or where the description says it in
 * words the question turns: an age class by its number ("de finale 14+" for "Finale klasse 14+"), the age five tours
 * each give in their own words, "voor" after what is left ("plekken vrij voor"), "alleen of met z'n tweeën", a
 * "nooit" the question and the sentence share, "werken bij" an organisation, free for children asked for adults, and
 * "de hele dag" on a day whose own hours end before its evening. Line breaks " / ".
 */
@DisplayName("Sessions named by half their title, and sentences said in other words")
final class SessionWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune59-zeepkistenrace.json | hoe lang duurt de finale 14+ | ‘Finale klasse 14+’ (Hennie Zwiers) duurt 30"
          + " minuten, van 15:15 tot 15:45.",
      "tune59-zeepkistenrace.json | finale 10-13 wnr | ‘Finale klasse 10-13 jaar’ (Hennie Zwiers) is van 14:45 tot"
          + " 15:15, in Parcours Dijkweg.",
      "tune59-zeepkistenrace.json | hoeveel plekken zijn er nog vrij voor de ouderrace | Uit de beschrijving van"
          + " ‘Voorrondes ouderrace’: Deelname is gratis; er zijn 16 plaatsen, waarvan er nog 5 vrij zijn. Aanmelden"
          + " bij de inschrijftent tot 12:00.",
      "tune59-scheepswerfdag.json | vanaf welke leeftijd mag je mee op rondleiding | Uit de beschrijving van"
          + " ‘Rondleiding door de bouwhal’: Minimumleeftijd 8 jaar; kinderen tot 16 jaar onder begeleiding van een"
          + " volwassene.",
      "tune57-bouwsteenfestival.json | mag ik met z'n tweeën meedoen aan de wedstrijd voor volwassenen | Ja,"
          + " ‘Bouwwedstrijd 16+ en volwassenen’ (Ravi Sitaldin) is van 14:45 tot 16:15, in Wedstrijdzone. / Uit de"
          + " beschrijving van ‘Bouwwedstrijd 16+ en volwassenen’: Je bouwt alleen of met z'n tweeën.",
      "tune59-pottenbakkersdag.json | kan ik de lezing volgen als ik zelf nooit gedraaid heb | Ja, ‘Lezing: Glazuur,"
          + " van houtas tot celadon’ (Hanneke Vrijhof) is van 14:00 tot 14:45, in Kerkzaal De Hoeksteen. / Uit de"
          + " beschrijving van ‘Lezing: Glazuur, van houtas tot celadon’: De lezing is ook te volgen voor wie zelf"
          + " nooit heeft gedraaid.",
      // "werken bij" an organisation: who works there, not the session titled "werken en leren op de werf"
      "tune59-scheepswerfdag.json | welke sprekers werken bij de scheepswerf zelf | Hendrika Stoelhorst (algemeen"
          + " directeur, Scheepswerf Oosterveer): ‘Welkom door de werfdirectie’ (09:45–10:00), ‘Tewaterlating MS"
          + " Wadwachter’ (13:00–13:30) en ‘Afsluiting met de scheepshoorn’ (16:15–16:30). / Joost Dijkhuis"
          + " (projectleider nieuwbouw, Scheepswerf Oosterveer): ‘Rondleiding door de bouwhal’ (10:00–10:45),"
          + " ‘Rondleiding door de bouwhal’ (12:00–12:45) en ‘Rondleiding door de bouwhal’ (15:00–15:45). / Dirk"
          + " Fennema (lasinstructeur, Scheepswerf Oosterveer): ‘Lasdemonstratie’ (10:30–11:00), ‘Lasdemonstratie’"
          + " (12:00–12:30) en ‘Lasdemonstratie’ (14:30–15:00). / Anouk Terpstra (werkvoorbereider, Scheepswerf"
          + " Oosterveer): ‘Rondleiding door de bouwhal’ (11:00–11:45) en ‘Rondleiding door de bouwhal’"
          + " (14:00–14:45). / Tijmen Brouwer (leerling-scheepsbouwer (derde jaar BBL), Scheepswerf Oosterveer):"
          + " ‘Leerling op de werf: mijn eerste schip’ (14:00–14:30) en ‘Vragenronde: werken en leren op de werf’"
          + " (14:30–15:00). / Femke de Lange (gespreksleider; opleidingscoördinator, Scheepswerf Oosterveer):"
          + " ‘Vragenronde: werken en leren op de werf’ (14:30–15:00).",
      // free for children only, asked for adults: the price for all
      "tune59-scheepswerfdag.json | is de havenrondvaart gratis voor volwassenen | Nee, uit de beschrijving van"
          + " ‘Havenrondvaart’: Kaartje € 10; kinderen tot en met 12 jaar gratis.",
      // all day: the hours the day itself is open, not its evening banquet
      "tune59-ridderfeest.json | is de markt de hele dag open | Ja, ‘Middeleeuwse markt’ is van 10:00 tot 17:00; uit"
          + " de beschrijving van de dag: Het terrein is open van 10:00 tot 17:00."})
  @DisplayName("the session meant, and the sentence read the way it is meant")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
