package nl.dagwijzer.answer;

import java.time.Clock;
import java.util.List;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.ProgrammeStore;

/**
 * The core: a Dutch question in, a {@link Reply} out, answered from the programme currently in the store. Knows
 * nothing of Discord or consoles. Thread-safe.
 */
public final class Assistant {
  private final ProgrammeStore store;
  private final Understander understander;
  private final Clock clock;
  private final ConversationMemory memory;

  public Assistant(ProgrammeStore store, Understander understander, Clock clock, ConversationMemory memory) {
    this.store = store;
    this.understander = understander;
    this.clock = clock;
    this.memory = memory;
  }

  /** Answers {@code question} in the conversation {@code conversationId}, using and updating its context. */
  public Reply ask(String conversationId, String question) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Answers a request whose intent is already known (a slash command such as /programma or /spreker), as if the
   * question had asked exactly that.
   */
  public Reply show(String conversationId, Intent intent, List<Entity> entities) {
    throw new UnsupportedOperationException("TODO");
  }

  public ProgrammeStore store() {
    return store;
  }
}
