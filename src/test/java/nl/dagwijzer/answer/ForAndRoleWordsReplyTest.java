package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where "voor" means "for" ("het inschrijfgeld voor de 5 km", "de briefing voor de scheidsrechters",
 * not what comes before them), and to roles named as the asker would: a two-letter role or alias without a vowel
 * ("dj"), the last part of a one-word role ("de fotograaf" of the "trouwfotograaf"), the members of a "-lid" role
 * ("de raadsleden" of "raadslid"), a role followed by a name
 * the programme does not have (someone else, not whoever has the role), a role's everyday word ("de juf" for
 * "leerkracht"; never "meester", so "de burgemeester" is no teacher) and the words after a role that say which
 * holder ("de leerkracht van groep 8" of "leerkracht groep 7" and "leerkracht groep 8"), written once with the
 * group's sessions; the members of a longer role's first word ("de
 * juryleden" of "jurylid fietsenoptocht") and a plural that doubles the last consonant ("zangeressen"); a role after
 * an adjective ("de directeuren" of "algemeen directeur" and "financieel directeur"); a plural that ends several
 * roles ("de instructeurs" of "zeilinstructeur" and "boogschietinstructeur"), each person once with their sessions;
 * a role in its other gender ("de presentator" of the "presentatrice"), and whether one person has it. Line breaks
 * " / ".
 */
@DisplayName("'voor' as 'for', and roles by the asker's words")
final class ForAndRoleWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-benefietgala.json | is fleur van oosten de presentator | Ja, Fleur van Oosten (presentatrice, RTV"
          + " Utrecht); co-presentatrice bij ‘Live veiling’.",
      "tune44-benefietgala.json | is Maurits ten Velde de presentator | Nee, Maurits ten Velde (veilingmeester,"
          + " Veilinghuis Ten Velde); presentator: Fleur van Oosten.",
      "tune40-hardloopdag.json | hoeveel is het inschrijfgeld voor de 5 km | Uit de beschrijving van ‘5 km-loop’:"
          + " Inschrijven kost € 12.",
      "tune37-jeugdtoernooi.json | in welke ruimte is de briefing voor de scheidsrechters | ‘Briefing"
          + " scheidsrechters en leiders’ (Anouk ten Brink en Kees Verhoef) (08:30–08:50) is in Bestuurskamer.",
      "tune40-bruiloft.json | wie zorgen er vanavond voor de muziek | In de avond: ‘Live muziek door band Hoogtij’"
          + " (Jeroen Smit), in Koetshuis, 21:15–23:45.",
      "tune40-bruiloft.json | is er ook een dj | Ja, bij ‘Feest met DJ Wouter ter Horst’ (00:00–01:30) spreekt"
          + " Wouter ter Horst (dj, Draaiwerk Events).",
      "tune40-bruiloft.json | hoe vaak is de fotograaf aan de beurt | Lisa Hoogendoorn staat 2 keer op het"
          + " programma: ‘Groepsfoto op de stadhuistrappen’ (13:45–14:00) en ‘Fotoshoot in de rozentuin’"
          + " (15:15–16:15).",
      "tune40-bruiloft.json | speelt dj tiesto ook | Nee, Dj Tiesto staat niet op het programma. Vraag ‘wie spreken"
          + " er?’ voor alle sprekers.",
      "tune16-jubileum.json | komt wethouder pietersen ook | Nee, Wethouder Pietersen staat niet op het programma."
          + " Vraag ‘wie spreken er?’ voor alle sprekers.",
      "tune42-gemeenteraad.json | welke raadsleden komen er | Bij ‘Inspreken agendapunt 1: woningbouwplan"
          + " Kloosterweide’ (19:25–20:05) spreekt Thomas ten Hove (voorzitter; raadslid, CDA). / Bij ‘Inspreken"
          + " agendapunt 2: parkeerbeleid binnenstad’ (20:05–20:45) spreekt Marieke van 't Veld (voorzitter; raadslid,"
          + " GroenLinks-PvdA). / Bij ‘Inspreken agendapunt 3: toekomst zwembad De Waterlelie’ (21:00–21:40) spreekt"
          + " Erik de Jong (raadslid en fractievoorzitter, Zuiderwaard Lokaal). / Bij ‘Commissievergadering Ruimte’"
          + " (21:45–22:45) spreekt Sandra Bakker-van Os (voorzitter; raadslid, VVD). / Bij ‘Commissievergadering"
          + " Samenleving’ (21:45–22:45) spreekt Youssef Amrani (voorzitter; raadslid, D66).",
      "tune42-schoolreisje.json | wie is de leerkracht van groep 8 | Lieke Bosman (leerkracht groep 8, OBS De"
          + " Klimop): ‘Vertrek groep 7-8’ (08:45–10:00), ‘Groep 7-8: Wilde Westen en achtbanen’ (10:15–12:00), ‘Groep"
          + " 7-8: vrij rondlopen in groepjes’ (14:00–15:45) en ‘Terugreis groep 7-8’ (16:00–17:15).",
      "tune42-schoolreisje.json | wie is de juf van groep 4 | Esra Kaya (leerkracht groep 4, OBS De Klimop):"
          + " ‘Vertrek groep 3-4’ (08:15–09:30), ‘Groep 3-4: Sprookjesbos en draaimolens’ (09:45–12:00), ‘Groep 3-4:"
          + " kinderboerderij en speeltuin’ (14:00–15:00) en ‘Terugreis groep 3-4’ (15:15–16:30).",
      "tune43-koningsdag.json | wie zijn de juryleden | Bij ‘Versierde fietsenoptocht’ (13:00–14:00) spreken Fenna"
          + " Mulder (jurylid fietsenoptocht, Fietsclub De Trappers) en Wouter de Graaf (jurylid fietsenoptocht,"
          + " Oranjevereniging Lagerveld).",
      "tune43-koningsdag.json | welke zangeressen komen er | Bij ‘The Polderbeats’ (14:30–15:30) spreekt Lotte de Wit"
          + " (zangeres, The Polderbeats). / Bij ‘Zomaar Anders’ (17:15–18:30) spreekt Ria ten Have (zangeres, Zomaar"
          + " Anders).",
      "tune43-teamdag.json | wie zijn de directeuren | Bij ‘Opening door de directeur’ (09:15–09:45) spreekt Marijke"
          + " ten Cate (algemeen directeur, Brandsma & Partners). / Bij ‘Prijsuitreiking’ (15:45–16:15) spreken Marijke"
          + " ten Cate (algemeen directeur, Brandsma & Partners) en Rob ter Horst (financieel directeur, Brandsma &"
          + " Partners).",
      "tune43-teamdag.json | welke instructeurs zijn er | Bas van Leeuwen (zeilinstructeur, Zeilschool De Plas):"
          + " ‘Zeilen (team Rood)’ (10:00–11:00), ‘Zeilen (team Groen)’ (11:15–12:15), ‘Zeilen (team Geel)’"
          + " (13:15–14:15) en ‘Zeilen (team Blauw)’ (14:30–15:30). / Ilse de Haan (boogschietinstructeur,"
          + " Handboogvereniging Willem Tell): ‘Boogschieten (team Blauw)’ (10:00–11:00), ‘Boogschieten (team Rood)’"
          + " (11:15–12:15), ‘Boogschieten (team Groen)’ (13:15–14:15) en ‘Boogschieten (team Geel)’ (14:30–15:30).",
      "tune42-tuinendag.json | komt de burgemeester ook | Nee, de burgemeester staat niet op het programma. Vraag ‘wie"
          + " spreken er?’ voor alle sprekers."})
  @DisplayName("read 'voor' and the role as meant")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
