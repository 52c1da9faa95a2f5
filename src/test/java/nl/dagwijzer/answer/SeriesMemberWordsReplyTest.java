package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the asker names one member of a series in their own words: a word after the series' word
 * that no title has ("is er een proefles harp?", "is er een tafel voor speelgoed?": no, and what there is), the member's word joined to the series'
 * word ("de pianoproefles" for "Proefles piano"); a plural in "-eren" that a description has in the singular
 * ("krijgen de kinderen een ijsje?" when "Elk kind krijgt ... een ijsje"); a yes/no question that ends in a topic's
 * name, though it sounds out of scope ("kan ik een instrument huren?"); one number of a group's range ("groep 8" of
 * "Groep 7-8"); a series with a group ("de terugreis van groep 5-6"): the series' session for that group, not the
 * group's other sessions; what a group does after something: its own next session, not the block for everyone or the
 * group's sessions that name it ("wat doet groep 7-8 na de lunch?"); the series' word as a verb ("hoe laat vertrekt de bus van groep 5-6?" on a day of "Vertrek
 * groep 3-4", ...; not "opent" for "Open atelier"); a break joins a series by its title only ("Thee in de pastorietuin"
 * with the alias "theetuin" is none of the gardens); a title's word joined to the end of its compound ("het
 * zwembadpunt" of "Inspreken agendapunt 3: toekomst zwembad ..."). Line breaks " / ".
 */
