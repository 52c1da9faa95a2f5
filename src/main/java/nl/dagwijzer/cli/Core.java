package nl.dagwijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.ConversationMemory;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.nlu.PretrainedModel;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;

/**
 * Builds the core for the command-line entry points: the programme store, the trained understander and the
 * assistant. The Discord entry point wires its own, with its own clock and memory.
 */
public final class Core {
  /** Below this probability the classifier's intent is not trusted and the bot says it does not know. */
  public static final double CONFIDENCE_THRESHOLD = 0.3;

  private Core() {
  }

  /**
   * Understands with the examples in {@code intents} when given (an error when it is not a readable folder of
   * intents); otherwise with {@code ./intents} when it exists, so edits to the repository's examples count without a
   * rebuild, or else with the copy built into the jar. The model built into the jar is used when it was trained on
   * exactly these examples; otherwise the model is trained now.
   */
  public static Understander understander(Path intents) throws IntentExamples.IntentsException {
    Path local = Path.of("intents");
    IntentExamples examples;
    if (intents != null) {
      examples = IntentExamples.read(intents);
    } else if (Files.isDirectory(local)) {
      examples = IntentExamples.read(local);
    } else {
      examples = IntentExamples.bundled();
    }
    return PretrainedModel.understander(examples, CONFIDENCE_THRESHOLD);
  }

  /**
   * {@link #understander} on a thread of its own, so that reading the intents and the model overlaps loading the
   * programme (on two cores a cold {@code ask} answers sooner); {@link #await} waits for it.
   */
  public static Future<Understander> understanderSoon(Path intents) {
    FutureTask<Understander> task = new FutureTask<>(() -> understander(intents));
    Thread thread = new Thread(task, "intents");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The understander {@link #understanderSoon} made, or the reason it could not. */
  public static Understander await(Future<Understander> pending) throws IntentExamples.IntentsException {
    try {
      return pending.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IntentExamples.IntentsException intents) {
        throw intents;
      }
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the intent model", e);
    }
  }

  public static ProgrammeStore store(Path programme) throws ProgrammeRejectedException {
    return ProgrammeStore.open(programme, new ProgrammeLoader());
  }

  public static Assistant assistant(ProgrammeStore store, Understander understander, Clock clock,
                                    Duration forgetAfter) {
    return new Assistant(store, understander, clock, new ConversationMemory(clock, forgetAfter));
  }
}
