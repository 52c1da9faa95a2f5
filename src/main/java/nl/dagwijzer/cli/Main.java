package nl.dagwijzer.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
 * {@code check-state}.
 */
@Command(name = "dagwijzer", mixinStandardHelpOptions = true, version = "dagwijzer 0.1.0",
    description = "Beantwoordt Nederlandse vragen over een evenementdag uit programme.json.")
public final class Main implements Callable<Integer> {
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
    System.exit(commandLine(System.getenv(), Clock.systemDefaultZone(), System.in).execute(args));
  }

  /** The whole command line, with the environment, clock and standard input passed in so tests can set them. */
  static CommandLine commandLine(Map<String, String> environment, Clock clock, InputStream in) {
    CommandLine commandLine = new CommandLine(new Main(environment, in));
    commandLine.addSubcommand(new CheckCommand());
    commandLine.addSubcommand(new ImportCommand());
    commandLine.addSubcommand(new AskCommand(clock, in));
    commandLine.addSubcommand(new BenchCommand());
    commandLine.addSubcommand(new DiscordCommand(environment));
    commandLine.addSubcommand(new CheckStateCommand(environment, clock));
    commandLine.addSubcommand(new IcsCommand(clock));
    commandLine.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("Fout in de opdracht: " + dutch(e));
      err.println("Gebruik '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' voor de opties.");
      err.flush();
      return 2;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      PrintWriter err = cl.getErr();
      err.println("Onverwachte fout: " + e);
      err.flush();
      return 3;
    });
    return commandLine;
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
