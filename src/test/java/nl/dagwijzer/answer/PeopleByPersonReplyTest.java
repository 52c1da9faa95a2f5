package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to who holds a role that more sessions have than a reply lists: each person once, with their
 * sessions; and to who comes from outside the organiser ("van buiten het bedrijf", "van buiten de stichting"),
 * listed or counted. Line breaks " / ".
 */
@DisplayName("Replies listing the people of a role by person, or from outside the organiser")
final class PeopleByPersonReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune39-hondenshow.json | wie zijn de keurmeesters | Kees van 't Zand (keurmeester, Raad van Beheer): ‘Keuring"
          + " groep 3: terriërs’ (10:00–11:30) en ‘Keuring groep 7: staande honden’ (13:30–15:00). / Annelies van der"
          + " Meulen (keurmeester, Raad van Beheer): ‘Keuring groep 1: herders- en veedrijvershonden’ (10:00–12:00) en"
          + " ‘Keuring groep 8: apporteerhonden en waterhonden’ (13:00–14:30). / Gerda de Jong (keurmeester, Raad van"
          + " Beheer): ‘Keuring groep 9: gezelschapshonden’ (10:00–12:00) en ‘Jeugdhandling’ (14:30–15:00). / Hans ten"
          + " Cate (keurmeester, Raad van Beheer): ‘Keuring groep 5: spitsen en oertypen’ (10:30–12:00) en ‘Keuring"
          + " groep 6: lopende honden en zweethonden’ (13:00–14:00). / Mirjam Verbeek (keurmeester, Raad van Beheer):"
          + " ‘Keuring groep 2: pinschers, schnauzers en molossers’ (13:00–15:00). / Bert Janssens (keurmeester Best in"
          + " Show; allroundkeurmeester, Koninklijke Maatschappij Sint-Hubertus (België)): ‘Best in Show’"
          + " (15:30–16:15).",
      "tune39-security.json | welke sprekers komen van buiten het bedrijf | Op het programma staan: / • Youssef Benali"
          + " (ethisch hacker, RedWolf Security) / • Frank ten Have (social engineer, RedWolf Security)",
      "tune4-online-training.json | welke sprekers komen van buiten de stichting | Op het programma staan: / •"
          + " Rachid El Amrani (docent Nederlands en taalcoach, Hogeschool van Amsterdam) / • Anouk van der Wal"
          + " (taalambassadeur, Stichting ABC) / • Ingrid ter Laak (senior communicatieadviseur, UWV)",
      "tune4-online-training.json | hoeveel sprekers komen van buiten stichting helder schrijven | Op het programma"
          + " staan 3 sprekers: Rachid El Amrani, Anouk van der Wal en Ingrid ter Laak."})
  @DisplayName("each person of the role once, with their sessions; the organiser's own people left out")
  void answers(String programme, String question, String expected) {
    // given the programme
    // when the question is asked
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
