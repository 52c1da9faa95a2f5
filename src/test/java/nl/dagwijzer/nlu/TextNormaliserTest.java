package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("TextNormaliser")
final class TextNormaliserTest {
  private final TextNormaliser normaliser = new TextNormaliser();

  @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "coöperatie | cooperatie",
      "één | een",
      "Casuïstiek | casuistiek",
      "Coöperatief Ondernemen | cooperatief ondernemen",
      "ÉÉN KEER | een keer",
      "café crème | cafe creme"})
  @DisplayName("removes accents and lowers case")
  void normalise(String text, String expected) {
    // given text with accents and capitals
    // when
    String normalised = normaliser.normalise(text);
    // then
    assertThat(normalised).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" gives {1}")
  @CsvSource(delimiter = '|', value = {
      "Wanneer is de LUNCH? | wanneer,is,de,lunch",
      "wie spreekt er, over Breda!? | wie,spreekt,er,over,breda",
      "Coöperatie (sociaal)... | cooperatie,sociaal",
      "wat is er om 10.25 | wat,is,er,om,10:25",
      "wat is er in zaal1 | wat,is,er,in,zaal,1",
      "hoelang duurt de ws | hoelang,duurt,de,workshop",
      "hoe laat begint pres 4 | hoe,laat,begint,presentatie,4",
      "lokaal D2 | lokaal,d2",
      "wat is er om 10:25? | wat,is,er,om,10:25",
      "om 9.05 of 9:05 | om,9:05,of,9:05",
      "'Meer ondernemen' | meer,ondernemen",
      "do’s en don’ts | do,s,en,don,ts",
      "P-wet | p,wet",
      "Zoete Kruimels – de coöperatie | zoete,kruimels,de,cooperatie",
      "11:00–12:30 | 11:00,12:30",
      "3 workshops | 3,workshops",
      "de markt vd vrijwilligers | de,markt,van,de,vrijwilligers",
      "waar gaat dit over eig | waar,gaat,dit,over,eigenlijk",
      "wie is er vr ww vragen | wie,is,er,voor,ww,vragen",
      "wanneer is de q en a | wanneer,is,de,qa",
      "wnnr eindigt de leerlunch | wanneer,eindigt,de,leerlunch",
      "waar moet grp rood heen | waar,moet,groep,rood,heen",
      "ff checken wat eten we | even,checken,wat,eten,we"})
  @DisplayName("splits into lower-case words and keeps clock times as one HH:mm token")
  void tokens(String text, String expected) {
    // given
    List<String> expectedTokens = Arrays.asList(expected.split(","));
    // when
    List<String> tokens = normaliser.tokens(text);
    // then
    assertThat(tokens).containsExactlyElementsOf(expectedTokens);
  }

  @ParameterizedTest(name = "\"{0}\" gives {1}")
  @CsvSource(delimiter = '|', value = {
      "10.255 | 10,255",
      "1025 | 1025",
      "10,25 | 10,25"})
  @DisplayName("does not read numbers that are no clock time as a time")
  void notATime(String text, String expected) {
    // given
    List<String> expectedTokens = Arrays.asList(expected.split(","));
    // when
    List<String> tokens = normaliser.tokens(text);
    // then
    assertThat(tokens).containsExactlyElementsOf(expectedTokens);
  }

  @Test
  @DisplayName("gives no tokens for punctuation only or an empty text")
  void nothingToRead() {
    // given
    String punctuation = "?! ... – ‘’";
    // when
    List<String> fromPunctuation = normaliser.tokens(punctuation);
    List<String> fromEmpty = normaliser.tokens("");
    // then
    assertThat(fromPunctuation).isEmpty();
    assertThat(fromEmpty).isEmpty();
  }
}
