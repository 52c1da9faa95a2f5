package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the question is about when things end or are still on: "sluiten als laatste" orders by end
 * time; "open tijdens de lezing" and "het langst open" are on then, not a description's word "open"; "na de soeplunch
 * nog" includes what is still on when the lunch ends; "hoeveel soorten" counts different titles; "welk koor" is the
 * sessions whose titles end in "koor", before any text that mentions a choir; "na afloop" is what follows the last
 * session that is no break (the bar after the prize-giving), "voor de afsluiting" what comes before the slot that
 * closes the day; "om 14:50 nog bezig" is started and not yet over then, and after the last of its kind says when that
 * one ended. Line breaks " / ".
 */
@DisplayName("What ends last or is still on, and a kind by its titles")
final class EndAndStillOnReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune41-repaircafe.json | welke reparatietafels sluiten als laatste | Op het programma: / • ‘Reparatietafel"
          + " elektronica’ (Henk de Laat en Kees Maas), in Zaal De Kapel, 10:00–16:00 / • ‘Reparatietafel meubels’"
          + " (Toon ten Haaf), in Werkplaats, 13:00–16:00",
      "tune41-repaircafe.json | hoeveel reparatietafels zijn er open tijdens de lezing | Er zijn tijdens ‘Lezing: Het"
          + " recht op reparatie’ 4 reparatietafels: / • ‘Reparatietafel elektronica’ (Henk de Laat en Kees Maas),"
          + " 10:00–16:00 / • ‘Reparatietafel textiel’ (Marian van der Heijden), 11:00–15:00 / • ‘Reparatietafel"
          + " meubels’ (Toon ten Haaf), 13:00–16:00 / • ‘Reparatietafel computers en telefoons’ (Ilse Verbruggen),"
          + " 13:30–15:30",
      "tune41-repaircafe.json | welke tafels zijn er na de soeplunch nog | Na de soeplunch: / • ‘Reparatietafel"
          + " elektronica’ (Henk de Laat en Kees Maas), in Zaal De Kapel, 10:00–16:00 / • ‘Reparatietafel textiel’"
          + " (Marian van der Heijden), in Zaal 't Kamerke, 11:00–15:00 / • ‘Reparatietafel meubels’ (Toon ten Haaf),"
          + " in Werkplaats, 13:00–16:00 / • ‘Reparatietafel computers en telefoons’ (Ilse Verbruggen), in Bovenzaal,"
          + " 13:30–15:30",
      "tune41-repaircafe.json | welke reparatietafel is het langst open | Op het programma: ‘Reparatietafel"
          + " elektronica’ (Henk de Laat en Kees Maas), 360 minuten (6 uur), in Zaal De Kapel, 10:00–16:00.",
      "tune41-repaircafe.json | hoeveel soorten reparatietafels zijn er | Er zijn 5 verschillende reparatietafels:"
          + " ‘Reparatietafel computers en telefoons’, ‘Reparatietafel fietsen’, ‘Reparatietafel elektronica’,"
          + " ‘Reparatietafel textiel’ en ‘Reparatietafel meubels’.",
      "tune39-korenfestival.json | welk koor zingt het langst | Op het programma: ‘Kamerkoor Cantabile’ (Ruud"
          + " Kramer), 25 minuten, in Grote Kerk, 11:00–11:25.",
      "tune41-muziekschool.json | welke concerten zijn er | Op het programma: / • ‘Eerste leerlingenconcert’ (Femke"
          + " van 't Hof), in Concertzaal, 11:30–12:00 / • ‘Tweede leerlingenconcert’ (Lotte Jansen), in Concertzaal,"
          + " 15:00–15:30",
      "tune41-muziekschool.json | wnr is het concert vd middag | ‘Tweede leerlingenconcert’ (Lotte Jansen) is van"
          + " 15:00 tot 15:30, in Concertzaal.",
      "tune41-muziekschool.json | is er om 14:50 nog een proefles bezig | Nee, om 14:50 niet meer: de laatste,"
          + " ‘Proefles basgitaar’ (Youssef El Amrani), was van 14:00 tot 14:45.",
      "tune41-muziekschool.json | is er om 14:10 nog een proefles bezig | Ja, op het programma: / • keuze uit"
          + " ‘Proefles viool’ (Femke van 't Hof), in Studio 3 en ‘Proefles piano voor volwassenen’ (Sanne van der"
          + " Meer), in Studio 1, 14:00–14:30 / • ‘Proefles basgitaar’ (Youssef El Amrani), in Studio 4, 14:00–14:45",
      "tune46-quiz.json | wat is er na afloop | Na afloop, van 00:20 tot 01:30: de nazit aan de bar.",
      "congress.json | wat is er na afloop | Na afloop, van 16:00 tot 17:30: de borrel.",
      "tune43-sterrenwacht.json | wat is er voor de afsluiting | Voor ‘Afsluiting en verloting’: ‘Sterrenquiz’"
          + " (Femke van den Heuvel), in Sterrencafé, 00:00–00:45.",
      "congress.json | wat is er voor de afsluiting | Voor ‘Afsluiting’: ‘Slotpanel: wat moet er nu echt"
          + " veranderen?’ (Rob Hoekstra, Marieke van 't Hof, Anouk van der Linden, Joost de Graaf en Samira"
          + " Bouzian), in Grote Zaal, 14:45–15:45."})
  @DisplayName("order by end and keep what is still on")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
