package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.FaultRig.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.dagwijzer.e2e.local.InteractionResponse;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.PostedMessage;
import nl.dagwijzer.e2e.local.RestCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Discord answers the bot's reply with 429 Too Many Requests")
final class RateLimitIT {
  @TempDir
  static Path dir;

  private static FaultRig rig;

  @BeforeAll
  static void startBot() throws Exception {
    rig = FaultRig.create("RateLimitIT", dir, 3);
    rig.startBot(Map.of());
  }

  @AfterAll
  static void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @DisplayName("a reply in a channel that gets 429 with Retry-After 1 still arrives, exactly once")
  void channelReply() {
    // given the next message the bot posts in vragen is refused with 429, Retry-After 1
    String messages = "channels/" + rig.vragen.id() + "/messages";
    rig.discord.failNextRestCallWith429(1, call -> call.method().equals("POST") && call.path().equals(messages));

    // when an attendee asks a question there
    String question = rig.discord.sendMessage(rig.attendee(1), rig.vragen, "wanneer is de lunch");

    // then the reply arrives after the retry, and only once
    PostedMessage reply = rig.discord.awaitReplyTo(question, WAIT);
    assertThat(reply.content()).contains("12:30");
    rig.discord.awaitRestCall(call -> call.path().equals(messages) && call.status() == 200, WAIT);
    assertThat(rig.discord.restCalls()).filteredOn(call -> call.path().equals(messages))
        .extracting(RestCall::status).startsWith(429, 200);
    rig.askAndAwait(rig.attendee(2), "wie spreekt over breda"); // barrier: later than any second reply
    assertThat(rig.repliesPerMessage()).containsEntry(question, 1L);
  }

  @Test
  @DisplayName("a slash command answer that gets 429 with Retry-After 1 still arrives, exactly once")
  void interactionReply() {
    // given the next interaction callback is refused with 429, Retry-After 1
    rig.discord.failNextRestCallWith429(1, call -> call.path().startsWith("interactions/"));

    // when an attendee asks through /vraag
    LocalInteraction ask = rig.discord.sendSlashCommand(rig.attendee(3), rig.vragen, "vraag",
        Map.of("vraag", "wanneer is de lunch"));

    // then the answer arrives after the retry, and only once
    InteractionResponse response = rig.discord.awaitInteractionResponse(ask.id(), WAIT);
    assertThat(response.type()).isEqualTo(4);
    PostedMessage answer = rig.discord.awaitPosted(m -> ask.id().equals(m.interactionId()), WAIT);
    assertThat(answer.content()).contains("12:30");
    assertThat(rig.discord.restCalls()).filteredOn(call -> call.path().startsWith("interactions/" + ask.id()))
        .extracting(RestCall::status).startsWith(429);
    rig.askAndAwait(rig.attendee(2), "wat is er na de lunch"); // barrier
    assertThat(rig.discord.interactionResponses()).filteredOn(r -> r.interactionId().equals(ask.id())).hasSize(1);
    assertThat(rig.discord.posted()).filteredOn(m -> ask.id().equals(m.interactionId())).hasSize(1);
  }
}
