package nl.dagwijzer.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import nl.dagwijzer.answer.Assistant;

/**
 * The interactive chat in a terminal: one conversation, so follow-up questions keep their context, until
 * {@code /stop} or the end of input.
 */
public final class ConsoleChat {
  private static final String CONVERSATION = "console";
  private static final String STOP = "/stop";

  private final Assistant assistant;

  public ConsoleChat(Assistant assistant) {
    this.assistant = assistant;
  }

  public void run(BufferedReader in, PrintWriter out) throws IOException {
    var event = assistant.store().current().event();
    out.println("Dagwijzer: vragen over " + (event.series().isEmpty() ? "" : event.series() + ": ") + event.title()
        + ". Stel je vraag, of typ /stop om te stoppen.");
    while (true) {
      out.print("> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equalsIgnoreCase(STOP)) {
        out.println("Tot ziens!");
        out.flush();
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      out.println(assistant.ask(CONVERSATION, line).text());
    }
  }
}
