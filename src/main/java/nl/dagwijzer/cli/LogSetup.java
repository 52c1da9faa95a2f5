package nl.dagwijzer.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The log set-up of every entry point, in code: logback's XML configuration costs a few hundred classes and
 * ~0.1–0.2 s on each start, a large share of a short {@code ask}. Found by logback through
 * {@code META-INF/services}. Logs go to stderr, so the output of {@code ask --json} on stdout stays clean. The
 * root level is {@code DAGWIJZER_LOG_LEVEL} (a system property or environment variable), else the entry point's
 * {@code dagwijzer.log} (WARN for the console and the CLI, INFO for Discord), else INFO; OpenNLP logs warnings only.
 * A {@code logback.configurationFile} or a {@code logback-test.xml} on the class path takes over instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    LazyStderr stderr = new LazyStderr(PATTERN);
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(rootLevel()));
    root.addAppender(stderr);
    context.getLogger("opennlp").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** {@code ${DAGWIJZER_LOG_LEVEL:-${dagwijzer.log:-INFO}}}, looked up as logback looks up a variable. */
  static String rootLevel() {
    for (String name : new String[] {"DAGWIJZER_LOG_LEVEL", "dagwijzer.log"}) {
      String value = System.getProperty(name, System.getenv(name));
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "INFO";
  }
}
