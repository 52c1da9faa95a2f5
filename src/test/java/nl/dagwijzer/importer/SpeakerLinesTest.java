package nl.dagwijzer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Speaker lines")
final class SpeakerLinesTest {
  private static String describe(List<SpeakerLines.Person> people) {
    return String.join(" + ", people.stream().map(p -> p.name() + " / " + p.role() + " / " + p.organisation())
        .toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Gertru Diender, bestuurslid Divosa | Gertru Diender / bestuurslid / Divosa",
      "Bob de Levita en David Sondorp, adviseurs Radar Advies"
          + " | Bob de Levita / adviseur / Radar Advies + David Sondorp / adviseur / Radar Advies",
      "Lotte de Graaf, teamleider wijkteam Noord, gemeente Utrecht"
          + " | Lotte de Graaf / teamleider wijkteam Noord / gemeente Utrecht",
      "Prof. dr. Hans Verbeek, hoogleraar Sociale Geografie aan de Universiteit Utrecht"
          + " | Hans Verbeek / hoogleraar Sociale Geografie / Universiteit Utrecht",
      "dagvoorzitter Fatima El Amrani | Fatima El Amrani / dagvoorzitter / null",
      "Met Noor van Dijk, Bas Mulder en wethouder Anouk Smit (gemeente Amersfoort)"
          + " | Noor van Dijk / null / null + Bas Mulder / null / null + Anouk Smit / wethouder / gemeente Amersfoort",
      "Jeroen Kok, Ministerie van SZW | Jeroen Kok / null / Ministerie van SZW",
      "Marieke Dijkstra, voorzitter van het netwerk | Marieke Dijkstra / voorzitter van het netwerk / null",
      "Gespreksleider: Daan Bos | Daan Bos / gespreksleider / null",
      "Bas Mulder, onderzoeker bij het Sociaal en Cultureel Planbureau"
          + " | Bas Mulder / onderzoeker / Sociaal en Cultureel Planbureau"})
  @DisplayName("names, roles and organisations are read from the ways programmes write them")
  void speakerOnly(String line, String expected) {
    // given / when
    SpeakerLines.Parsed parsed = SpeakerLines.parse(line, null).orElseThrow();
    // then
    assertThat(describe(parsed.people())).isEqualTo(expected);
    assertThat(parsed.speakerOnly()).isTrue();
  }

  @Test
  @DisplayName("a sentence that opens with a speaker gives the speaker and stays a sentence")
  void apposition() {
    // given
    String sentence = "Maartje Bos, projectleider 'Meer ondernemen' bij gemeente Amsterdam, vertelt alles over de"
        + " Amsterdamse praktijk.";
    // when
    SpeakerLines.Parsed parsed = SpeakerLines.parse(sentence, null).orElseThrow();
    // then
    assertThat(describe(parsed.people()))
        .isEqualTo("Maartje Bos / projectleider 'Meer ondernemen' / gemeente Amsterdam");
    assertThat(parsed.speakerOnly()).isFalse();
  }

  @Test
  @DisplayName("with the organisation known from the programme's structure, the rest of the line is the role")
  void knownOrganisation() {
    // given a workshop "van de gemeente Zoetermeer"
    // when
    SpeakerLines.Parsed parsed = SpeakerLines.parse("Annemiek Enter, beleidsadviseur Werk, Zorg en Inkomen",
        "gemeente Zoetermeer").orElseThrow();
    // then
    assertThat(describe(parsed.people()))
        .isEqualTo("Annemiek Enter / beleidsadviseur Werk, Zorg en Inkomen / gemeente Zoetermeer");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Lotte deelt de lessen van vijf jaar werken.", "Amsterdam",
      "De gemeente Breda en De Vrije Uitloop hebben de volgende stap gezet.", "Grote zaal",
      "Breda is één van de eerste Nederlandse gemeenten."})
  @DisplayName("running text and single words are not taken for speakers")
  void notSpeakers(String text) {
    // given / when / then
    assertThat(SpeakerLines.parse(text, null)).isEmpty();
  }
}
