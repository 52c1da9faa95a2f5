package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on what to bring when several parts of the evening each say something, on an online day without a
 * venue whose description says so, on chat forms ("k" for "ik", "eerstvolgende") and on the time someone has "voor
 * haar presentatie" (for it, not before it), and on what is served ("wat eten we?", "wat is er als hoofdgerecht?": the
 * course, not what follows it; "het hoofdgerecht"). Line breaks " / ".
 */
@DisplayName("Replies on things to bring, an online day, chat forms, the time for a talk and the menu")
final class BringOnlineAndChatReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune29-taalcafe.json | moet ik mijn papieren meenemen voor het praatje over inburgering | Nee, uit de"
          + " beschrijving van ‘Inburgering: hoe werkt het?’: Neem geen papieren mee. Voor een persoonlijke vraag maak"
          + " je een afspraak bij de informatietafel van de gemeente in de foyer.",
      // "als ik net begonnen ben" is the asker's start, not the session's
      "tune41-muziekschool.json | mag ik meedoen met de jamsessie als ik net begonnen ben | Ja, ‘Afsluitende"
          + " jamsessie’ (Youssef El Amrani en Ruben ten Brink) is van 15:30 tot 16:00, in Concertzaal.",
      // "als je die hebt": welcome to bring, not required; asked as a permission, a yes
      "tune41-muziekschool.json | moet ik zelf een gitaar meenemen | Nee, uit de beschrijving van ‘Proefles gitaar’:"
          + " Neem je eigen gitaar mee als je die hebt; er zijn ook leengitaren.",
      "tune29-taalcafe.json | mag ik mijn cv meenemen naar de B1-tafel | Ja, uit de beschrijving van ‘Ronde 3, tafels"
          + " B1: Werk en vrijwilligerswerk’: Neem gerust je cv mee als je dat hebt.",
      "tune39-security.json | moet ik mijn telefoon meenemen | Ja, uit de beschrijving van ‘Je telefoon veilig’: Neem"
          + " je zakelijke telefoon opgeladen mee.",
      "tune31-cursusavond.json | wat moet k meenemen | Om mee te nemen, volgens het programma: / • Uit de"
          + " beschrijving van ‘Terugblik op het huiswerk van avond 3’: Neem je uitgewerkte begroting mee; je"
          + " hoeft hem niet in te leveren. / • Uit de beschrijving van ‘Theorieblok: incassobrieven, van"
          + " aanmaning tot deurwaarder’: Neem je werkboek mee: hoofdstuk 4, blz. 31 tot en met 44. / • Uit de"
          + " beschrijving van ‘Gastspreker: zo werkt de schuldhulpverlening van de gemeente’: Ingrid neemt"
          + " folders van de schuldhulpverlening mee die je aan je klanten kunt geven.",
      "tune32-leerlunch.json | is het online | Ja, uit de beschrijving van de dag: Online leerlunch via"
          + " Microsoft Teams voor sociaal werkers, klantmanagers en consulenten werk en inkomen.",
      "tune32-leerlunch.json | wat is het eerstvolgende onderdeel | Hierna, van 12:00 tot 12:05: ‘Welkom"
          + " en spelregels’ (Ilse van der Veen en Youssef El Amrani).",
      "tune32-leerlunch.json | hoeveel minuten heeft marloes ten have voor haar presentatie | ‘Wat"
          + " verandert er? De Participatiewet in balans in vogelvlucht’ (Marloes ten Have) duurt 15 minuten,"
          + " van 12:10 tot 12:25."
,
      // "wat eten we?" asks what the meal's description says is served, not when it is
      "tune20-eindejaar.json | wat eten we | Het driegangendiner (Remco Jansen), 18:15–19:45, in"
          + " Restaurant De Waterkant: Een diner in drie gangen aan tafels in Restaurant De Waterkant. U zit aan"
          + " de tafel met het nummer op uw naambadge. Chef-kok Remco Jansen licht het menu kort toe. / Aan bod"
          + " komen: / • Voorgerecht: pompoensoep met geroosterde pitten of carpaccio met truffelmayonaise. / •"
          + " Hoofdgerecht: stoofvlees met rode kool en aardappelpuree of zalmfilet met beurre blanc en"
          + " wintergroenten. / • Nagerecht: warme appeltaart met vanille-ijs en slagroom. / • Vegetarisch:"
          + " pompoensoep, paddenstoelenrisotto en de appeltaart. / • Veganistisch: pompoensoep zonder room,"
          + " linzencurry met rijst en sorbetijs als nagerecht. / • Halal: kipstoofpot in plaats van het"
          + " stoofvlees. / • Glutenvrij en lactosevrij zijn mogelijk; uw dieetwens staat op uw naambadge, zodat"
          + " de bediening weet wat u krijgt. / • Bij het diner schenken we wijn, bier, fris en water.",
      "tune44-benefietgala.json | wat is er als hoofdgerecht | Het hoofdgerecht (Rutger van Lith), 20:35–21:20, in"
          + " Balzaal: De tweede gang van het diner. / Aan bod komen: / • Kalfsentrecote met bospaddenstoelen, of"
          + " risotto met pompoen en salie (vegetarisch). / • Bij het hoofdgerecht schenken we rode en witte wijn van"
          + " Wijngoed De Heuvelrug.",
      "tune44-benefietgala.json | wat is er na het hoofdgerecht | Na het hoofdgerecht, van 21:20 tot 21:40: ‘Mijn week"
          + " op de Zwaluw: het verhaal van Jesse Koster’ (Jesse Koster en Evert van 't Wout)."
})
  @DisplayName("each thing to bring, the day's online place, the next part, the length of her talk, the menu")
  void answers(String programme, String question, String expected) {
    // given the programme, asked at 11:10
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
