package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who is at a session without speakers")
final class WithoutSpeakersReplyTest {
  private static final Path REGIONAL = Path.of("src/test/resources/programmes/regional.json");

  @Test
  @DisplayName("an information market without speakers: no speaker, and what the programme says of who is there")
  void marketDescribed() {
    // given a regional day whose market lists its stands in its details
    Assistant assistant = Fixtures.assistantOn(REGIONAL, LocalTime.of(11, 10), Fixtures.understander());
    // when
    Reply reply = assistant.ask("market", "wie staan er op de informatiemarkt");
    // then
    assertThat(reply.text()).isEqualTo("Bij ‘Informatiemarkt’ (12:15–13:30) staat geen spreker in het programma."
        + " Het programma zegt erover: Organisaties uit de regio presenteren zich met een stand. Loop langs tijdens"
        + " of na de lunch. Veilig Thuis Drenthe, Jongerenraad Drenthe, Stichting Welzijnswerk Assen, Regionaal"
        + " Bureau Leerplicht Drenthe.");
  }
}
