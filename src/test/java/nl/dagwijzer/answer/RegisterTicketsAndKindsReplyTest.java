package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to registering and tickets, and to sessions named by a kind or a time: registering "op de avond
 * zelf" where the text says to register beforehand, "kan op de dag zelf niet", "vooraf reserveren kan niet", what the
 * ticket includes "behalve" one workshop; which shows still have tickets ("voorstellingen" are no debate's
 * "stellingen"); a topic's session at a time that is full; "de rondleiding na die van 11:00"; a kind the titles only
 * use in compounds ("tattoodemonstratie", not the "imkerdemonstratie" no title has), but not "de demonstratie klompen
 * maken" no text speaks of; "filmvertoning" of "Film: ...";
 * "geleid door", no role. Line breaks " / ".
 */
@DisplayName("Registering, tickets, and sessions named by kind or time")
final class RegisterTicketsAndKindsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune64-puzzelfestival.json | kan ik me op de avond zelf nog aanmelden voor de quiz | Nee, uit"
          + " de beschrijving van ‘Avondquiz: De Grote Breinbreker’: Inschrijfgeld € 20 per team. Vooraf"
          + " aanmelden via de festivalwebsite, uiterlijk 14 oktober.",
      "tune64-tattooconventie.json | kan ik me op de dag zelf nog aanmelden als klant voor de fineline"
          + " demo | Nee, uit de beschrijving van ‘Live tattoodemonstratie: fineline’: De klant heeft zich"
          + " vooraf aangemeld; meedoen als klant kan op de dag zelf niet.",
      "tune64-omroepdag.json | moet ik de studiotour vooraf online reserveren | Nee, uit de"
          + " beschrijving van ‘Studiotour’: Gratis tickets op de dag zelf bij de Balie rondleidingen, vanaf"
          + " 09:45, zolang de voorraad strekt; vooraf reserveren kan niet.",
      "tune64-tattooconventie.json | zit de workshop flash tekenen bij de toegangsprijs inbegrepen |"
          + " Nee, uit de beschrijving van de dag: Alle programmaonderdelen zijn bij de toegangsprijs"
          + " inbegrepen, behalve de workshop flash tekenen (€15 extra).",
      "tune60-goochelfestival.json | voor welke familievoorstellingen zijn er nog kaarten | Met nog"
          + " plek: / • ‘De Goochelkoffer van Meneer Mirabel’ (Bas Mirabel), in Grote zaal, 14:00–15:00 / •"
          + " ‘De Goochelkoffer van Meneer Mirabel’ (Bas Mirabel), in Grote zaal, 16:00–17:00",
      "tune60-goochelfestival.json | welke voorstellingen van meneer mirabel zijn er 's middags | In"
          + " de middag: / • ‘De Goochelkoffer van Meneer Mirabel’ (Bas Mirabel), in Grote zaal, 14:00–15:00"
          + " / • ‘De Goochelkoffer van Meneer Mirabel’ (Bas Mirabel), in Grote zaal, 16:00–17:00",
      "tune64-puzzelfestival.json | kan ik nog mee met de escape room van 10:30 | Nee, uit de"
          + " beschrijving van ‘Escape room: Het Verdwenen Manuscript’ (10:30–11:30): Deze eerste ronde is"
          + " volgeboekt.",
      "tune63-boomkwekerij.json | hoe laat begint de rondleiding na die van 11:00 | ‘Rondleiding door"
          + " de velden’ (Sanne Tolhuis) is van 12:00 tot 12:45, in Verzamelpunt bij de windmolen.",
      "tune64-tattooconventie.json | hoe laat begint de laatste live demonstratie | ‘Live"
          + " tattoodemonstratie: blackwork’ (Jolien Stam) is van 16:45 tot 17:45, in Hoofdpodium.",
      "tune61-kinderboerderij.json | welke demonstraties zijn er | Op het programma:"
          + " ‘Schaapscheerdemonstratie’ (Hendrik Lammers en Grietje Wolters), in Schapenstal, 11:30–12:15.",
      "tune49-schapenscheerdag.json | wanneer is de demonstratie klompen maken | Een demonstratie"
          + " klompen staat niet op het programma. Wel: ‘Scheerdemonstratie’ (10:30–11:00).",
      "tune56-fruitplukdag.json | hoe laat begint de imkerdemonstratie | ‘imkerdemonstratie’ staat"
          + " niet in het programma; daar kan ik dus niets over zeggen.",
      "tune64-gemaaldag.json | wanneer is de eerste filmvertoning | ‘Film: Stoom tegen het water’"
          + " (Jaap Wiersma) is van 11:00 tot 11:25, in Filmzolder in het Machinistenhuis.",
      "tune64-omroepdag.json | welke studiotours worden geleid door priya ramdin | Op het programma: /"
          + " • ‘Studiotour’ (Priya Ramdin), in Balie rondleidingen (ontvangsthal), 11:45–12:30 / •"
          + " ‘Studiotour’ (Priya Ramdin), in Balie rondleidingen (ontvangsthal), 15:00–15:45",
      // asked as a yes or no, of a series named by its own word: no, with what there is
      "tune56-podcastfestival.json | is er een live-opname van sportpraat | Nee, een live opname van "
          + "sportpraat staat niet op het programma. Wel: ‘Live-opname: Het Zoete Uur’ (11:30–12:30), ‘Live-"
          + "opname: Kantoortuin’ (12:00–12:45), ‘Live-opname: Moord in de Polder’ (14:00–15:15) en nog 3 meer.",
      // a verb of a title with a thing no text has before it: that thing, not the session whose title has the verb
      "tune63-chocolaterie.json | hoe laat is de workshop truffels maken | ‘truffels’ staat niet in het programma;"
          + " daar kan ik dus niets over zeggen.",
      // also where the thing is a practical matter the classifier places out of scope ("parkeren")
      "tune9-wijkavond.json | is er een thema over parkeren | Nee, een thema parkeren staat niet op het programma."
          + " Wel: ‘Thema 1: Veilig en schoon’ (20:05–20:50), ‘Thema 2: Wonen en renovatie’ (20:05–20:50), ‘Thema 3:"
          + " Jongeren en ontmoeting’ (20:05–20:50) en nog 1 meer.",
      // a compound of a kind the day has and a first part no text has; not a typo of a title's word
      "tune69-schaatstocht.json | hoe laat begint de fakkeltocht | Een fakkeltocht staat niet op het "
          + "programma. Wel: ‘Kindertocht’ (10:30–11:30).",
      "tune54-wadlopen.json | wanneer is de sterrenwandeling | Een sterrenwandeling staat niet op het "
          + "programma. Wel: ‘Kwelderwandeling zonder natte voeten’ (15:30–16:30).",
      "tune22-buurtfeest.json | waar is de vosenjacht | ‘Vossenjacht door het park’ (Naima Ait Brahim) "
          + "(14:00–15:00) is in Kinderhoek."})
  @DisplayName("answer by the sentence that says it, and the sessions the words name")
  void replies(String programme, String question, String expected) {
    // given a programme with registration rules, full sessions and sessions named in compounds, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @Test
  @DisplayName("registering beforehand not needed is a yes to registering on the day itself")
  void notNeededBeforehand(@TempDir Path folder) throws IOException {
    // given the puzzle festival whose quiz needs no registering beforehand
    Path programme = changedCopy(folder, "tune64-puzzelfestival.json",
        "Vooraf aanmelden via de festivalwebsite, uiterlijk 14 oktober.", "Vooraf aanmelden is niet nodig.");
    // when
    String reply = replyAt(LocalTime.of(11, 10), programme, "kan ik me op de avond zelf nog aanmelden voor de quiz");
    // then
    assertThat(reply).isEqualTo("Ja, uit de beschrijving van ‘Avondquiz: De Grote Breinbreker’: Inschrijfgeld € 20 per"
        + " team. Vooraf aanmelden is niet nodig.");
  }
}
