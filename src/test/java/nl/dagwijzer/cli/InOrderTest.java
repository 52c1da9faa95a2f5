package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Texts worked out side by side, written in order")
final class InOrderTest {
  private final StringWriter out = new StringWriter();

  @Test
  @DisplayName("a text finished early waits for the ones given before it")
  void writesInOrder() throws Exception {
    // given a first text that is held back until the second is done
    CountDownLatch secondDone = new CountDownLatch(1);
    try (InOrder texts = new InOrder(2, out)) {
      // when
      texts.submit(() -> {
        assertThat(secondDone.await(10, TimeUnit.SECONDS)).isTrue();
        return "eerste\n";
      });
      texts.submit(() -> {
        secondDone.countDown();
        return "tweede\n";
      });
      texts.drain();
    }
    // then
    assertThat(out.toString()).isEqualTo("eerste\ntweede\n");
  }

  @Test
  @DisplayName("never more than its window of texts waits to be written")
  void boundedWindow() throws IOException {
    // given texts that count how many were started
    AtomicInteger started = new AtomicInteger();
    try (InOrder texts = new InOrder(1, out)) {
      // when more than the window are given
      for (int i = 0; i < InOrder.WINDOW + 10; i++) {
        int number = i;
        texts.submit(() -> {
          started.incrementAndGet();
          return number + ",";
        });
      }
      // then the oldest are already written, in order
      assertThat(out.toString()).startsWith("0,1,2,3,4,5,6,7,8,9,");
      texts.drain();
    }
    assertThat(out.toString()).endsWith((InOrder.WINDOW + 9) + ",");
    assertThat(started).hasValue(InOrder.WINDOW + 10);
  }

  @Test
  @DisplayName("a failure while working out a text reaches the caller as it was")
  void failureSurfaces() throws IOException {
    try (InOrder texts = new InOrder(2, out)) {
      // given a text that fails
      texts.submit(() -> {
        throw new IllegalStateException("kapot");
      });
      // when / then
      assertThatThrownBy(texts::drain).isInstanceOf(IllegalStateException.class).hasMessage("kapot");
    }
  }
}
