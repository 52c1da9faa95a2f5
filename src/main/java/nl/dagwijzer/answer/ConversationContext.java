package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Query;

/**
 * What a conversation was last about: the things the last answer named or turned to, so that a follow-up such as
 * "en hoe lang duurt die?" refers to the same session; the last intent; and the last reading, so that
 * "en die van 's middags?" asks the same with another part of the day.
 */
public record ConversationContext(List<Entity> focus, Optional<Intent> lastIntent, Optional<Query> lastQuery) {
  public static final ConversationContext EMPTY =
      new ConversationContext(List.of(), Optional.empty(), Optional.empty());

  public ConversationContext {
    focus = List.copyOf(focus);
  }

  public ConversationContext(List<Entity> focus, Optional<Intent> lastIntent) {
    this(focus, lastIntent, Optional.empty());
  }
}
