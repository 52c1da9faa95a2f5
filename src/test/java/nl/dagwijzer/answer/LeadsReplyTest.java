package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "leidt X de vragenronde?": yes with what X leads and as what, or no with who leads it, when
 * the programme gives a session's leader a role (gespreksleider, moderator); being one of its speakers is not leading
 * it; "wie opent de avond?" is who speaks at the welcome, not at a walk-in before it; "de
 * tafelhosts" are the people with that role, not every table of the series "tafel"; "welk jurylid is stadsdichter?"
 * is the people who hold both roles; "welke vrijwilliger is elektricien?" those whose role has the word; "welke
 * leraren" every role that teaches (docent, juf, leerkracht). Line breaks
 * " / ".
 */
@DisplayName("Replies to whether someone leads a session")
final class LeadsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune23-inspraak.json | wie zijn de tafelhosts | Marloes de Groot (tafelhost; woningbouwregisseur, gemeente"
          + " Hengelo): ‘Thematafel Wonen’ (20:10–20:45), ‘Thematafel Wonen’ (20:50–21:25) en ‘Plenaire terugkoppeling"
          + " van de thematafels’ (21:40–22:00). / Evert van 't Hof (tafelhost; landschapsarchitect, Buro"
          + " Stadsnatuur): ‘Thematafel Groen’ (20:10–20:45), ‘Thematafel Groen’ (20:50–21:25) en ‘Plenaire"
          + " terugkoppeling van de thematafels’ (21:40–22:00). / Ramon Lansink (tafelhost; verkeerskundige, gemeente"
          + " Hengelo): ‘Thematafel Verkeer’ (20:10–20:45), ‘Thematafel Verkeer’ (20:50–21:25) en ‘Plenaire"
          + " terugkoppeling van de thematafels’ (21:40–22:00). / Hatice Yilmaz (tafelhost; wijkcoach, Stichting Welzijn"
          + " Hengelo): ‘Thematafel Voorzieningen’ (20:10–20:45), ‘Thematafel Voorzieningen’ (20:50–21:25) en"
          + " ‘Plenaire terugkoppeling van de thematafels’ (21:40–22:00).",
      "tune23-inspraak.json | wie opent de avond | Bij ‘Welkom door de wethouder’ (19:15–19:25) spreken Ingrid ten"
          + " Hove (wethouder Wonen en Ruimtelijke Ordening, gemeente Hengelo) en Naima El Idrissi (avondvoorzitter en"
          + " gespreksleider, Bureau Buurtspraak).",
      "tune18-informatieavond.json | leidt Ingrid van der Meulen de vragenronde | Nee, ‘Vragenronde na de"
          + " eerste presentatie’ en ‘Vragenronde na de tweede presentatie’ worden geleid door Marloes Hendriks"
          + " (gespreksleider).",
      "tune18-informatieavond.json | leidt Marloes Hendriks de vragenronde | Ja, Marloes Hendriks leidt"
          + " ‘Vragenronde na de eerste presentatie’ (20:00–20:20) en ‘Vragenronde na de tweede presentatie’"
          + " (21:00–21:20), als gespreksleider.",
      "tune9-wijkavond.json | leidt Gerda van 't Riet de terugkoppeling | Ja, Gerda van 't Riet leidt"
          + " ‘Plenaire terugkoppeling’ (20:50–21:15), als gespreksleider.",
      "tune38-boekenbeurs.json | welk jurylid is stadsdichter | Bij ‘Opening met de stadsdichter’ (10:00–10:15)"
          + " spreekt Bram van der Wal (stadsdichter, gemeente Hoorn). / Bij ‘Poetry slam: Westfriese Woordstrijd’"
          + " (15:30–16:45) spreekt Bram van der Wal (jurylid; stadsdichter, gemeente Hoorn).",
      "tune36-repaircafe.json | welke vrijwilliger bij elektra is elektricien? | Bij ‘Reparatietafel Elektra’"
          + " (10:00–13:00) spreekt Henk Bosman (vrijwilliger elektra, gepensioneerd elektricien).",
      // one word for every role that teaches: a "docent aardrijkskunde" and a "juf van groep 6"
      "tune46-quiz.json | welke leraren doen er mee | Bij ‘Kinderquiz’ (16:00–17:15) spreekt Noor van Dijk"
          + " (quizmaster; juf van groep 6, basisschool De Regenboog). / Bij ‘Ronde 4: Rond de wereld’ (20:55–21:15)"
          + " spreekt Thijs ten Have (quizmaster; docent aardrijkskunde, Stadslyceum Zwolle).",
      // a role the speaker has for the whole day holds in every part of it (this question once failed)
      "tune19-regio.json | is lotte van den broek 's middags de lector? | Ja, Lotte van den Broek (lector"
          + " Transformatie Jeugdhulp, Hogeschool van Arnhem en Nijmegen (HAN)).",
      // of a kind of session, the one the other person named is in ("het interview met Daan Koopmans")
      "tune68-literatuurfestival.json | leidt jorien hoekstra het interview met daan koopmans | Nee, ‘Interview"
          + " Daan Koopmans: Nachtdienst’ wordt geleid door Ilse ter Horst (gespreksleider).",
      "tune68-literatuurfestival.json | leidt jorien hoekstra het interview met selin aydoğan | Ja, Jorien"
          + " Hoekstra leidt ‘Interview Selin Aydoğan: Wat de zee terugbrengt’ (15:00–15:45), als gespreksleider."})
  @DisplayName("yes only for its leader, and otherwise who leads it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
