package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.personal.PersonalAssistant;
import nl.dagwijzer.answer.Reply;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.Intent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Attendee questions on their way to the core: the flood limit, the length limit, and errors turned into text. */
public final class Questions {
  public static final int MAX_LENGTH = 500;
  static final String FLOOD = "Even rustig aan: je stelt veel vragen kort na elkaar. Over een halve minuut help ik je"
      + " graag verder.";
  static final String TOO_LONG = "Je vraag is te lang (meer dan " + MAX_LENGTH + " tekens). Kun je hem korter stellen?";
  static final String FAILED = "Sorry, er ging iets mis bij het beantwoorden. Probeer het zo nog eens.";
  private static final Logger LOG = LoggerFactory.getLogger(Questions.class);

  private final PersonalAssistant assistant;
  private final FloodGuard flood;

  public Questions(PersonalAssistant assistant, FloodGuard flood) {
    this.assistant = assistant;
    this.flood = flood;
  }

  /** The answer to {@code question}; empty when the user is over the flood limit and was already warned. */
  public Optional<Outcome> ask(String userId, String conversationId, String question) {
    return guarded(userId, () -> {
      if (question.length() > MAX_LENGTH) {
        return Outcome.refusal(TOO_LONG);
      }
      if (question.isBlank()) {
        return Outcome.answer(assistant.show(conversationId, Intent.HELP, List.of()));
      }
      return Outcome.answer(assistant.ask(userId, conversationId, question));
    });
  }

  /** The answer to a slash command whose intent is known. */
  public Optional<Outcome> show(String userId, String conversationId, Intent intent, List<Entity> entities) {
    return guarded(userId, () -> Outcome.answer(assistant.show(conversationId, intent, entities)));
  }

  private Optional<Outcome> guarded(String userId, java.util.function.Supplier<Outcome> answer) {
    switch (flood.check(userId)) {
      case IGNORE:
        LOG.debug("Ignoring question from {} (flood limit)", userId);
        return Optional.empty();
      case WARN:
        LOG.info("Flood limit reached by user {}", userId);
        return Optional.of(Outcome.refusal(FLOOD));
      default:
        break;
    }
    try {
      return Optional.of(answer.get());
    } catch (RuntimeException e) {
      LOG.error("Answering user {} failed", userId, e);
      return Optional.of(Outcome.refusal(FAILED));
    }
  }

  /** A reply from the core, or a refusal (flood, too long, error) that is always shown to the asker only. */
  public record Outcome(Optional<Reply> reply, String refusal) {
    static Outcome answer(Reply reply) {
      return new Outcome(Optional.of(reply), "");
    }

    static Outcome refusal(String text) {
      return new Outcome(Optional.empty(), text);
    }

    public boolean refused() {
      return reply.isEmpty();
    }

    public List<net.dv8tion.jda.api.utils.messages.MessageCreateData> messages() {
      return reply.map(DiscordText::messages).orElseGet(() -> DiscordText.messages(refusal));
    }
  }
}
