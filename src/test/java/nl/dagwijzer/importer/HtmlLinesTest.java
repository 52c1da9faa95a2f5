package nl.dagwijzer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HTML pages as source lines")
final class HtmlLinesTest {
  @Test
  @DisplayName("headings, paragraphs and list items keep their source line; menu, script and footer are left out")
  void structure() throws Exception {
    // given
    String html = Files.readString(Path.of("src/test/resources/import/inspiratiedag.html"));
    // when
    HtmlLines.Page page = HtmlLines.read(html);
    List<String> lines = page.lines().stream().map(l -> l.line() + " " + l.style() + " " + l.text()).toList();
    // then
    assertThat(page.title()).isEqualTo("Inspiratiedag Digitale Inclusie | Netwerk Digitaal Meedoen");
    assertThat(lines).startsWith(
        "21 HEADING Inspiratiedag Digitale Inclusie",
        "22 PARAGRAPH Maandag 3 november 2025 · Bibliotheek Arnhem");
    assertThat(lines).contains(
        "36 HEADING 11.30 – 12.30 uur: Workshops (kies er één)",
        "38 BULLET Informatiepunt in de bibliotheek – Els Kramer, adviseur, Bibliotheek Arnhem",
        "39 CONTINUATION Hoe richt je een informatiepunt digitale overheid in, en wie bemenst het?");
    assertThat(String.join("\n", lines)).doesNotContain("Home", "dataLayer", "Privacy", "font-family");
  }

  @Test
  @DisplayName("the line of a place in a text is found by its offset")
  void lineIndex() {
    // given
    LineIndex index = new LineIndex("een\ntwee\n\ndrie");
    // when / then
    assertThat(index.lineAt(0)).isEqualTo(1);
    assertThat(index.lineAt(4)).isEqualTo(2);
    assertThat(index.lineOf("drie", 0)).isEqualTo(4);
    assertThat(index.lineOf("vier", 0)).isZero();
  }
}
