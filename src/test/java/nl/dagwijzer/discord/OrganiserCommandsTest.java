package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OrganiserCommandsTest {
  @TempDir
  Path dir;

  private Harness harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = new Harness(dir);
  }

  @Test
  @DisplayName("/aankondiging without a time posts now, pinging nobody, and tells the organiser privately")
  void announceNow() {
    // when
    Harness.Slash slash = harness.slash("aankondiging", "1001").withRole("Organisatie")
        .option("tekst", "@everyone De zaal is open! <@&42>").run();

    // then
    assertThat(harness.poster.posts()).containsExactly("-: @everyone De zaal is open! <@&42>");
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)", "Aankondiging geplaatst in het aankondigingskanaal.");
    assertThat(slash.allEphemeral()).isTrue();
  }

  @Test
  @DisplayName("/aankondiging with om and kanaal schedules it; it is listed, posted at its time in that channel")
  void announceLater() {
    // when
    Harness.Slash slash = harness.slash("aankondiging", "1001").manageServer()
        .option("tekst", "Over vijf minuten begint de lunch.").option("om", "12:25").channelOption("kanaal", "888")
        .run();
    Harness.Slash list = harness.slash("aankondigingen", "1001").manageServer().run();

    // then
    assertThat(slash.sent).containsExactly("Aankondiging 1 staat gepland om 12:25 in <#888>. Intrekken kan met"
        + " /aankondiging-intrekken id:1.");
    assertThat(list.sent).containsExactly("Geplande aankondigingen:\n1 — 12:25 in <#888>: Over vijf minuten begint"
        + " de lunch.");
    assertThat(list.allEphemeral()).isTrue();

    // when
    harness.scheduler.advance(Duration.ofMinutes(94));

    // then
    assertThat(harness.poster.posts()).isEmpty();

    // when
    harness.scheduler.advance(Duration.ofMinutes(1));

    // then
    assertThat(harness.poster.posts()).containsExactly("888: Over vijf minuten begint de lunch.");
  }

  @Test
  @DisplayName("/aankondiging-intrekken cancels a scheduled announcement, which is then never posted")
  void cancel() {
    // given
    harness.slash("aankondiging", "1001").withRole("Organisatie").option("tekst", "Koffie!").option("om", "11:30")
        .run();

    // when
    Harness.Slash cancel = harness.slash("aankondiging-intrekken", "1001").withRole("Organisatie")
        .option("id", "1").run();
    Harness.Slash again = harness.slash("aankondiging-intrekken", "1001").withRole("Organisatie")
        .option("id", "1").run();
    Harness.Slash list = harness.slash("aankondigingen", "1001").withRole("Organisatie").run();
    harness.scheduler.advance(Duration.ofHours(2));

    // then
    assertThat(cancel.sent).containsExactly("Aankondiging 1 (11:30) is ingetrokken.");
    assertThat(again.sent).containsExactly("Er is geen geplande aankondiging met id 1. Bekijk de lijst met"
        + " /aankondigingen.");
    assertThat(list.sent).containsExactly("Er staan geen aankondigingen gepland.");
    assertThat(harness.poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("a time that is not a time, or already past, is refused privately")
  void badTime() {
    // when
    Harness.Slash noTime = harness.slash("aankondiging", "1001").withRole("Organisatie").option("tekst", "Hoi")
        .option("om", "straks").run();
    Harness.Slash past = harness.slash("aankondiging", "1001").withRole("Organisatie").option("tekst", "Hoi")
        .option("om", "9:00").run();

    // then
    assertThat(noTime.sent).containsExactly("'straks' is geen tijd; schrijf de tijd als UU:MM, bijvoorbeeld 14:30.");
    assertThat(past.sent).containsExactly("Het is al 10:50, dus 09:00 is voorbij. Kies een latere tijd, of laat 'om'"
        + " weg om nu te posten.");
    assertThat(noTime.allEphemeral() && past.allEphemeral()).isTrue();
  }

  @Test
  @DisplayName("a scheduled announcement survives a restart of the bot (new scheduler, same state folder)")
  void survivesRestart() throws Exception {
    // given
    harness.slash("aankondiging", "1001").withRole("Organisatie").option("tekst", "Workshops beginnen!")
        .option("om", "11:00").run();
    harness.announcements.stop();

    // when
    Files.delete(dir.resolve("programme.json"));
    Harness restarted = new Harness(dir);
    Harness.Slash list = restarted.slash("aankondigingen", "1001").withRole("Organisatie").run();
    restarted.scheduler.advance(Duration.ofMinutes(10));

    // then
    assertThat(list.sent).containsExactly("Geplande aankondigingen:\n1 — 11:00: Workshops beginnen!");
    assertThat(restarted.poster.posts()).containsExactly("-: Workshops beginnen!");
    assertThat(harness.poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("organiser commands are refused privately to members without the role or Manage Server")
  void refused() {
    // when
    Harness.Slash announce = harness.slash("aankondiging", "1001").withRole("Bezoeker").option("tekst", "Hoi")
        .run();
    Harness.Slash list = harness.slash("aankondigingen", "1001").run();
    Harness.Slash cancel = harness.slash("aankondiging-intrekken", "1001").withRole(Harness.MODERATOR_ROLE)
        .option("id", "1").run();

    // then
    assertThat(announce.sent).containsExactly("Je hebt geen toegang tot dit commando.");
    assertThat(list.sent).containsExactly("Je hebt geen toegang tot dit commando.");
    assertThat(cancel.sent).containsExactly("Je hebt geen toegang tot dit commando.");
    assertThat(announce.allEphemeral() && list.allEphemeral() && cancel.allEphemeral()).isTrue();
    assertThat(harness.poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("defect 1: a scheduled announcement the state cannot store is refused, not listed, and not posted")
  void refusedWhenTheStateCannotWrite() {
    // given a state folder that takes no writes (a full disk)
    harness.state.writesFail(true);

    // when
    Harness.Slash slash = harness.slash("aankondiging", "1001").withRole("Organisatie")
        .option("tekst", "Workshops beginnen!").option("om", "11:00").run();
    Harness.Slash list = harness.slash("aankondigingen", "1001").withRole("Organisatie").run();
    harness.scheduler.advance(Duration.ofHours(1));

    // then
    assertThat(slash.sent).containsExactly("De aankondiging kon niet worden opgeslagen: de schijf is vol. Ze is niet"
        + " ingepland; probeer het zo nog eens of waarschuw de beheerder van de bot.");
    assertThat(slash.allEphemeral()).isTrue();
    assertThat(list.sent).containsExactly("Er staan geen aankondigingen gepland.");
    assertThat(harness.poster.posts()).isEmpty();
  }
}
