package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions only a description answers ("is de voedselbank er ook?": yes when one sentence
 * has every word, or the one word as a name; otherwise quoted, not judged), to questions by the sector people come from ("uit het onderwijs", "van een woningcorporatie"), which
 * only the organisations' names show, and about a stretch at the start or end of the day ("in het laatste half
 * uur"). Line breaks written " / ".
 */
@DisplayName("Replies by sector, by the first or last stretch of the day, and from descriptions")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SectorAndEdgeReplyTest {
  private static final String PROGRAMMES = "src/test/resources/programmes/";

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune5-kennissessie.json | hoeveel sprekers komen uit het onderwijs | Daarbij staan 2 sprekers: Mirjam Dekker en"
          + " Rachid el Idrissi.",
      "tune6-webinar.json | wie van de sprekers komt uit het onderwijs | Bij ‘Korte talk: Wat werkt bij"
          + " vroegsignalering?’ (15:05–15:20) spreekt Thijs van Leeuwen (onderzoeker armoede en schulden, Hogeschool"
          + " Inholland). / Bij ‘Vragenronde’ (16:00–16:25) spreekt Thijs van Leeuwen (panellid; onderzoeker armoede en"
          + " schulden, Hogeschool Inholland).",
      "tune3-netwerkmiddag.json | welke panelleden werken voor de overheid | Bij ‘Panel: wie betaalt de"
          + " warmtetransitie?’ (15:45–16:40) spreken Anouk Verbeek (panellid; wethouder Duurzaamheid, gemeente"
          + " Hengelo) en Karin Smit (panellid; senior beleidsadviseur warmte, ministerie van Volkshuisvesting en"
          + " Ruimtelijke Ordening).",
      "tune4-online-training.json | wie werkt er bij een uitvoeringsorganisatie | Bij ‘Vragenronde’ (11:45–12:05)"
          + " spreekt Ingrid ter Laak (senior communicatieadviseur, UWV).",
      "tune3-webinar.json | wat is er in het laatste half uur | Tussen 20:30 en 21:00: / • ‘Poll: wat ga jij doen?’"
          + " (Lisa van der Wal), 20:30–20:40 / • ‘Vragen uit de chat’ (Lisa van der Wal, Martijn Schouten, Soufiane El"
          + " Hamdaoui en Merel de Ruiter), 20:40–20:55 / • ‘Afsluiting’ (Lisa van der Wal), 20:55–21:00",
      "tune3-webinar.json | wat gebeurt er in het eerste uur | Tussen 19:30 en 20:30: / • ‘Welkom’ (Lisa van der"
          + " Wal), 19:30–19:35 / • ‘Hoe eenzaam zijn jongeren? De cijfers’ (Martijn Schouten), 19:35–20:00 / • ‘Wat"
          + " werkt in de wijk?’ (Soufiane El Hamdaoui en Merel de Ruiter), 20:00–20:30",
      "tune7-opendag.json | krijg ik bij het juridisch loket gratis advies | Ja, uit de beschrijving van"
          + " ‘Informatiemarkt’: Bij de stand van het Juridisch Loket krijgt u gratis kort juridisch advies.",
      "tune7-opendag.json | is de voedselbank er ook | Ja, uit de beschrijving van ‘Informatiemarkt’: Met stands van"
          + " onder meer Humanitas Thuisadministratie, Voedselbank Veenendaal, woningcorporatie Patrimonium, GGD regio"
          + " Utrecht en het UWV.",
      "tune5-kennissessie.json | moet mijn camera aan | Dat staat niet letterlijk in het programma, maar dit wel: /"
          + " Uit de beschrijving van ‘Inloggen en techniekcheck’: De Zoom-omgeving is open: test je camera, microfoon"
          + " en je naam in beeld."})
  @DisplayName("the reply names those of that sector or that stretch, and no one else")
  void answers(String programme, String question, String expected) {
    // given
    Assistant assistant = Fixtures.assistantOn(Path.of(PROGRAMMES + programme), LocalTime.of(11, 10), understander);
    // when
    Reply reply = assistant.ask("sector", question);
    // then
    assertThat(reply.text().replace("\n", " / ")).isEqualTo(expected);
  }
}
