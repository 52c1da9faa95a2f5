package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a citizens' assembly whose rounds number their tables in the details, once as lines ("Tafel 4:
 * tafelhost Karim Benali") and once in one sentence ("tafel 1 Anja Wessels, tafel 2 ..."): a table is looked up as a
 * group is, and of a sentence that lists them all only its own clause is said. Also a verb for a session's noun
 * ("stemmen" for "Stemming") and a count of sessions of one series. Line breaks " / ".
 */
@DisplayName("Replies on a citizens' assembly with numbered tables")
final class AssemblyReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune17-burgerberaad.json | wie zit er aan tafel 6 als host | Bij ‘Tafelronde 1: Wat vindt u"
          + " belangrijk?’ (20:00–20:30, in Gymzaal): Tafel 6: tafelhost Joost van 't Veld",
      "tune17-burgerberaad.json | is Karim Benali de tafelhost van tafel 4 | Ja, bij ‘Tafelronde 1: Wat"
          + " vindt u belangrijk?’ (20:00–20:30, in Gymzaal): Tafel 4: tafelhost Karim Benali",
      "tune17-burgerberaad.json | is Ellen Koster de host van tafel 3 | Nee, bij ‘Tafelronde 1: Wat vindt"
          + " u belangrijk?’ (20:00–20:30, in Gymzaal): Tafel 3: tafelhost Fenna de Boer",
      "tune17-burgerberaad.json | hoe laat gaan we stemmen | ‘Stemming over de drie opties’ (Sevda Kaya)"
          + " is van 21:45 tot 22:00, in Gymzaal.",
      // (one session a round: no choice to make in each)
      "tune17-burgerberaad.json | hoeveel tafelrondes zijn er | Er zijn 3 tafelrondes: / • ‘Tafelronde 1: Wat vindt"
          + " u belangrijk?’, 20:00–20:30 / • ‘Tafelronde 2: Zon, wind of besparen?’, 20:30–21:00 / • ‘Tafelronde 3:"
          + " Wat geeft u de gemeenteraad mee?’, 21:15–21:45",
      "tune17-burgerberaad.json | hoe laat begint het burgerberaad | Het programma begint om 19:15 met"
          + " ‘Welkom door de burgemeester’ (Joke van 't Zand); de ontvangst met koffie en thee is vanaf 19:00.",
      "tune17-burgerberaad.json | waar wordt het burgerberaad gehouden | Burgerberaad Energieplan Brummen"
          + " is in Het Baken College, Ambachtsweg 12, Brummen.",
      "tune17-burgerberaad.json | wat is het adres van de school | Burgerberaad Energieplan Brummen is in"
          + " Het Baken College, Ambachtsweg 12, Brummen.",
      "tune17-burgerberaad.json | wat kwam er uit het vorige burgerberaad | Een vorige keer staat niet in"
          + " het programma: het gaat alleen over Brummen praat mee: Burgerberaad Energieplan Brummen.",
      "tune17-burgerberaad.json | zijn er vier tafelrondes | Nee, er zijn er 3: ‘Tafelronde 1: Wat vindt u"
          + " belangrijk?’, ‘Tafelronde 2: Zon, wind of besparen?’ en ‘Tafelronde 3: Wat geeft u de gemeenteraad"
          + " mee?’.",
      "tune17-burgerberaad.json | blijven de tafelhosts aan hun eigen tafel | Ja, uit de beschrijving van"
          + " ‘Tafelronde 2: Zon, wind of besparen?’: De tafelhosts blijven aan hun eigen tafel: tafel 1 Anja"
          + " Wessels, tafel 2 Gijs van der Ploeg, tafel 3 Fenna de Boer, tafel 4 Karim Benali, tafel 5 Marijke ten"
          + " Brink, tafel 6 Joost van 't Veld, tafel 7 Ellen Koster, tafel 8 Daan Schipper.",
      "tune17-burgerberaad.json | bespreekt de raad het advies in december | Ja, uit de beschrijving van"
          + " ‘Slotwoord van de wethouder’: De gemeenteraad bespreekt het energieplan en het advies van het"
          + " burgerberaad in de raadsvergadering van december.",
      "tune17-burgerberaad.json | wie is de host van tafel 9 | Tafel 9 staat niet in het programma; het"
          + " noemt tafel 1 tot en met 8.",
      "tune17-burgerberaad.json | is er een tafel 12 | Nee, tafel 12 staat niet in het programma; het"
          + " noemt tafel 1 tot en met 8.",
      "tune17-burgerberaad.json | komen de resultaten op de website | Dat staat niet in het programma:"
          + " over een website zegt het niets. ‘Bekendmaking van de uitslag’ (Sevda Kaya en Wouter van Dalen) is van"
          + " 22:00 tot 22:10, in Gymzaal.",
      "tune17-burgerberaad.json | wat is er na de tafelrondes | Na ‘Tafelronde 3: Wat geeft u de"
          + " gemeenteraad mee?’, van 21:45 tot 22:00: ‘Stemming over de drie opties’ (Sevda Kaya).",
      "tune17-burgerberaad.json | wie zijn de tafelhosts | Bij ‘Tafelronde 1: Wat vindt u belangrijk?’"
          + " (20:00–20:30, in Gymzaal): / • Tafel 1: tafelhost Anja Wessels / • Tafel 2: tafelhost Gijs van der"
          + " Ploeg / • Tafel 3: tafelhost Fenna de Boer / • Tafel 4: tafelhost Karim Benali / • Tafel 5: tafelhost"
          + " Marijke ten Brink / • Tafel 6: tafelhost Joost van 't Veld / • Tafel 7: tafelhost Ellen Koster / •"
          + " Tafel 8: tafelhost Daan Schipper",
      "tune17-burgerberaad.json | hoeveel tafelhosts zijn er | Bij ‘Tafelronde 1: Wat vindt u belangrijk?’"
          + " (20:00–20:30, in Gymzaal) staan er 8: / • Tafel 1: tafelhost Anja Wessels / • Tafel 2: tafelhost Gijs"
          + " van der Ploeg / • Tafel 3: tafelhost Fenna de Boer / • Tafel 4: tafelhost Karim Benali / • Tafel 5:"
          + " tafelhost Marijke ten Brink / • Tafel 6: tafelhost Joost van 't Veld / • Tafel 7: tafelhost Ellen"
          + " Koster / • Tafel 8: tafelhost Daan Schipper",
      "tune17-burgerberaad.json | wie is Marijke ten Brink | Die persoon staat niet op de sprekerslijst,"
          + " maar wel in de beschrijving van ‘Tafelronde 1: Wat vindt u belangrijk?’: Tafel 5: tafelhost Marijke"
          + " ten Brink",
      "tune17-burgerberaad.json | wie is Pieter Jansen | Pieter Jansen staat niet op het programma. Vraag"
          + " ‘wie spreken er?’ voor alle sprekers.",
      // the venue's own word ("kringloop" of "Kringloop Het Wisselhuis") asks the day's address
      "tune62-kringloopwinkel.json | wat is het adres van de kringloop | Tien jaar Het Wisselhuis – jubileumdag is"
          + " in Kringloop Het Wisselhuis, Ambachtsweg 14, Veenhoven."})
  @DisplayName("the reply is worked out from the programme")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
