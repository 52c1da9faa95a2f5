package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wat is X?" when X is both an explained topic and the name of a session: what the word means
 * first, then the session that is about it; a session named by its own title stays a session. Line breaks written
 * " / ".
 */
@DisplayName("Replies that explain a word a session is also named by")
final class DefinedTopicReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune15-beurs.json | wat is de Roze Loper | Roze Loper: Een keurmerk voor zorglocaties die aantoonbaar aandacht"
          + " hebben voor de acceptatie van lhbti+-cliënten en -medewerkers. /  / ‘Zichtbaar en veilig: zorg voor"
          + " lhbti+-ouderen’ (Willem van 't Veer), 15:00–15:30, in Theater 2: Veel lhbti+-ouderen gaan in het"
          + " verpleeghuis weer 'terug de kast in'. Willem van 't Veer vertelt hoe zorglocaties de Roze Loper halen en"
          + " wat dat vraagt van medewerkers.",
      "tune38-huurdersvergadering.json | wat houdt decharge eigenlijk in | Decharge: Met decharge keurt de"
          + " vergadering het financiële beleid van het bestuur over het afgelopen jaar goed. /  / ‘Verslag"
          + " kascommissie en decharge’ (Marian van 't Hof en Joop Verbeek), 20:25–20:35, in Grote zaal: De"
          + " kascommissie vertelt over de controle van de boeken en vraagt de vergadering het bestuur decharge te"
          + " verlenen. / Aan bod komen: / • De kascommissie controleerde de boeken op 12 februari 2025 en vond geen"
          + " onregelmatigheden. / • Joop Verbeek treedt af; er wordt een nieuw lid voor de kascommissie gezocht,"
          + " aanmelden kan tijdens de vergadering.",
      "tune15-beurs.json | waar gaat zichtbaar en veilig over | ‘Zichtbaar en veilig: zorg voor lhbti+-ouderen’"
          + " (Willem van 't Veer), 15:00–15:30, in Theater 2: Veel lhbti+-ouderen gaan in het verpleeghuis weer 'terug"
          + " de kast in'. Willem van 't Veer vertelt hoe zorglocaties de Roze Loper halen en wat dat vraagt van"
          + " medewerkers.",
  })
  @DisplayName("given a topic and a session of one name, when asked what it is, then the meaning comes first")
  void explainsTheWord(String programme, String question, String expected) {
    assertThat(replyOn(programme, question)).isEqualTo(expected);
  }
}
