package nl.dagwijzer.cli;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;

/**
 * Logs to stderr through logback's own {@link ConsoleAppender} and pattern, made at the first event that passes the
 * level: a CLI run at WARN usually logs nothing, and then never pays for compiling the pattern (~50 classes). Like
 * the console appender it hands events to, it takes no lock of its own around an event (the bot logs from many
 * threads); only making the console appender is done once, under a lock.
 */
final class LazyStderr extends UnsynchronizedAppenderBase<ILoggingEvent> {
  private final String pattern;
  private volatile ConsoleAppender<ILoggingEvent> console;

  LazyStderr(String pattern) {
    this.pattern = pattern;
  }

  @Override
  protected void append(ILoggingEvent event) {
    ConsoleAppender<ILoggingEvent> target = console;
    if (target == null) {
      target = console();
    }
    target.doAppend(event);
  }

  private synchronized ConsoleAppender<ILoggingEvent> console() {
    if (console == null) {
      PatternLayoutEncoder encoder = new PatternLayoutEncoder();
      encoder.setContext(getContext());
      encoder.setPattern(pattern);
      encoder.start();
      ConsoleAppender<ILoggingEvent> made = new ConsoleAppender<>();
      made.setContext(getContext());
      made.setName(getName());
      made.setTarget("System.err");
      made.setEncoder(encoder);
      made.start();
      console = made;
    }
    return console;
  }

  @Override
  public void stop() {
    ConsoleAppender<ILoggingEvent> target = console;
    if (target != null) {
      target.stop();
    }
    super.stop();
  }
}
