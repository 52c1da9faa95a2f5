package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What people call a session titled by a compound and its thing")
final class TitleCompoundsTest {
  @Test
  @DisplayName("'Reparatietafel Textiel' is the textieltafel, 'Werkgroep Jeugd' the jeugd(werk)groep; not every title")
  void compounds() {
    // given titles by id
    Map<String, String> titles = Map.of("textiel", "Reparatietafel Textiel", "fietsen", "Reparatietafel Fietsen",
        "jeugd", "Werkgroep Jeugd", "lunch", "Lunch", "opening", "Welkom en opening");
    // when
    Map<String, Set<String>> names = TitleCompounds.of(titles, new TextNormaliser(), Set.of());
    // then
    // (and the thing joined to the whole first word: "fietsreparatietafel", as "pianoproefles" for "Proefles piano")
    assertThat(names).containsOnly(Map.entry("textieltafel", Set.of("textiel")),
        Map.entry("fietsentafel", Set.of("fietsen")), Map.entry("fietstafel", Set.of("fietsen")),
        Map.entry("jeugdgroep", Set.of("jeugd")), Map.entry("textielreparatietafel", Set.of("textiel")),
        Map.entry("fietsenreparatietafel", Set.of("fietsen")), Map.entry("fietsreparatietafel", Set.of("fietsen")),
        Map.entry("jeugdwerkgroep", Set.of("jeugd")));
  }

  @Test
  @DisplayName("'Demonstratie reanimatie en AED' is the reanimatiedemo, 'Demonstratie operatierobot' also the robotdemo")
  void kindFirst() {
    // given titles that start with their kind, and "robot" a word of the language
    Map<String, String> titles = Map.of("reanimatie-1", "Demonstratie reanimatie en AED", "reanimatie-2",
        "Demonstratie reanimatie en AED", "robot", "Demonstratie operatierobot", "lezing", "Lezing: Wat doet je hart?",
        "kort", "Workshop AI");
    // when
    Map<String, Set<String>> names = TitleCompounds.of(titles, new TextNormaliser(), Set.of("robot"));
    // then
    assertThat(names).containsOnly(Map.entry("reanimatiedemo", Set.of("reanimatie-1", "reanimatie-2")),
        Map.entry("reanimatiedemonstratie", Set.of("reanimatie-1", "reanimatie-2")),
        Map.entry("operatierobotdemo", Set.of("robot")), Map.entry("operatierobotdemonstratie", Set.of("robot")),
        Map.entry("robotdemo", Set.of("robot")), Map.entry("robotdemonstratie", Set.of("robot")));
  }
}
