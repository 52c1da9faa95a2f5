package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a query has a detail word: the one check the answer side makes of "samen", "lopend" and the like. */
@DisplayName("A query's detail words")
final class QueryDetailTest {

  @ParameterizedTest(name = "\"{0}\" has detail \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "samen lopend  | lopend    | true",
      "samen lopend  | samen     | true",
      "samen         | lopen     | false",
      "per:ronde     | per       | false",
      "''            | samen     | false",
  })
  @DisplayName("has exactly the detail words it was given, whole")
  void hasDetail(String words, String asked, boolean expected) {
    // given a query with these details beside a condition of another kind
    List<Condition> conditions = new java.util.ArrayList<>(List.of(new Condition.About(
        new Entity(EntityType.PART, "part:lunch", "lunch"))));
    for (String word : words.isBlank() ? new String[0] : words.split(" ")) {
      conditions.add(new Detail(word));
    }
    Query query = Query.of(Asked.LIST).withConditions(conditions);

    // when the answer side asks for one word, then it is there only when given whole
    assertThat(query.hasDetail(asked)).isEqualTo(expected);
  }
}
