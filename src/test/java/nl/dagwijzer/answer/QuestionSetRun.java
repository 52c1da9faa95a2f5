package nl.dagwijzer.answer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;

/** Asks every question of a set, in order and with its follow-ups, and judges each reply. */
public final class QuestionSetRun {
  /** Questions without a clock are asked at this time, inside the day, so "now" answers are not empty. */
  static final LocalTime DEFAULT_CLOCK = LocalTime.of(11, 10);
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final String LABEL_PROBLEM = "intent ";
  /** The older sets name intents; what each asks in the structured reading counts as the same answer. */
  private static final java.util.Map<String, String> ASKED_FOR_INTENT = java.util.Map.of("when", "time", "who",
      "people", "about", "content", "workshops", "list", "now", "list", "next", "list");

  record Outcome(QuestionSet.Question question, Reply reply, List<String> problems) {
    boolean passed() {
      return problems.isEmpty();
    }

    /**
     * Whether the reply itself is right: every fact in it and no forbidden text, whatever the question was labelled
     * as asking (the writer's label and the reading can differ on a question the reply still answers).
     */
    boolean replyRight() {
      return problems.stream().allMatch(p -> p.startsWith(LABEL_PROBLEM));
    }

    String describe() {
      return question + "\n    expected " + question.intent() + ", got " + reply.understanding().intent() + " ("
          + String.format(Locale.ROOT, "%.2f", reply.understanding().confidence()) + ") "
          + reply.understanding().entities() + " " + reply.understanding().query() + "\n    "
          + String.join("; ", problems) + "\n    reply: "
          + reply.text().replace("\n", " / ");
    }
  }

  static List<Outcome> run(QuestionSet set, Path programme, Understander understander) {
    ProgrammeStore store = Fixtures.store(programme);
    // A programme with a date is asked about on that day, one without on any day.
    LocalDate day = store.current().event().date().orElse(DAY);
    ManualClock clock = Fixtures.clockAt(day, DEFAULT_CLOCK);
    Assistant assistant = Fixtures.assistant(store, understander, clock);
    List<Outcome> outcomes = new ArrayList<>();
    int conversation = 0;
    for (QuestionSet.Question question : set.questions()) {
      if (!question.followUp()) {
        conversation++;
      }
      clock.set(day.atTime(question.clock().orElse(DEFAULT_CLOCK)).atZone(Fixtures.AMSTERDAM).toInstant());
      Reply reply = assistant.ask(set.name() + "-" + conversation, question.text());
      outcomes.add(new Outcome(question, reply, problems(question, reply)));
    }
    return outcomes;
  }

  public static List<String> problems(QuestionSet.Question question, Reply reply) {
    List<String> problems = new ArrayList<>();
    String intent = reply.understanding().intent().label();
    String asked = reply.understanding().query().asked().label();
    if (!intent.equals(question.intent()) && !asked.equals(question.intent())
        && !asked.equals(ASKED_FOR_INTENT.get(question.intent()))) {
      problems.add(LABEL_PROBLEM + intent + ", asked " + asked);
    }
    String text = reply.text().toLowerCase(Locale.ROOT);
    question.facts().stream().filter(f -> !has(text, f)).forEach(f -> problems.add("missing '" + f + "'"));
    question.forbidden().stream().filter(f -> text.contains(f.toLowerCase(Locale.ROOT)))
        .forEach(f -> problems.add("contains forbidden '" + f + "'"));
    return problems;
  }

  /**
   * Whether the reply states the fact. The question sets' writers were told a reply says something is not in the
   * programme "with the word niet or geen", so either word stands for the other; "ja" and "nee" count as words only.
   */
  static boolean has(String text, String fact) {
    String wanted = fact.toLowerCase(Locale.ROOT);
    if (wanted.equals("niet") || wanted.equals("geen")) {
      return text.contains("niet") || text.contains("geen");
    }
    if (wanted.equals("ja") || wanted.equals("nee")) {
      // a yes or a no is a word of its own: "jaar" in "Nee, ... kinderen t/m 12 jaar" says no yes
      return java.util.regex.Pattern.compile("(?<![\\p{L}])" + wanted + "(?![\\p{L}])").matcher(text).find();
    }
    return text.contains(wanted);
  }

  /** "one-fact 95.0% (19/20), condition ..." for the slices of a set, in file order. */
  static String bySlice(List<Outcome> outcomes) {
    java.util.Map<String, int[]> slices = new java.util.LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      int[] counts = slices.computeIfAbsent(outcome.question().slice(), k -> new int[2]);
      counts[0] += outcome.passed() ? 1 : 0;
      counts[1]++;
    }
    return slices.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f%% (%d/%d)", e.getKey(),
        100.0 * e.getValue()[0] / e.getValue()[1], e.getValue()[0], e.getValue()[1]))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  static double accuracy(List<Outcome> outcomes) {
    return outcomes.stream().filter(Outcome::passed).count() / (double) outcomes.size();
  }

  /** The share of replies that are right whatever the label ({@link Outcome#replyRight}). */
  static double replyAccuracy(List<Outcome> outcomes) {
    return outcomes.stream().filter(Outcome::replyRight).count() / (double) outcomes.size();
  }
}
