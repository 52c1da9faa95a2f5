package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies that compare the numbered lines of one session by their amounts ("Kavel 1: ..., startprijs €750."):
 * the highest and lowest ("de hoogste startprijs"), above, below and from an amount ("boven de 1000 euro", "minstens
 * 900 euro"). Line breaks " / ".
 */
@DisplayName("The numbered lines of a session compared by their amounts")
final class PricedItemsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-benefietgala.json | welk kavel heeft de hoogste startprijs | Bij ‘Live veiling’ (21:40–22:40, in"
          + " Balzaal) is het duurst: Kavel 6: Meevaren op een klassiek schip tijdens Sail Den Helder, startprijs"
          + " €1.500.",
      "tune44-benefietgala.json | welke kavel heeft de laagste startprijs | Bij ‘Live veiling’ (21:40–22:40, in"
          + " Balzaal) is het goedkoopst: Kavel 3: Gesigneerd shirt van de Oranje Leeuwinnen, startprijs €400.",
      "tune44-benefietgala.json | welke kavels hebben een startprijs boven de 1000 euro | Bij ‘Live veiling’"
          + " (21:40–22:40, in Balzaal), meer dan € 1000: / • Kavel 2: Diner voor 6 personen bij je thuis, gekookt"
          + " door chef Rutger van Lith, startprijs €1.200. / • Kavel 6: Meevaren op een klassiek schip tijdens Sail"
          + " Den Helder, startprijs €1.500.",
      "tune44-benefietgala.json | welke kavels beginnen onder de 600 euro | Bij ‘Live veiling’ (21:40–22:40, in"
          + " Balzaal), minder dan € 600: / • Kavel 3: Gesigneerd shirt van de Oranje Leeuwinnen, startprijs €400. / •"
          + " Kavel 4: Weekend in een boomhut op de Veluwe, startprijs €500.",
      "tune44-benefietgala.json | welke kavels hebben een startprijs van minstens 900 euro | Bij ‘Live veiling’"
          + " (21:40–22:40, in Balzaal), vanaf € 900: / • Kavel 5: Schilderij 'Wad bij eb' van Ellen Zijlstra,"
          + " startprijs €900. / • Kavel 2: Diner voor 6 personen bij je thuis, gekookt door chef Rutger van Lith,"
          + " startprijs €1.200. / • Kavel 6: Meevaren op een klassiek schip tijdens Sail Den Helder, startprijs"
          + " €1.500."})
  @DisplayName("give the lines the amounts pick")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
