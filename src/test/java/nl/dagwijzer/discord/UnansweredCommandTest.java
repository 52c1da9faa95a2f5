package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Moderators: /onbeantwoord, and what follows a reload")
final class UnansweredCommandTest {
  @TempDir
  Path dir;
  private Harness harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = new Harness(dir);
  }

  private void ask(String userId, String question) {
    harness.chat(userId, "777", "vragen", true, question).send();
  }

  @Test
  @DisplayName("/onbeantwoord lists what the bot could not answer, most asked first, without who asked")
  void lists() {
    // given
    ask("100200300400500601", "Wat is het WiFi-wachtwoord?");
    harness.clock.advance(Duration.ofMinutes(3));
    ask("100200300400500602", "wat is het wifi wachtwoord");
    ask("100200300400500603", "waar kan ik mijn jas kwijt");
    ask("100200300400500604", "wanneer is de lunch");

    // when
    Harness.Slash slash = harness.slash("onbeantwoord", "9").withRole(Harness.MODERATOR_ROLE).run();

    // then
    assertThat(slash.sent).containsExactly("""
        Vragen die ik niet kon beantwoorden (laatste 14 dagen), meest gesteld eerst:
        1. ‘wat is het wifi wachtwoord’: 2× (laatst vandaag 10:53)
        2. ‘waar kan ik mijn jas kwijt’: 1× (laatst vandaag 10:53)
        Voeg wat ontbreekt toe aan programme.json (aliases, topics) en laad het met /herlaad.""");
    assertThat(slash.allEphemeral()).isTrue();
    assertThat(String.join("\n", slash.sent)).doesNotContain("1002003004005006");
  }

  @Test
  @DisplayName("/onbeantwoord wissen:true clears the list; an attendee is refused and clears nothing")
  void clears() {
    // given
    ask("1001", "wat is het wifi wachtwoord");

    // when
    Harness.Slash refused = harness.slash("onbeantwoord", "1001").option("wissen", true).run();
    Harness.Slash cleared = harness.slash("onbeantwoord", "9").manageServer().option("wissen", true).run();
    Harness.Slash after = harness.slash("onbeantwoord", "9").manageServer().run();

    // then
    assertThat(refused.sent).containsExactly("Je hebt geen toegang tot dit commando.");
    assertThat(cleared.sent).containsExactly("De lijst met onbeantwoorde vragen is gewist (1 vraag).");
    assertThat(after.sent).containsExactly("Er zijn geen onbeantwoorde vragen in de laatste 14 dagen.");
  }

  @Test
  @DisplayName("/herlaad waits for the Discord events and adds what they did to its answer")
  void reloadWithEvents() {
    // given
    CompletableFuture<String> events = new CompletableFuture<>();
    harness.afterReload = events;

    // when
    Harness.Slash slash = harness.slash("herlaad", "9").withRole(Harness.MODERATOR_ROLE).run();
    int before = slash.sent.size();
    events.complete("Discord-evenementen: 0 gemaakt, 0 bijgewerkt, 0 verwijderd.");

    // then
    assertThat(before).as("nothing but 'thinking…' until the events are done").isEqualTo(1);
    assertThat(slash.sent).containsExactly("(deferred, ephemeral)", """
        Het programma is geladen: 8 sessies, 6 sprekers.
        Geen wijzigingen in het programma.
        Discord-evenementen: 0 gemaakt, 0 bijgewerkt, 0 verwijderd.""");
  }
}
