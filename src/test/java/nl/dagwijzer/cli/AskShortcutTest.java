package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@DisplayName("ask without picocli")
final class AskShortcutTest {
  private static final String STDIN = "wanneer is de lunch\nwie is luigjes\n";

  private final Clock clock = Fixtures.clockAt(LocalDate.of(2026, 11, 27), LocalTime.of(9, 0));

  private record Run(int exit, String out, String err) {
  }

  private static InputStream stdin() {
    return new ByteArrayInputStream(STDIN.getBytes(StandardCharsets.UTF_8));
  }

  private Run viaPicocli(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(Map.of(), clock, stdin(), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return new Run(commandLine.execute(args), out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "ask|wanneer is de lunch",
      "ask",
      "ask|--json",
      "ask|--now|11:10|wat is er nu",
      "ask|wat|is|er|--now|2026-11-27T12:40|nu",
      "ask|--json|--now|11:10|--programme|src/test/resources/programmes/other-day.json|wat is er nu",
      "ask|--intents|intents|hallo",
      "ask|--programme|missing.json|hallo",
      "ask|--intents|geen-map|hallo",
      "ask|"})
  @DisplayName("answers plain argument lists exactly as picocli does: output, errors and exit code")
  void sameAsPicocli(String arguments) {
    // given
    String[] args = arguments.split("\\|", -1);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // when
    AskCommand ask = AskShortcut.parse(args, clock, stdin());
    int exit = AskShortcut.run(ask, new PrintWriter(out, true), new PrintWriter(err, true));
    // then
    assertThat(new Run(exit, out.toString(), err.toString())).isEqualTo(viaPicocli(args));
    assertThat(out.toString() + err.toString()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "check", "discord", "--help", "--programme|programme.json|ask|hoi", "ask|--help", "ask|-h", "ask|--bogus|hoi",
      "ask|--now", "ask|--now|25:99|hoi", "ask|--now|11:10|--now|11:20|hoi", "ask|--json|--json",
      "ask|--now=11:10|hoi", "ask|--programme|--json|hoi", "ask|@vragen.txt", "ask|--|--json", "ask|-5",
      "ask|--programme|bad\u0000path|hoi"})
  @DisplayName("leaves every other argument list to picocli")
  void othersGoToPicocli(String arguments) {
    // given
    String[] args = arguments.split("\\|", -1);
    // when
    AskCommand ask = AskShortcut.parse(args, clock, stdin());
    // then
    assertThat(ask).isNull();
  }
}
