package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to what starts at the same moment as the one of a session meant ("de tweede rondleiding", "de
 * middagronde van X"), to a name without its first word ("de wake cup"), to the next of a series after the one at
 * a time, to "de volgende X" (only the first still to come), to "hoe laat/lang" when the classifier gives up, to the
 * start of a part of the day the programme lacks or a kind of session a speaker does not give, to the second end of
 * "tussen" by its ordinal ("en de tweede draaidemonstratie"), to a long name with two slips, and to follow-ups that
 * narrow a list ("welke daarvan ...?") or turn a relation round ("en ervoor?"). Line breaks " / ".
 */
@DisplayName("Same start, names, the next one and follow-ups on a list")
final class SameStartAndOfThoseReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune64-gemaaldag.json | wat begint er tegelijk met de tweede rondleiding | Tegelijk met"
          + " ‘Rondleiding machinehal en ketelhuis’ van 14:00: ‘Gesprek: wie houdt het gemaal aan de praat?’"
          + " (Henk Oostergaard, Gerrit Lanting, Fenna de Wit en Marloes Verbeek), in Kolenloods,"
          + " 14:00–14:45.",
      "tune63-boomkwekerij.json | wat begint er op hetzelfde moment als de middagronde van de"
          + " snoeiworkshop | Tegelijk met ‘Snoeiworkshop fruitbomen’ van 13:30: ‘Tractortocht met de"
          + " huifkar’ (Gijs Roelofsma), in Tractorhalte bij de hoofdingang, 13:30–13:55.",
      "tune65-waterskibaan.json | wanneer is de wake cup | ‘Zwaluw Wake Cup: heats’ (Quinten"
          + " Aalbersberg en Fenna Stoltenborg) is van 11:00 tot 12:30, in Grote Kabelbaan. / ‘Zwaluw Wake"
          + " Cup: finale’ (Quinten Aalbersberg en Fenna Stoltenborg) is van 15:30 tot 16:30, in Grote"
          + " Kabelbaan.",
      "tune65-klompenmakerij.json | wanneer is de volgende demo in de machinewerkplaats na die van"
          + " 10:30 | ‘Demonstratie machinaal klompen maken’ (Dirk Wolters) is van 14:00 tot 14:30, in"
          + " Machinewerkplaats.",
      "tune55-paddenstoelendag.json | hoe laat vertrekt de volgende paddenstoelenwandeling |"
          + " ‘Paddenstoelenwandeling’ (Jaap Vermeulen) is van 11:15 tot 12:45, in Vertrekpunt"
          + " Boswachtershut.",
      "tune51-kasteeldag.json | hoe laat begint het avondprogramma | In de avond staat er niets op het"
          + " programma. Het programma loopt van 10:00 tot 17:00.",
      "tune55-kamermuziekfestival.json | wanneer is de signeersessie van jorien kuipers | Een"
          + " signeersessie van Jorien Kuipers staat niet op het programma. Wel: ‘Openingsconcert: Schuberts"
          + " Forellenkwintet’ (10:00–11:00), ‘Openbare repetitie slotconcert’ (14:30–15:30) en"
          + " ‘Slotconcert: Brahms' Pianokwintet’ (20:00–21:30).",
      "tune59-pottenbakkersdag.json | wat zit er tussen het panelgesprek en de tweede"
          + " draaidemonstratie | Tussen ‘Panelgesprek: Kun je leven van klei?’ en ‘Draaidemonstratie’ van"
          + " 13:00: ‘Zelf aan de draaischijf’ (Sanne Holtkamp), in Werkplaats Atelier De Ovenhoek,"
          + " 12:15–13:00.",
      "tune65-waterskibaan.json | wie is sane verhoex | Sane Verhoex staat niet op het programma."
          + " Bedoel je Sanne Verhoeckx? Sanne Verhoeckx (Nederlands kampioen wakeboard dames 2025, Team"
          + " Zwaluwplas): ‘Lezing: van de beginnersbaan naar het EK’ (10:15–10:45), ‘Demonstratie door de"
          + " kampioenen’ (14:00–14:45) en ‘Vragenuurtje met de kampioenen’ (15:00–15:25).",
      "tune59-ridderfeest.json | hoe lang moet ik nog wachten op de volgende vertelling in de kapel |"
          + " Nog 110 minuten (1 uur en 50 minuten): om 13:00 begint ‘Sagen en legenden in de kapel’"
          + " (Mathijs Olderaan).",
      "tune64-gemaaldag.json | wat begint er tijdens de rondleiding van 14:00 | Tijdens ‘Rondleiding"
          + " machinehal en ketelhuis’ van 14:00: ‘Gesprek: wie houdt het gemaal aan de praat?’ (Henk"
          + " Oostergaard, Gerrit Lanting, Fenna de Wit en Marloes Verbeek), in Kolenloods, 14:00–14:45."})
  @DisplayName("name what starts then, the one meant, or that nothing is there")
  void replies(String programme, String question, String expected) {
    // given a programme with sessions given more than once, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\", then \"{2}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune46-quiz.json | welke rondes zijn er na de bingo | en ervoor | "
          + "Voor ‘Bingo’: / • ‘Ronde 1: Algemene kennis’ (Ruben de Haan), in Grote zaal, 19:40–20:00"
          + " / • ‘Ronde 2: Muziekronde’ (Mike van der Wal), in Grote zaal, 20:00–20:20 / • ‘Ronde 3:"
          + " Fotoronde’ (Fleur Jansen), in Grote zaal, 20:35–20:55 / • ‘Ronde 4: Rond de wereld’"
          + " (Thijs ten Have), in Grote zaal, 20:55–21:15",
      "tune4-online-training.json | wat is er na de pauze | en ervoor? | "
          + "Voor de pauze: / • ‘Welkom en check-in’ (Femke de Haan en Daan van 't Veld), 09:30–09:45"
          + " / • ‘Wat is B1-niveau?’ (Femke de Haan en Rachid El Amrani), 09:45–10:25 / •"
          + " ‘Ervaringsverhaal: als je de brief niet snapt’ (Anouk van der Wal en Femke de Haan),"
          + " 10:25–10:40",
      "tune51-schaapscheerdersfeest.json | welke activiteiten zijn er in de middag | en welke daarvan is"
          + " gratis | "
          + "Op het programma: / • ‘Schapen scheren’ (Rikus Mulder), in Scheerschuur, 12:00–12:30 / •"
          + " ‘Met de herder de heide op’ (Jannes Hofsteenge), in Start bij de schaapskooi,"
          + " 13:00–14:00 / • ‘Schapen scheren’ (Rikus Mulder), in Scheerschuur, 13:30–14:00 / •"
          + " ‘Schaapshonden aan het werk’ (Gerda Wiersma), in Weiland achter de schaapskooi,"
          + " 14:15–14:45 / • ‘Schapen scheren’ (Rikus Mulder), in Scheerschuur, 15:00–15:30 / Uit de"
          + " beschrijving van ‘Schapen scheren’: Gratis. / Uit de beschrijving van ‘Met de herder de"
          + " heide op’: Gratis, maximaal 30 deelnemers; opgeven bij de informatiekraam. / Uit de"
          + " beschrijving van ‘Schaapshonden aan het werk’: Gratis.",
      "tune51-schaapscheerdersfeest.json | welke workshops zijn er | hoeveel daarvan zijn er 's middags | "
          + "Er zijn in de middag 3 workshops: / • ‘Met de herder de heide op’ (Jannes Hofsteenge),"
          + " 13:00–14:00 / • ‘Workshop wol spinnen’ (Trijntje Bakker), 13:30–15:00 / • ‘Workshop"
          + " vilten’ (Marloes Veenstra), 14:00–15:30",
      "tune6-symposium.json | wat komt er na de pauze | welke daarvan is het kortst | "
          + "Op het programma: ‘Deelsessie 1B: Ervaringsdeskundigheid in het wijkteam’ (Yvonne Jansen"
          + " en Kees Mulder), 30 minuten, in Lokaal D2.16, 15:00–15:45."})
  @DisplayName("narrow the list before, or answer the other side of the same session")
  void followUps(String programme, String first, String second, String expected) {
    // given one conversation, when the second question follows the first
    String reply = replyOn(programme, first, second);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
