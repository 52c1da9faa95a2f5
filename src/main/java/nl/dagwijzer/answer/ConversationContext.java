package nl.dagwijzer.answer;

import java.util.List;
import nl.dagwijzer.nlu.Entity;

/**
 * What a conversation was last about: the entities of the last question that named something, so that a follow-up
 * such as "en hoe lang duurt die?" refers to the same session.
 */
public record ConversationContext(List<Entity> focus) {
  public static final ConversationContext EMPTY = new ConversationContext(List.of());

  public ConversationContext {
    focus = List.copyOf(focus);
  }
}
