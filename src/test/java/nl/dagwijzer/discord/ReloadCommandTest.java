package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ValidationError;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReloadCommandTest {
  @TempDir
  Path dir;

  private Harness harness;
  private String original;

  @BeforeEach
  void setUp() throws Exception {
    harness = new Harness(dir);
    original = Files.readString(Fixtures.PROGRAMME);
  }

  /** The programme with Workshop Breda moved to 13:00–13:45. */
  private byte[] bredaMoved() {
    String moved = original.replaceFirst("(\"id\": \"workshop-breda\",[^}]*?\"start\": )\"11:00\",(\\s*\"end\": )\"12:30\"",
        "$1\"13:00\",$2\"13:45\"");
    assertThat(moved).isNotEqualTo(original);
    return moved.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("/herlaad with a good upload replaces the programme and shows the moderator what changed")
  void goodUpload() throws Exception {
    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Moderatie")
        .attachment("bestand", "programme.json", bredaMoved(), bredaMoved().length).run();

    // then
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)", """
        Het programma is geladen: 8 sessies, 6 sprekers.
        Wijzigingen in het programma:
        • Verplaatst: Workshop Breda van 11:00–12:30 naar 13:00–13:45""");
    assertThat(slash.allEphemeral()).isTrue();
    assertThat(harness.store.current().session("workshop-breda").orElseThrow().start()).hasToString("13:00");
    assertThat(Files.readAllBytes(harness.programmeFile)).isEqualTo(bredaMoved());
    assertThat(harness.poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("/herlaad aankondigen:true also posts the changes in the announcements channel")
  void announcesChanges() {
    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").manageServer()
        .attachment("bestand", "programme.json", bredaMoved(), bredaMoved().length).option("aankondigen", true).run();

    // then
    assertThat(slash.sent).last().asString().endsWith("De wijzigingen zijn aangekondigd in het aankondigingskanaal.");
    assertThat(harness.poster.posts()).containsExactly("""
        -: Wijzigingen in het programma:
        • Verplaatst: Workshop Breda van 11:00–12:30 naar 13:00–13:45""");
  }

  @Test
  @DisplayName("/herlaad without a file reloads from disk")
  void fromDisk() throws Exception {
    // given
    Files.write(harness.programmeFile, bredaMoved());

    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Moderatie").run();

    // then
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)", """
        Het programma is geladen: 8 sessies, 6 sprekers.
        Wijzigingen in het programma:
        • Verplaatst: Workshop Breda van 11:00–12:30 naar 13:00–13:45""");
  }

  @Test
  @DisplayName("/herlaad with a broken file shows the errors and keeps the running programme")
  void brokenUpload() throws Exception {
    // given
    byte[] broken = original.replace("\"start\": \"10:00\"", "\"start\": \"10 uur\"").getBytes(StandardCharsets.UTF_8);
    List<ValidationError> errors = errorsOf(broken);

    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Moderatie")
        .attachment("bestand", "nieuw.json", broken, broken.length).run();

    // then
    assertThat(errors).hasSize(1);
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)", "Het programma is niet geladen; het huidige"
        + " programma blijft actief. Er is 1 fout:\n• " + errors.get(0).format());
    assertThat(harness.store.current().session("welkom").orElseThrow().start()).hasToString("10:00");
    assertThat(Files.readString(harness.programmeFile)).isEqualTo(original);
  }

  @Test
  @DisplayName("an upload over 1 MB is refused before downloading, and the programme stays")
  void oversizedUpload() throws Exception {
    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Moderatie")
        .attachment("bestand", "groot.json", new byte[0], 1_572_864).run();

    // then
    assertThat(slash.sent).containsExactly("Het bestand is te groot (1,5 MB); het mag hoogstens 1 MB zijn. Het"
        + " huidige programma blijft actief.");
    assertThat(slash.allEphemeral()).isTrue();
    assertThat(Files.readString(harness.programmeFile)).isEqualTo(original);
  }

  @Test
  @DisplayName("an upload that turns out larger than 1 MB while downloading is refused too")
  void oversizedDownload() throws Exception {
    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Moderatie")
        .attachment("bestand", "groot.json", new byte[1024 * 1024 + 10], 100).run();

    // then
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)", "Het bestand is te groot (1,0 MB); het mag"
        + " hoogstens 1 MB zijn. Het huidige programma blijft actief.");
    assertThat(Files.readString(harness.programmeFile)).isEqualTo(original);
  }

  @Test
  @DisplayName("/herlaad is refused to organisers and attendees without the moderator role")
  void refused() {
    // when
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Organisatie")
        .attachment("bestand", "programme.json", bredaMoved(), 100).run();

    // then
    assertThat(slash.sent).containsExactly("Je hebt geen toegang tot dit commando.");
    assertThat(slash.allEphemeral()).isTrue();
    assertThat(harness.store.current().session("workshop-breda").orElseThrow().start()).hasToString("11:00");
  }

  private static List<ValidationError> errorsOf(byte[] content) {
    try {
      new ProgrammeLoader().parse("programme.json", content);
      throw new AssertionError("expected errors");
    } catch (ProgrammeRejectedException e) {
      return e.errors();
    }
  }

  @Test
  @DisplayName("an unexpected failure after /herlaad was deferred still gets a private answer, not 'thinking…' forever")
  void failureAfterDeferring() {
    // given an upload whose download breaks in a way the command does not expect
    Harness.Slash slash = harness.slash("herlaad", "1001").withRole("Moderatie")
        .attachment("bestand", "programme.json", bredaMoved(), bredaMoved().length);
    org.mockito.Mockito.when(slash.event.getOption("bestand").getAsAttachment().getProxy())
        .thenThrow(new IllegalStateException("proxy unavailable"));

    // when
    slash.run();

    // then
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)",
        "Sorry, er ging iets mis bij het beantwoorden. Probeer het zo nog eens.");
    assertThat(slash.allEphemeral()).isTrue();
    assertThat(harness.store.current().session("workshop-breda").orElseThrow().start()).hasToString("11:00");
  }
}
