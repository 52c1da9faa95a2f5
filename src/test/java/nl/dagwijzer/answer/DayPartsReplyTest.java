package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a day of separate parts, each opened by a session of its own: three webinars at 10:00, 13:00 and
 * 15:30, each opened by "Opening webinar N: ...". "webinar 1" is the whole part (its start, end and length, what is in
 * it), "de opening van webinar 1" is still the opening. Line breaks " / ".
 */
@DisplayName("Replies on a day of separate parts")
final class DayPartsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // "Inloop met ontbijt" opens a run of the day with what comes with it: "het ontbijt" is that session alone
      "tune41-hackathon.json | wanneer is het ontbijt | De inloop met ontbijt is van 09:00 tot 09:30, in Kantine.",
      "tune17-webinarreeks.json | tot hoe laat loopt webinar 1 | ‘Webinar 1: Vroegsignalering van"
          + " schulden’ is van 10:00 tot 10:45, in Microsoft Teams.",
      "tune17-webinarreeks.json | hoe lang duurt het eerste webinar | ‘Webinar 1: Vroegsignalering van"
          + " schulden’ duurt 45 minuten, van 10:00 tot 10:45.",
      "tune17-webinarreeks.json | duurt webinar 3 een uur | Ja, ‘Webinar 3: Jongeren en schulden’ duurt 60"
          + " minuten (1 uur), van 15:30 tot 16:30, in Microsoft Teams.",
      "tune17-webinarreeks.json | begint het tweede webinar om half 2 | Nee, ‘Webinar 2: Minnelijk of"
          + " Wsnp?’ duurt 45 minuten, van 13:00 tot 13:45, in Zoom.",
      "tune17-webinarreeks.json | is er een poll in webinar 2 | Nee, dat staat niet in het programma. Wel:"
          + " ‘Poll: waar staat uw gemeente met vroegsignalering?’ (Esther van Dijk, Jeroen de Boer en Naima Amrani)"
          + " is van 10:35 tot 10:45, in Microsoft Teams, ‘Opening webinar 2: Minnelijk of Wsnp?’ (Ruud Hendriks) is"
          + " van 13:00 tot 13:05, in Zoom en ‘De minnelijke regeling: stappen en valkuilen’ (Thijs Mulder) is van"
          + " 13:05 tot 13:20, in Zoom (en nog 3 meer).",
      "tune17-webinarreeks.json | wat is het laatste onderdeel van webinar 2 | Op het programma:"
          + " ‘Vragenronde: stel uw vraag in de chat’ (Ruud Hendriks, Thijs Mulder en Karin van der Veen), in Zoom,"
          + " 13:35–13:45.",
      "tune17-webinarreeks.json | wat komt er na de opening van webinar 1 | Na ‘Opening webinar 1:"
          + " Vroegsignalering van schulden’, van 10:05 tot 10:25: ‘Van betalingsachterstand naar"
          + " keukentafelgesprek’ (Jeroen de Boer).",
      "tune17-webinarreeks.json | welke presentaties zijn er in het eerste webinar | Op het programma: / •"
          + " ‘Van betalingsachterstand naar keukentafelgesprek’ (Jeroen de Boer), in Microsoft Teams, 10:05–10:25 /"
          + " • ‘Praktijkvoorbeeld: huurachterstand op tijd in beeld’ (Naima Amrani), in Microsoft Teams, 10:25–10:35",
      "tune17-webinarreeks.json | gaat webinar 2 via teams | Nee, ‘Webinar 2: Minnelijk of Wsnp?’ is van"
          + " 13:00 tot 13:45, in Zoom.",
      "tune17-webinarreeks.json | gaat webinar 1 via teams | Ja, ‘Webinar 1: Vroegsignalering van"
          + " schulden’ is van 10:00 tot 10:45, in Microsoft Teams.",
      "tune17-webinarreeks.json | wanneer start het webinar over de wsnp | ‘Webinar 2: Minnelijk of Wsnp?’"
          + " is van 13:00 tot 13:45, in Zoom.",
      "tune17-webinarreeks.json | via welk platform loopt het webinar over de minnelijke regeling |"
          + " ‘Webinar 2: Minnelijk of Wsnp?’ (13:00–13:45) is in Zoom.",
      "tune17-webinarreeks.json | hoeveel webinars duren 45 minuten | 2 van de 3: ‘Webinar 1:"
          + " Vroegsignalering van schulden’ (45 minuten, 10:00–10:45) en ‘Webinar 2: Minnelijk of Wsnp?’ (45"
          + " minuten, 13:00–13:45).",
      "tune17-webinarreeks.json | welk webinar duurt het langst | Het langst duurt ‘Webinar 3: Jongeren en"
          + " schulden’ (60 minuten (1 uur), 15:30–16:30). De andere: ‘Webinar 1: Vroegsignalering van schulden’ (45"
          + " minuten, 10:00–10:45) en ‘Webinar 2: Minnelijk of Wsnp?’ (45 minuten, 13:00–13:45).",
      "tune17-webinarreeks.json | welk webinar is het kortst | Het kortst duren, even lang, ‘Webinar 1:"
          + " Vroegsignalering van schulden’ (45 minuten, 10:00–10:45) en ‘Webinar 2: Minnelijk of Wsnp?’ (45"
          + " minuten, 13:00–13:45). De andere: ‘Webinar 3: Jongeren en schulden’ (60 minuten (1 uur), 15:30–16:30)."})
  @DisplayName("the reply is worked out from the programme")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
