package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes or no about someone with a role whom the programme does not have ("komt wethouder pieter de
 * graaf ook?", "komt juf anja ook mee?"): no, and who has the role; a word after the role that is no name ("is er
 * EHBO aanwezig?") still asks about the role. A name after "Ja, " keeps its capital also behind its particles ("Ja,
 * Gerrit van den Berg ..."). Line breaks " / ".
 */
@DisplayName("A yes or no about someone with a role who is not on the programme")
final class UnknownRoleHolderReplyTest extends WholeReplyTest {
  private static final String ALDERMEN = "Gerrit van den Berg (wethouder Wonen en Ruimte, gemeente Zuiderwaard):"
      + " ‘Inspreken agendapunt 1: woningbouwplan Kloosterweide’ (19:25–20:05) en ‘Commissievergadering Ruimte’"
      + " (21:45–22:45). / Ingrid Hoekstra (wethouder Sport en Zorg, gemeente Zuiderwaard): ‘Inspreken agendapunt 3:"
      + " toekomst zwembad De Waterlelie’ (21:00–21:40) en ‘Commissievergadering Samenleving’ (21:45–22:45).";

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune42-gemeenteraad.json | komt wethouder pieter de graaf ook | Nee, wethouder Pieter staat niet op het"
          + " programma. / " + ALDERMEN,
      "tune42-gemeenteraad.json | komt wethouder Pieter de Graaf ook | Nee, Pieter staat niet op het programma. / "
          + ALDERMEN,
      "tune42-gemeenteraad.json | komt er een wethouder | Ja, " + ALDERMEN,
      "tune38-zomerkamp.json | is er EHBO aanwezig | Ja, Esther de Vries (EHBO'er, Rode Kruis Deventer)."})
  @DisplayName("say no and who has the role, or yes with them")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
