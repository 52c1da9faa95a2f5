package nl.dagwijzer.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: start-up time to the first answer, training time, per-question latency (p50/p99) and peak heap.
 * The questions are the intent examples with their slots filled from the loaded programme, so the benchmark works
 * for any programme; {@code --sessions N} measures on a generated day of N sessions instead, to see how the cost of
 * a question grows with the programme. Run it with {@code -Xmx64m} to check the memory target.
 */
@Command(name = "bench", description = "Meet opstarttijd, trainingstijd, antwoordtijd (p50/p99) en piekgeheugen.")
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CoreOptions core;

  @Option(names = "--questions", defaultValue = "10000", description = "Aantal vragen (standaard: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--sessions", paramLabel = "N",
      description = "Meet op een gegenereerd programma met N onderdelen in plaats van --programme.")
  Integer sessions;

  @Option(names = "--warmup", defaultValue = "3000",
      description = "Vragen vooraf, niet gemeten (standaard: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long trainStart = System.nanoTime();
    Understander understander;
    ProgrammeStore store;
    try {
      understander = Core.understander(core.intents);
      store = sessions == null ? Core.store(core.programme) : ProgrammeStore.of(core.programme,
          new nl.dagwijzer.programme.ProgrammeLoader(), SyntheticProgramme.of(sessions));
    } catch (IntentExamples.IntentsException e) {
      return Failure.intents(spec.commandLine().getErr(), e);
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(spec.commandLine().getErr(), e);
    }
    long trainingNanos = System.nanoTime() - trainStart;
    Assistant assistant = Core.assistant(store, understander, Clock.systemDefaultZone(), Duration.ofMinutes(15));
    assistant.ask("bench-first", "wanneer is de lunch?");
    long firstAnswerMillis = ManagementFactory.getRuntimeMXBean().getUptime();

    List<String> questions = questions(store.current());
    // The JIT compiles the hot paths during the first few thousand questions; measure the bot as it runs all day.
    for (int i = 0; i < warmup; i++) {
      assistant.ask("warmup-" + (i % 250), questions.get(i % questions.size()));
    }
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      String question = questions.get(i % questions.size());
      long start = System.nanoTime();
      assistant.ask("bench-" + (i % 250), question);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    out.printf(Locale.ROOT, "programme: %d sessions, %d speakers%n", store.current().sessions().size(),
        store.current().speakers().size());
    out.printf(Locale.ROOT, "start-up to first answer: %d ms (JVM uptime)%n", firstAnswerMillis);
    out.printf(Locale.ROOT, "intents, model and programme: %d ms%n", trainingNanos / 1_000_000);
    out.printf(Locale.ROOT, "questions: %d measured after %d warm-up (%d distinct)%n", count, warmup,
        questions.size());
    out.printf(Locale.ROOT, "latency p50: %.3f ms, p99: %.3f ms, max: %.3f ms%n", percentile(nanos, 50),
        percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
    out.printf(Locale.ROOT, "peak heap: %.1f MiB (max heap %.0f MiB)%n", peakHeap() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
    out.flush();
    return 0;
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** Intent examples with every slot filled by a name from the programme, in a fixed shuffled order. */
  private List<String> questions(Programme programme) {
    List<String> names = new ArrayList<>();
    Random random = new Random(42);
    List<String> speakers = programme.speakers().stream().map(Speaker::name).toList();
    List<String> sessions = programme.sessions().stream().map(Session::title).toList();
    List<String> topics = programme.topics().stream().map(Topic::name).toList();
    List<String> organisations = programme.speakers().stream().map(Speaker::organisation)
        .filter(o -> !o.isBlank()).distinct().toList();
    List<String> rooms = programme.sessions().stream().flatMap(s -> s.room().stream()).distinct().toList();
    List<String> roles = programme.speakers().stream().map(Speaker::role).filter(r -> !r.isBlank()).distinct()
        .toList();
    IntentExamples examples;
    try {
      examples = core.intents != null ? IntentExamples.read(core.intents) : IntentExamples.bundled();
    } catch (IntentExamples.IntentsException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    examples.examples().values().forEach(lines -> lines.forEach(line -> names.add(line
        .replace("{speaker}", pick(speakers, random))
        .replace("{session}", pick(sessions, random))
        .replace("{topic}", pick(topics, random))
        .replace("{organisation}", pick(organisations, random))
        .replace("{room}", pick(rooms, random))
        .replace("{role}", pick(roles, random))
        .replace("{period}", random.nextBoolean() ? "'s ochtends" : "'s middags")
        .replace("{round}", "de tweede ronde")
        .replace("{length}", "45 minuten")
        .replace("{event}", programme.event().title())
        .replace("{time}", "11 uur"))));
    java.util.Collections.shuffle(names, random);
    return names;
  }

  private static String pick(List<String> values, Random random) {
    return values.isEmpty() ? "iets" : values.get(random.nextInt(values.size()));
  }
}
