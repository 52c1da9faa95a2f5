package nl.dagwijzer.cli;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Logs to stderr through logback's own {@link ConsoleAppender} and pattern, made at the first event that passes the
 * level: a CLI run at WARN usually logs nothing, and then never pays for compiling the pattern (~50 classes).
 */
final class LazyStderr extends AppenderBase<ILoggingEvent> {
  private final String pattern;
  /** Made on first use; {@link AppenderBase#doAppend} holds this appender's lock around {@link #append}. */
  private ConsoleAppender<ILoggingEvent> console;

  LazyStderr(String pattern) {
    this.pattern = pattern;
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (console == null) {
      PatternLayoutEncoder encoder = new PatternLayoutEncoder();
      encoder.setContext(getContext());
      encoder.setPattern(pattern);
      encoder.start();
      console = new ConsoleAppender<>();
      console.setContext(getContext());
      console.setName(getName());
      console.setTarget("System.err");
      console.setEncoder(encoder);
      console.start();
    }
    console.doAppend(event);
  }

  @Override
  public synchronized void stop() {
    if (console != null) {
      console.stop();
    }
    super.stop();
  }
}
