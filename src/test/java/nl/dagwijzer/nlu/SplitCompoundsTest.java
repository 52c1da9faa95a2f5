package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A compound typed as two words")
final class SplitCompoundsTest {
  private static final Set<String> PROGRAMME = Set.of("gesprekstechnieken", "respijtzorg", "schaamte", "warming",
      "up", "warming-up", "informatiekramen", "poppenkast", "voorstelling", "dansvoorstelling",
      "verteluur", "lunchpauze");

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "wie doet de ws over gespreks technieken | wie doet de ws over gesprekstechnieken",
      "wat is respijt zorg                     | wat is respijtzorg",
      "wanneer is de poppenkastvoorstelling    | wanneer is de poppenkast voorstelling",
      "wanneer is de dansvoorstelling          | wanneer is de dansvoorstelling",
      "wanneer is de kookvoorstelling          | wanneer is de kookvoorstelling",
      "hoe lang duurt de vragen ronde          | hoe lang duurt de vragenronde",
      "waar is het vertel uur                  | waar is het verteluur",
      "duurt de lunchpauze een uur             | duurt de lunchpauze een uur",
      "is er een spreek uur                    | is er een spreek uur",
      "wie doet de warmingup                   | wie doet de warming up",
      "waar zijn de infokramen                 | waar zijn de informatiekramen",
      "wanneer is de koffie pauze              | wanneer is de koffie pauze",
      "is er een zaal tafel                    | is er een zaal tafel",
      "wat moet ik aan trekken                 | wat moet ik aantrekken",
      "wat moet ik aan voor het varen          | wat moet ik aantrekken voor het varen"})
  @DisplayName("is one word again only when the programme or a general word for a part of the day has it")
  void joins(String typed, String expected) {
    // given the words of a question; when split compounds are joined; then
    assertThat(String.join(" ", SplitCompounds.join(List.of(typed.split(" ")), PROGRAMME))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("stays two words when a name of the programme has them so, though an e-mail address joins them")
  void keepsNames() {
    // given "roceemland" from "ondernemersdag@roceemland.nl" and the name "ROC Eemland"
    Set<String> words = Set.of("roceemland", "roc", "eemland");
    // when
    List<String> read = SplitCompounds.join(List.of("sprekers", "van", "roc", "eemland"), words,
        Set.of("roc eemland"), word -> false);
    // then
    assertThat(read).containsExactly("sprekers", "van", "roc", "eemland");
  }
  @org.junit.jupiter.api.Test
  @DisplayName("a one-word other name is not joined into a description's compound, only into another name's word")
  void keepsOneWordNames() {
    // given the alias "reanimatie", the description's "reanimatiecursus" and the role "ceremoniemeester"
    Set<String> words = Set.of("reanimatie", "reanimatiecursus", "ceremonie", "ceremoniemeesters");
    Set<String> pairs = Set.of("reanimatie ", "ceremonie ");
    // when
    List<String> course = SplitCompounds.join(List.of("reanimatie", "cursus", "wnr"), words, pairs, w -> false);
    List<String> hosts = SplitCompounds.join(List.of("de", "ceremonie", "meesters"), words, pairs,
        "ceremoniemeesters"::equals);
    // then
    assertThat(course).containsExactly("reanimatie", "cursus", "wnr");
    assertThat(hosts).containsExactly("de", "ceremoniemeesters");
  }
}
