package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.FaultRig.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The gateway connection fails mid-session")
final class GatewayFaultsIT {
  private static final int ASKERS = 4;

  @TempDir
  static Path dir;

  private static FaultRig rig;

  @BeforeAll
  static void startBot() throws Exception {
    rig = FaultRig.create("GatewayFaultsIT", dir, ASKERS + 1);
    rig.startBot(Map.of());
    rig.askAndAwait(rig.attendee(ASKERS + 1), "hallo"); // the bot answers: the session is live
  }

  @AfterAll
  static void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @DisplayName("after a TCP drop, the questions asked meanwhile are answered once after the resume")
  void tcpDrop() {
    // given the bot in a live session
    long resumes = rig.discord.resumeCount();

    // when the TCP connection drops without a close frame and attendees ask while the bot is away
    rig.discord.dropConnection();
    List<String> asked = askWhileAway("tcp");

    // then the bot resumes and answers each question exactly once
    assertAnsweredOnceAfterResume(asked, resumes);
  }

  @Test
  @DisplayName("after close code 4000, the questions asked meanwhile are answered once after the resume")
  void closeCode4000() {
    // given the bot in a live session
    long resumes = rig.discord.resumeCount();

    // when the gateway closes the connection with 4000 (unknown error, resumable) and attendees ask meanwhile
    rig.discord.closeConnection(4000);
    List<String> asked = askWhileAway("4000");

    // then the bot resumes and answers each question exactly once
    assertAnsweredOnceAfterResume(asked, resumes);
  }

  private static List<String> askWhileAway(String tag) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= ASKERS; i++) {
      ids.add(rig.discord.sendMessage(rig.attendee(i), rig.vragen, FaultRig.question(i) + " (" + tag + ")"));
    }
    return ids;
  }

  private static void assertAnsweredOnceAfterResume(List<String> asked, long resumesBefore) {
    rig.discord.awaitResumed((int) resumesBefore + 1, WAIT);
    for (String id : asked) {
      PostedMessage reply = rig.discord.awaitReplyTo(id, WAIT);
      assertThat(FaultRig.text(reply)).isNotBlank().doesNotContain("Even rustig aan");
    }
    // a later question is answered after any second reply would have been: the bot handles events in order and
    // posts the replies in one channel one after another
    rig.askAndAwait(rig.attendee(ASKERS + 1), "wanneer is de lunch");
    Map<String, Long> replies = rig.repliesPerMessage();
    assertThat(asked).allSatisfy(id -> assertThat(replies.get(id)).as("replies to %s", id).isEqualTo(1L));
    assertThat(rig.discord.resumeCount()).as("resumed once").isEqualTo(resumesBefore + 1);
    assertThat(rig.discord.identifyCount()).as("never identified again").isEqualTo(1);
  }
}
