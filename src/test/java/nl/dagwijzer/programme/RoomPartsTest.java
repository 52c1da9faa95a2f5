package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The rooms one room field names")
final class RoomPartsTest {
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "Zaal Rijn, Zaal IJssel en Zaal Waal | Zaal Rijn;Zaal IJssel;Zaal Waal",
      "Lokaal 1 & Lokaal 2                 | Lokaal 1;Lokaal 2",
      "Kantine, Eemwerk                    | Kantine, Eemwerk",
      "Zaal 2                              | Zaal 2",
      "Rode zaal en Blauwe zaal            | Rode zaal en Blauwe zaal"})
  @DisplayName("only a list of rooms of one kind is split")
  void parts(String room, String expected) {
    // given a room field; when it is split; then
    assertThat(String.join(";", RoomParts.of(room))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "Kantine, Eemwerk                      | Eemwerk",
      "Buurtkamer, buurthuis De Kruisboog    | buurthuis De Kruisboog;buurthuis",
      "Raadzaal, stadhuis                    | stadhuis",
      "Zaal Rijn, Zaal IJssel en Zaal Waal   | ''",
      "Zaal 2                                | ''",
      "Knuffelweide naast de stal            | Knuffelweide",
      "Erf bij de hooiberg                   | Erf",
      "Wolkamer op de zolder                 | ''"})
  @DisplayName("a room at a place is also at that place, by its name and by its bare noun, or by its name before"
      + " what it lies beside")
  void location(String room, String expected) {
    // given a room field; when its place is read; then
    assertThat(String.join(";", RoomParts.location(room))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "Korenmolen De Hoop, Molenweg 12, Zuidhorn     | Zuidhorn",
      "Molen Fortuna, Hoofdstraat 41a, Grijpskerk    | Grijpskerk",
      "Schuur naast Korenmolen De Hoop, Zuidhorn     | ''",
      "Zaal 1, eerste verdieping, achteringang       | ''",
      "Atelier De Draad, Kalmoesstraat 8             | ''"})
  @DisplayName("a room with a street and a town is also in that town")
  void town(String room, String expected) {
    // given a room field; when its town is read; then
    assertThat(RoomParts.town(room).orElse("")).isEqualTo(expected);
  }
}
