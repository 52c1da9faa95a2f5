package nl.dagwijzer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.nlu.Understanding;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ask}: answers one question, or every line of standard input, each line its own conversation. With
 * {@code --json} it prints how each question was understood, for scripts and for checking the intents.
 */
@Command(name = "ask", description = "Beantwoord een vraag, of elke regel van standaardinvoer.")
final class AskCommand implements Callable<Integer> {
  /** The same limit as on Discord: a question is read no further, and answered with {@link #TOO_LONG}. */
  static final int MAX_LENGTH = nl.dagwijzer.answer.Assistant.MAX_QUESTION_LENGTH;
  static final String TOO_LONG = nl.dagwijzer.answer.Assistant.TOO_LONG;

  @Spec
  CommandSpec spec;

  @Mixin
  CoreOptions core;

  @Option(names = "--now", paramLabel = "HH:mm|YYYY-MM-DDTHH:mm",
      description = "Doe alsof het nu dit tijdstip is (voor 'wat is er nu?').")
  String now;

  @Option(names = "--json", description = "Eén JSON-object per vraag: question, intent, confidence, entities, reply.")
  boolean asJson;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "De vraag; zonder vraag: elke regel van stdin.")
  List<String> words;

  private final Clock system;
  private final InputStream stdin;
  private JsonLines json;

  AskCommand(Clock system, InputStream stdin) {
    this.system = system;
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Answers with the options set on this command (by picocli or {@link AskShortcut}); the exit code. */
  int run(PrintWriter out, PrintWriter err) throws IOException {
    Assistant assistant;
    Clock clock;
    try {
      Future<Understander> understander = Core.understanderSoon(core.intents);
      ProgrammeStore store = Core.store(core.programme);
      clock = ClockOption.parse(now, store.current().event().timezone(), system, spec);
      assistant = Core.assistant(store, Core.await(understander), clock, Duration.ofMinutes(15));
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(err, e);
    } catch (IntentExamples.IntentsException e) {
      return Failure.intents(err, e);
    }
    if (words != null && !words.isEmpty()) {
      json = asJson ? new JsonLines() : null;
      String question = String.join(" ", words);
      out.write(answer(assistant, "ask", new QuestionLines.Line(question.substring(0, Math.min(question.length(),
          MAX_LENGTH)), question.length() > MAX_LENGTH)));
    } else {
      // Answers are written when no more input is waiting: at once for a person typing, in large writes for a file.
      PrintWriter batched = new PrintWriter(out, false);
      json = asJson ? new JsonLines() : null;
      QuestionLines lines = new QuestionLines(new InputStreamReader(stdin, StandardCharsets.UTF_8), MAX_LENGTH);
      RepeatedLines repeated = new RepeatedLines(clock);
      try (InOrder answers = new InOrder(InOrder.threads(), batched)) {
        int number = 0;
        for (QuestionLines.Line line = lines.next(); line != null; line = lines.next()) {
          String conversation = "line-" + ++number;
          QuestionLines.Line question = line;
          answers.submit(() -> repeated.output(question, () -> answer(assistant, conversation, question)));
          if (!lines.ready()) {
            answers.drain();
            batched.flush();
          }
        }
        answers.drain();
      }
      batched.flush();
    }
    out.flush();
    return 0;
  }

  /** The output for one line: the reply, or its JSON object, with the line end. Thread-safe. */
  private String answer(Assistant assistant, String conversation, QuestionLines.Line line) {
    if (line.tooLong()) {
      return output(new Understanding(line.text() + "…", Intent.UNKNOWN, 0, List.of(),
          nl.dagwijzer.nlu.Query.of(nl.dagwijzer.nlu.Asked.UNKNOWN)), TOO_LONG);
    }
    var reply = assistant.ask(conversation, line.text());
    return output(reply.understanding(), reply.text());
  }

  private String output(Understanding understanding, String reply) {
    return (json == null ? reply : json.line(understanding, reply)) + System.lineSeparator();
  }
}
