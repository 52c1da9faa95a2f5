package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is er een &lt;kind&gt; &lt;name&gt;?": no when no session is both, with what there is of the
 * name (or of the kind, when the name is a word the programme does not have); yes when one session is both. Line
 * breaks written " / ".
 */
@DisplayName("Replies to whether there is a kind of session about a name")
final class JoinedKindReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-universiteit.json | is er een proefcollege bedrijfskunde | Nee, een proefcollege bedrijfskunde staat niet"
          + " op het programma. Wel: ‘Bachelorvoorlichting Bedrijfskunde’ (11:15–12:00).",
      "tune44-universiteit.json | is er een proefcollege recht | Ja, ‘Proefcollege Recht: mag een zelfrijdende auto"
          + " een boete krijgen?’ (Esther Vermeulen) is van 11:15 tot 12:00, in Zaal C0.12.",
      "tune40-pitchdag.json | is er een workshop pitchen | Nee, een workshop pitchen staat niet op het programma. Wel:"
          + " ‘Pitchronde 1: Zorg, onderwijs en werk’ (10:15–11:15) en ‘Pitchronde 2: Klimaat, food en mobiliteit’"
          + " (11:35–12:35).",
      "tune41-muziekschool.json | is er een proefles muziekproductie of dj | Nee, een proefles muziekproductie staat"
          + " niet op het programma. Wel: ‘Proefles piano’ (10:30–11:00), ‘Proefles viool’ (10:30–11:00), ‘Proefles"
          + " slagwerk’ (10:30–11:00) en nog 6 meer.",
      "tune41-muziekschool.json | is er een proefles viool | Ja, op het programma: / • ‘Proefles viool’ (Femke van 't"
          + " Hof), in Studio 3, 10:30–11:00 / • ‘Proefles viool’ (Femke van 't Hof), in Studio 3, 14:00–14:30",
  })
  @DisplayName("given a kind and a name, when asked whether there is one that is both, then yes or no by the sessions")
  void joinsKindAndName(String programme, String question, String expected) {
    assertThat(replyOn(programme, question)).isEqualTo(expected);
  }
}
