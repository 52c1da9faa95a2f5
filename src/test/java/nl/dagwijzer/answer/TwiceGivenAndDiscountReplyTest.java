package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes or no on which of two workshops lasts longer when each is given twice (against the other
 * one, not against its own second time), to "hoeveel korting": the percentage a description gives, and to a count
 * of workshops each at a time of its own (no rounds with a choice). Line breaks " / ".
 */
@DisplayName("Sessions given twice compared, and a discount asked")
final class TwiceGivenAndDiscountReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune63-chocolaterie.json | duurt de bonbonworkshop langer dan de kinderworkshop | Ja, ‘Workshop bonbons maken"
          + " voor volwassenen’ (Mireille van Dongen) duurt 90 minuten (1,5 uur), van 10:30 tot 12:00; ‘Kinderworkshop"
          + " chocoladelolly's’ 45 minuten, van 11:00 tot 11:45, ‘Workshop bonbons maken voor volwassenen’ 90 minuten"
          + " (1,5 uur), van 14:00 tot 15:30 en ‘Kinderworkshop chocoladelolly's’ 45 minuten, van 14:30 tot 15:15.",
      "tune63-chocolaterie.json | duurt de kinderworkshop langer dan de bonbonworkshop | Nee, ‘Kinderworkshop"
          + " chocoladelolly's’ (Sanne Olthof) duurt 45 minuten, van 11:00 tot 11:45; ‘Workshop bonbons maken voor"
          + " volwassenen’ 90 minuten (1,5 uur), van 10:30 tot 12:00, ‘Workshop bonbons maken voor volwassenen’ 90"
          + " minuten (1,5 uur), van 14:00 tot 15:30 en ‘Kinderworkshop chocoladelolly's’ 45 minuten, van 14:30 tot"
          + " 15:15.",
      "tune63-chocolaterie.json | hoeveel korting krijg je vandaag in de fabriekswinkel | Uit de beschrijving van"
          + " ‘Fabriekswinkel met openingskorting’: Op vertoon van je polsbandje krijg je vandaag 15% korting op het"
          + " hele assortiment.",
      "tune63-boomkwekerij.json | hoeveel korting krijg je als je 's ochtends bomen koopt | Uit de beschrijving van"
          + " ‘Verkoop jonge bomen’: Tot 12:00 krijg je 20% ochtendkorting op alle jonge bomen.",
      // workshops each at a time of their own: no rounds to choose in, one list
      "tune63-chocolaterie.json | hoeveel workshops zijn er | Er zijn 11 workshops: / • ‘Rondleiding door de fabriek’"
          + " (Ruud Verschoor), 10:00–10:45 / • ‘Workshop bonbons maken voor volwassenen’ (Mireille van Dongen),"
          + " 10:30–12:00 / • ‘Kinderworkshop chocoladelolly's’ (Sanne Olthof), 11:00–11:45 / • ‘Proeverij single"
          + " origin’ (Jorien Maas), 11:15–11:45 / • ‘Rondleiding door de fabriek’ (Noor Vissering), 11:30–12:15 / •"
          + " ‘Rondleiding door de fabriek’ (Ruud Verschoor), 13:30–14:15 / • ‘Workshop bonbons maken voor"
          + " volwassenen’ (Mireille van Dongen), 14:00–15:30 / • ‘Kinderworkshop chocoladelolly's’ (Sanne Olthof),"
          + " 14:30–15:15 / • … en nog 3 meer; vraag ‘wat is het programma?’ voor alles."})
  @DisplayName("compare with the other session and quote the percentage")
  void replies(String programme, String question, String expected) {
    // given a programme with two workshops given twice and a discount in a description, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
