package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole replies to what to wear: the sentences that say it, of what is named, or none when no text says it. */
@DisplayName("What to wear, and a dress code")
final class WhatToWearReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // every sentence that says what to wear, however the question splits "aantrekken"
      "tune52-eerstehulpdag | wat moet ik aan trekken | Over kleding zegt het programma: / • Uit de beschrijving van"
          + " ‘Opening en welkom’: Draag sportieve, makkelijk zittende kleding en platte schoenen / • Uit de"
          + " beschrijving van ‘Station 1: Reanimatie en AED’: Draag makkelijk zittende kleding: je zit veel op je"
          + " knieën / • Uit de beschrijving van ‘Station 2: Wonden en verbanden’: Er wordt nepbloed gebruikt: draag"
          + " geen witte of nette kleding / • Uit de beschrijving van ‘Station 4: 112 bellen en scenario's’: Dit"
          + " station is buiten: trek sportschoenen en een regenjas of warme jas aan",
      // "Kleding: smart casual" of the session named is its dress code
      "tune46-oldtimer | wat is de dresscode voor het diner | Uit de beschrijving van het diner: Kleding: smart"
          + " casual, maar in de stijl van je auto mag ook.",
      // the word asked is in the session's summary ("profielfoto"), not in the sentence itself
      "tune36-sollicitatiedag | wat moet ik aantrekken voor de foto? | Uit de beschrijving van ‘LinkedIn-fotoshoot’:"
          + " Draag een effen shirt of blouse, liefst zonder opdruk.",
      // "Inkt gaat slecht uit kleding" is no dress code: the programme gives none
      "tune35-museumnacht | is er een dresscode? | Dat weet ik niet: het staat niet in het programma van deze dag."
          + " Je kunt bijvoorbeeld vragen: ‘wanneer is de soep uit de gasthuiskeuken?’, ‘wie spreekt over Zutphen?’"
          + " of ‘welke workshops zijn er?’.",
      // the sentence says there is none: no
      "tune69-promotie | is er een dresscode voor gasten | Nee, uit de beschrijving van ‘Openbare "
          + "verdediging’: Zet je telefoon uit. Er is geen dresscode voor gasten."})
  @DisplayName("answers from the sentences about clothing")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
