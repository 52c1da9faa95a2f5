package nl.dagwijzer.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.console.ConsoleChat;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code dagwijzer.jar}. Without a command: the console chat, or the Discord bot when
 * {@code DISCORD_TOKEN} is set. Commands: {@code ask}, {@code check}, {@code import}, {@code bench}, {@code discord},
 * {@code check-state}, {@code ics}.
 */
@Command(name = "dagwijzer", mixinStandardHelpOptions = true, version = "dagwijzer 0.1.0",
    description = "Beantwoordt Nederlandse vragen over een evenementdag uit programme.json.")
public final class Main implements Callable<Integer> {
  /** The commands, in the order help lists them. */
  private static final List<String> COMMANDS = List.of("check", "ask", "import", "bench", "discord", "check-state",
      "ics");

  private final Map<String, String> environment;

  @Spec
  CommandSpec spec;

  @Mixin
  CoreOptions core;

  private final InputStream in;

  Main(Map<String, String> environment, InputStream in) {
    this.environment = environment;
    this.in = in;
  }

  public static void main(String[] args) {
    boolean discord = args.length > 0 && args[0].equals("discord")
        || args.length == 0 && System.getenv("DISCORD_TOKEN") != null;
    // Chat and CLI output shares the terminal with the log: keep the log to warnings there.
    System.setProperty("dagwijzer.log", discord ? "INFO" : "WARN");
    // Every command reads the clock in the event's timezone; the system's own zone would only cost start-up time.
    Clock clock = Clock.systemUTC();
    AskCommand plainAsk = AskShortcut.parse(args, clock, System.in);
    if (plainAsk != null) {
      System.exit(AskShortcut.run(plainAsk, Terminal.out(), Terminal.err()));
    }
    CommandLine commandLine = commandLine(System.getenv(), clock, System.in, args);
    commandLine.setOut(Terminal.out());
    commandLine.setErr(Terminal.err());
    System.exit(commandLine.execute(args));
  }

  /**
   * The command line for {@code args}, with the environment, clock and standard input passed in so tests can set
   * them. When the first argument names a command, only that command is built: building a command costs start-up
   * time (picocli reads its annotations, its classes load), and a short {@code ask} should not pay for the others.
   * Otherwise (help, options before a command, a typo) every command is built, so help and errors list them all.
   */
  static CommandLine commandLine(Map<String, String> environment, Clock clock, InputStream in, String... args) {
    CommandLine commandLine = new CommandLine(new Main(environment, in));
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      commandLine.addSubcommand(command(args[0], environment, clock, in));
    } else {
      COMMANDS.forEach(name -> commandLine.addSubcommand(command(name, environment, clock, in)));
    }
    // Every error says "use <command> --help", so every command must know --help (and -h).
    commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
    commandLine.setParameterExceptionHandler((e, rest) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("Fout in de opdracht: " + dutch(e));
      err.println("Gebruik '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' voor de opties.");
      err.flush();
      return 2;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> Failure.unexpected(cl.getErr(), e));
    return commandLine;
  }

  private static Object command(String name, Map<String, String> environment, Clock clock, InputStream in) {
    return switch (name) {
      case "check" -> new CheckCommand();
      case "ask" -> new AskCommand(clock, in);
      case "bench" -> new BenchCommand();
      case "discord" -> new DiscordCommand(environment);
      case "import" -> new ImportCommand();
      case "check-state" -> new CheckStateCommand(environment, clock);
      case "ics" -> new IcsCommand(clock);
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /** picocli's own messages are English; the ones users meet most are said in Dutch, ours already are. */
  static String dutch(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      return (first.startsWith("-") ? "onbekende optie '" : "onverwacht argument '") + first + "'";
    }
    if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
      CommandLine.Model.ArgSpec arg = missing.getMissing().get(0);
      String name = arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
      return "waarde ontbreekt voor " + name;
    }
    return e.getMessage();
  }

  @Override
  public Integer call() throws Exception {
    if (environment.get("DISCORD_TOKEN") != null) {
      return new DiscordCommand(environment).call();
    }
    ProgrammeStore store;
    Assistant assistant;
    try {
      store = Core.store(core.programme);
      assistant = Core.assistant(store, Core.understander(core.intents), Clock.systemDefaultZone(),
          Duration.ofDays(1));
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(spec.commandLine().getErr(), e);
    } catch (IntentExamples.IntentsException e) {
      return Failure.intents(spec.commandLine().getErr(), e);
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    new ConsoleChat(assistant).run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
        out);
    return 0;
  }
}