@DisplayName("A member of a series, a plural and a topic in the asker's words")
final class SeriesMemberWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // the member's word said right after the series' word: the one kind of session asked for, which is not there
      "tune41-muziekschool.json | is er een proefles harp | Nee, een proefles harp staat niet op het programma. Wel:"
          + " ‘Proefles piano’ (10:30–11:00), ‘Proefles viool’ (10:30–11:00), ‘Proefles slagwerk’ (10:30–11:00) en nog"
          + " 6 meer.",
      "tune41-repaircafe.json | is er een tafel voor speelgoed | Nee, dat staat niet in het programma: over"
          + " ‘speelgoed’ zegt het niets. Op het programma: / • ‘Reparatietafel computers en telefoons’ (Ilse"
          + " Verbruggen), in Bovenzaal, 10:00–12:30 / • ‘Reparatietafel fietsen’ (Ricardo Pinas), in Buitenterrein,"
          + " 10:00–13:00 / • ‘Reparatietafel elektronica’ (Henk de Laat en Kees Maas), in Zaal De Kapel, 10:00–16:00"
          + " / • ‘Reparatietafel textiel’ (Marian van der Heijden), in Zaal 't Kamerke, 11:00–15:00 / •"
          + " ‘Reparatietafel meubels’ (Toon ten Haaf), in Werkplaats, 13:00–16:00 / • ‘Reparatietafel computers en"
          + " telefoons’ (Ilse Verbruggen), in Bovenzaal, 13:30–15:30",
      "tune42-tuinendag.json | is er een lezing over bijen | Ja, ‘Lezing: bijen in je tuin’ (Wim Kuijpers) is van"
          + " 13:30 tot 14:15, in Veldweg 3.",
      "tune41-muziekschool.json | kan mijn dochter van 5 mee met de pianoproefles | Nee, uit de beschrijving van"
          + " ‘Proefles piano’: Voor kinderen van 7 tot en met 12 jaar.",
      "tune41-muziekschool.json | kan ik een instrument huren | Ja, uit de beschrijving van ‘Informatiestand lesgeld"
          + " en huurinstrumenten’: Een huurinstrument van Muziekhandel Van Dam kost € 17,50 per maand, met een"
          + " minimale huurtermijn van 3 maanden.",
      "tune40-hardloopdag.json | krijgen de kinderen een ijsje | Ja, uit de beschrijving van ‘Kidsrun’: Elk kind"
          + " krijgt na de finish een medaille en een ijsje.",
      "tune42-schoolreisje.json | mag een kind uit groep 8 zijn mobiel meenemen | Ja, uit de beschrijving van ‘Groep"
          + " 7-8: vrij rondlopen in groepjes’: Kinderen van groep 7-8 mogen een mobiele telefoon meenemen; de school is"
          + " niet aansprakelijk bij verlies of schade.",
      "tune42-schoolreisje.json | wanneer is de terugreis van groep 5-6 | ‘Terugreis groep 5-6’ (Daan van der Wal,"
          + " Petra Mulder, Martijn van 't Zand en Femke Brouwer) is van 15:45 tot 17:00, in Busparkeerplaats.",
      "tune42-schoolreisje.json | hoe laat vertrekt de bus van groep 5-6 | ‘Vertrek groep 5-6’ (Daan van der Wal,"
          + " Petra Mulder, Martijn van 't Zand en Femke Brouwer) is van 08:30 tot 09:45, in Schoolplein. / Uit de"
          + " beschrijving van ‘Vertrek groep 5-6’: Bus 2 vertrekt om 08:30 van het schoolplein en komt om 09:45 aan"
          + " bij het park.",
      "tune42-schoolreisje.json | wat komt er voor groep 3-4 na de kinderboerderij | Na ‘Groep 3-4: kinderboerderij"
          + " en speeltuin’ voor groep 3: ‘Terugreis groep 3-4’ (Marjolein de Haan, Esra Kaya, Sophie van Leeuwen,"
          + " Mohamed Bouzid en Anouk de Groot), in Busparkeerplaats, 15:15–16:30.",
      "tune42-schoolreisje.json | wat doet groep 7-8 na de lunch | Na de lunch op de picknickweide voor groep 7: ‘Groep"
          + " 7-8: vrij rondlopen in groepjes’ (Joris ten Cate, Lieke Bosman, Richard de Vries, Nadia Hamdi en Kevin"
          + " Jacobs), in Wilde Westen, 14:00–15:45.",
      "tune42-schoolreisje.json | welke bus vertrekt als laatste | Op het programma: ‘Vertrek groep 7-8’ (Joris ten"
          + " Cate, Lieke Bosman, Richard de Vries, Nadia Hamdi en Kevin Jacobs), in Schoolplein, 08:45–10:00. / Uit de"
          + " beschrijving van ‘Vertrek groep 7-8’: Bus 3 vertrekt om 08:45 van het schoolplein en komt om 10:00 aan"
          + " bij het park.",
      "tune42-tuinendag.json | welke tuin gaat het laatst open | Op het programma: ‘Tuin Ten Brink’ (Annelies ten"
          + " Brink), in Molenpad 7, 13:00–17:00.",
      "tune42-tuinendag.json | hoeveel tuinen doen er mee | Er zijn 8 tuinen: / • ‘Moestuin De Groene Duim’ (Fatima el"
          + " Amrani), 09:30–15:00 / • ‘Japanse tuin Van 't Hoog’ (Marco van 't Hoog), 10:00–13:00 / • ‘Schooltuin De"
          + " Vlinder’ (Ineke van Dijk), 10:00–14:00 / • ‘Tuin Van der Heijden’ (Henk van der Heijden), 10:00–16:00 / •"
          + " ‘Pastorietuin Sint-Victor’ (Gerda Verhoeven), 10:00–17:00 / • ‘Pluktuin De Bloeiende Akker’ (Joost"
          + " Smulders), 11:00–17:00 / • ‘Natuurtuin De Wilde Hoek’ (Kees de Wit), 12:00–16:00 / • ‘Tuin Ten Brink’"
          + " (Annelies ten Brink), 13:00–17:00",
      "tune42-gemeenteraad.json | zit erik de jong het zwembadpunt voor | Ja, Erik de Jong staat bij ‘Inspreken"
          + " agendapunt 3: toekomst zwembad De Waterlelie’ (21:00–21:40, in Raadzaal) als voorzitter.",
      "tune32-kunstroute.json | opent de wethouder de tentoonstelling | Ja, bij ‘Opening slottentoonstelling"
          + " 'Holtenbroek in beeld'’ (16:30–17:15) spreekt Marleen Brinkman (wethouder Cultuur en Welzijn, gemeente"
          + " Zwolle)."})
  @DisplayName("find the member, the singular and the topic")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
