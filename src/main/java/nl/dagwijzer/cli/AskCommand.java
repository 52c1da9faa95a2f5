package nl.dagwijzer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.Reply;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.IntentExamples;
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
  private final ObjectMapper json = new ObjectMapper();

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

  AskCommand(Clock system, InputStream stdin) {
    this.system = system;
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Assistant assistant;
    try {
      ProgrammeStore store = Core.store(core.programme);
      Clock clock = ClockOption.parse(now, store.current().event().timezone(), system, spec);
      assistant = Core.assistant(store, Core.understander(core.intents), clock, Duration.ofMinutes(15));
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(spec.commandLine().getErr(), e);
    } catch (IntentExamples.IntentsException e) {
      return Failure.intents(spec.commandLine().getErr(), e);
    }
    if (words != null && !words.isEmpty()) {
      print(out, assistant.ask("ask", String.join(" ", words)));
    } else {
      BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      int line = 0;
      for (String question = in.readLine(); question != null; question = in.readLine()) {
        line++;
        print(out, assistant.ask("line-" + line, question));
      }
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, Reply reply) throws IOException {
    if (!asJson) {
      out.println(reply.text());
      return;
    }
    ObjectNode node = json.createObjectNode();
    node.put("question", reply.understanding().question());
    node.put("intent", reply.understanding().intent().label());
    node.put("confidence", Math.round(reply.understanding().confidence() * 1000) / 1000.0);
    ArrayNode entities = node.putArray("entities");
    for (Entity entity : reply.understanding().entities()) {
      entities.addObject().put("type", entity.type().label()).put("id", entity.id()).put("text", entity.text());
    }
    node.put("reply", reply.text());
    out.println(json.writeValueAsString(node));
  }
}
