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
    try {
      Future<Understander> understander = Core.understanderSoon(core.intents);
      ProgrammeStore store = Core.store(core.programme);
      Clock clock = ClockOption.parse(now, store.current().event().timezone(), system, spec);
      assistant = Core.assistant(store, Core.await(understander), clock, Duration.ofMinutes(15));
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(err, e);
    } catch (IntentExamples.IntentsException e) {
      return Failure.intents(err, e);
    }
    if (words != null && !words.isEmpty()) {
      json = asJson ? new JsonLines(out) : null;
      String question = String.join(" ", words);
      answer(out, assistant, "ask", new QuestionLines.Line(question.substring(0, Math.min(question.length(),
          MAX_LENGTH)), question.length() > MAX_LENGTH));
    } else {
      // Answers are flushed when no more input is waiting: at once for a person typing, in large writes for a file.
      PrintWriter batched = new PrintWriter(out, false);
      json = asJson ? new JsonLines(batched) : null;
      QuestionLines lines = new QuestionLines(new InputStreamReader(stdin, StandardCharsets.UTF_8), MAX_LENGTH);
      int number = 0;
      for (QuestionLines.Line line = lines.next(); line != null; line = lines.next()) {
        number++;
        answer(batched, assistant, "line-" + number, line);
        if (!lines.ready()) {
          batched.flush();
        }
      }
      batched.flush();
    }
    out.flush();
    return 0;
  }

  private void answer(PrintWriter out, Assistant assistant, String conversation, QuestionLines.Line line)
      throws IOException {
    if (line.tooLong()) {
      print(out, new Understanding(line.text() + "…", Intent.UNKNOWN, 0, List.of(),
          nl.dagwijzer.nlu.Query.of(nl.dagwijzer.nlu.Asked.UNKNOWN)), TOO_LONG);
    } else {
      var reply = assistant.ask(conversation, line.text());
      print(out, reply.understanding(), reply.text());
    }
  }

  private void print(PrintWriter out, Understanding understanding, String reply) throws IOException {
    if (json == null) {
      out.println(reply);
    } else {
      json.print(understanding, reply);
    }
  }
}
