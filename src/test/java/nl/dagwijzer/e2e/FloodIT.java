package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.FaultRig.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dagwijzer.e2e.local.LocalMember;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("One attendee floods the Q&A channel")
final class FloodIT {
  private static final String CALM_DOWN = "Even rustig aan";

  @TempDir
  Path dir;

  private FaultRig rig;

  @BeforeEach
  void startBot() throws Exception {
    rig = FaultRig.create("FloodIT", dir, 3);
    rig.startBot(Map.of());
  }

  @AfterEach
  void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @DisplayName("5 questions in 30 s are answered, the 6th gets one 'even rustig aan', the rest are ignored; others are"
      + " all answered")
  void floodLimit() {
    // given a flooding attendee and another attendee asking at the same time
    LocalMember flooder = rig.attendee(1);
    LocalMember other = rig.attendee(2);

    // when the flooder sends 9 questions in a second, interleaved with 3 from the other attendee
    List<String> flood = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      flood.add(rig.discord.sendMessage(flooder, rig.vragen, FaultRig.question(i)));
      if (i % 3 == 1) {
        others.add(rig.discord.sendMessage(other, rig.vragen, FaultRig.question(i + 1)));
      }
    }
    // and a third attendee asks last: once that is answered, every earlier question has had its turn
    rig.askAndAwait(rig.attendee(3), "wanneer is de lunch");

    // then the flooder's first 5 questions are answered, the 6th gets the polite warning, the rest nothing
    Map<String, Long> replies = rig.repliesPerMessage();
    for (String id : flood.subList(0, 5)) {
      assertThat(replies.get(id)).as("replies to an early question").isEqualTo(1L);
      assertThat(FaultRig.text(reply(id))).isNotBlank().doesNotContain(CALM_DOWN);
    }
    assertThat(replies.get(flood.get(5))).as("replies to the 6th question").isEqualTo(1L);
    assertThat(reply(flood.get(5)).content()).startsWith(CALM_DOWN);
    assertThat(flood.subList(6, flood.size())).allSatisfy(id -> assertThat(replies).doesNotContainKey(id));
    assertThat(rig.discord.posted()).filteredOn(m -> m.content().startsWith(CALM_DOWN)).hasSize(1);
    // and the other attendee is answered every time
    assertThat(others).allSatisfy(id -> {
      assertThat(replies.get(id)).isEqualTo(1L);
      assertThat(FaultRig.text(reply(id))).doesNotContain(CALM_DOWN);
    });
  }

  private PostedMessage reply(String id) {
    return rig.discord.awaitReplyTo(id, WAIT);
  }
}
