package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.Intent;

/**
 * What a conversation was last about: the entities of the last question that named something, so that a follow-up
 * such as "en hoe lang duurt die?" refers to the same session; and the last thing asked about it, so that
 * "en de lunch?" after "wanneer is de workshop?" asks the same about the lunch.
 */
public record ConversationContext(List<Entity> focus, Optional<Intent> lastIntent) {
  public static final ConversationContext EMPTY = new ConversationContext(List.of(), Optional.empty());

  public ConversationContext {
    focus = List.copyOf(focus);
  }
}
