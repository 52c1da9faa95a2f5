package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The structured reading of a question: what is asked, the conditions that select what it is about, and an order or
 * aggregate (the first, the longest). For a count, {@code counted} says what is counted; {@code plural} is true when
 * the question asks for all that match ("welke presentaties zijn er na de pauze?") rather than the next one.
 */
public record Query(Asked asked, List<Condition> conditions, Optional<Order> order, Optional<Counted> counted,
                    boolean plural) {
  public Query(Asked asked, List<Condition> conditions, Optional<Order> order, Optional<Counted> counted) {
    this(asked, conditions, order, counted, false);
  }

  public Query {
    conditions = List.copyOf(conditions);
    order = order == null ? Optional.empty() : order;
    counted = counted == null ? Optional.empty() : counted;
  }

  public static Query of(Asked asked) {
    return new Query(asked, List.of(), Optional.empty(), Optional.empty());
  }

  public Query withAsked(Asked other) {
    return new Query(other, conditions, order, counted, plural);
  }

  public Query withConditions(List<Condition> other) {
    return new Query(asked, other, order, counted, plural);
  }

  /** The words of the descriptions the question asks about ({@link Detail#text}): "laptop" of "tekst:laptop". */
  public List<String> textWords() {
    List<String> words = null;
    for (Condition condition : conditions) {
      if (condition instanceof Detail detail && detail.text().isPresent()) {
        if (words == null) {
          words = new java.util.ArrayList<>(2);
        }
        words.add(detail.text().get());
      }
    }
    return words == null ? List.of() : java.util.Collections.unmodifiableList(words);
  }

  /** Whether the question has the {@link Detail} {@code word} ("samen", {@link Detail#SAME}). */
  public boolean hasDetail(String word) {
    for (Condition condition : conditions) {
      if (condition instanceof Detail detail && detail.word().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** What follows {@code prefix} in the question's first {@link Detail} that starts with it: "veulens" of "meeste:". */
  public Optional<String> detailAfter(String prefix) {
    for (Condition condition : conditions) {
      if (condition instanceof Detail detail && detail.word().startsWith(prefix)) {
        return Optional.of(detail.word().substring(prefix.length()));
      }
    }
    return Optional.empty();
  }

  // Plain loops: these run many times for every question, and a stream pipeline here cost a cold batch run
  // more JIT-compiler time (C2 inlining the pipeline) than the whole of the work it does.
  public <T extends Condition> List<T> all(Class<T> type) {
    List<T> found = null;
    for (Condition condition : conditions) {
      if (type.isInstance(condition)) {
        if (found == null) {
          found = new java.util.ArrayList<>(2);
        }
        found.add(type.cast(condition));
      }
    }
    return found == null ? List.of() : java.util.Collections.unmodifiableList(found);
  }

  public <T extends Condition> Optional<T> first(Class<T> type) {
    for (Condition condition : conditions) {
      if (type.isInstance(condition)) {
        return Optional.of(type.cast(condition));
      }
    }
    return Optional.empty();
  }

  public boolean has(Class<? extends Condition> type) {
    for (Condition condition : conditions) {
      if (type.isInstance(condition)) {
        return true;
      }
    }
    return false;
  }

  /** First, last, longest, shortest; {@code SAME_LENGTH} compares named things ("even lang als"). */
  public enum Order {
    FIRST, LAST, LONGEST, SHORTEST, SAME_LENGTH,
    /** "wie spreekt het vaakst?", "welke workshop heeft de meeste sprekers?" (and the fewest). */
    MOST, FEWEST;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What "hoeveel" counts. */
  public enum Counted {
    SESSIONS, PEOPLE, ROUNDS, ROOMS, TIMES, ORGANISATIONS;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
