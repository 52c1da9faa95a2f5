package nl.dagwijzer.personal;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.Reply;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Understanding;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant with a personal programme: it asks the {@link Assistant}, and when the question puts something in
 * the user's programme ("zet de workshop van Breda in mijn programma", "ik ga naar ..."), asks to be reminded of it
 * ("herinner me aan de lunch") or takes it out ("haal ... uit mijn programma"), it acts on the sessions named for
 * that user and says what it did; a request that names several sessions to choose between asks which one. Questions
 * the assistant does not know the answer to are counted for the organisers. Thread-safe.
 */
public final class PersonalAssistant {
  private static final Logger LOG = LoggerFactory.getLogger(PersonalAssistant.class);

  private final Assistant assistant;
  private final PersonalRequests requests;
  private final Optional<UnansweredQuestions> unanswered;

  public PersonalAssistant(Assistant assistant, PersonalRequests requests, Optional<UnansweredQuestions> unanswered) {
    this.assistant = assistant;
    this.requests = requests;
    this.unanswered = unanswered;
  }

  /** Answers {@code question} of {@code userId} in their conversation {@code conversationId}. */
  public Reply ask(String userId, String conversationId, String question) {
    Reply reply = assistant.ask(conversationId, question);
    Understanding understood = reply.understanding();
    Intent intent = understood.intent();
    if (intent == Intent.CHOOSE || intent == Intent.REMIND || intent == Intent.FORGET) {
      String text = intent == Intent.FORGET ? requests.forget(userId, understood.query())
          : requests.choose(userId, understood.query(), intent == Intent.REMIND);
      return new Reply(text, Optional.empty(), understood);
    }
    if (intent == Intent.UNKNOWN && question.length() <= Assistant.MAX_QUESTION_LENGTH) {
      unanswered.ifPresent(questions -> {
        try {
          questions.record(question);
        } catch (StoreException e) {
          LOG.error("An unanswered question could not be counted: {}", e.getMessage(), e.getCause());
        }
      });
    }
    return reply;
  }

  /** A request whose intent is known (a slash command): the assistant's answer, nothing personal. */
  public Reply show(String conversationId, Intent intent, List<Entity> entities) {
    return assistant.show(conversationId, intent, entities);
  }
}
