package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions asked in English: the parts of a day by their English names ("prize giving", "tug of
 * war", "the mayor", "the bee talk") and a short question that ends in "when". Line breaks " / ".
 */
@DisplayName("Questions in English")
final class EnglishQuestionsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-sterrenwacht.json | jwst talk when | ‘De nieuwste beelden van de James Webb-telescoop’ (Noor ten Hove)"
          + " is van 22:00 tot 22:45, in Collegezaal.",
      "tune43-teamdag.json | whats the time for the prize giving | ‘Prijsuitreiking’ (Marijke ten Cate en Rob ter"
          + " Horst) is van 15:45 tot 16:15, in Paviljoen.",
      "tune43-koningsdag.json | whats the time of the tug of war | ‘Touwtrekken tussen de buurten’ (Ruud Bakker) is"
          + " van 14:00 tot 15:00, in Sportveld.",
      "tune42-tuinendag.json | when does the bee talk start | ‘Lezing: bijen in je tuin’ (Wim Kuijpers) is van 13:30"
          + " tot 14:15, in Veldweg 3.",
      "tune44-scoutingdag.json | when does the campfire start | ‘Afsluitend kampvuur’ (Henk ten Brink en Pieter ten"
          + " Have) is van 15:30 tot 16:45, in Kampvuurkuil.",
      "tune42-tuinendag.json | wheres the plantenmarkt | ‘Plantenmarkt’ (10:00–15:00) is in Marktplein."})
  @DisplayName("answer them as the same question in Dutch")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
