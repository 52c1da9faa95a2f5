package nl.dagwijzer.personal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.store.PersonalChoices;
import nl.dagwijzer.store.PersonalMessages;
import nl.dagwijzer.store.StoreException;

/**
 * Tells users when a reload moved or removed a session in their programme. Each choice keeps the block the user was
 * last told; a choice whose session now has another block gets one message with the new time (and then keeps that
 * block), a choice whose session is gone one message saying so (and then goes). So this also works across restarts
 * (a file changed while the bot was down), and a second reload tells only what changed again.
 */
final class ChangeNotices {
  /** How long a notice that fails for a passing reason is tried again. */
  static final Duration TRY_FOR = Duration.ofMinutes(30);

  private final PersonalChoices choices;
  private final Delivery delivery;

  ChangeNotices(PersonalChoices choices, Delivery delivery) {
    this.choices = choices;
    this.delivery = delivery;
  }

  /** Sends the notices still due on {@code day}; returns how many choices are still to be told. */
  int check(Programme programme, LocalDate day, Instant now) throws StoreException {
    List<PersonalChoices.Choice> all = choices.on(day);
    int open = 0;
    for (PersonalChoices.Choice choice : all) {
      Optional<Session> session = programme.session(choice.sessionId());
      String before = DutchText.range(choice.start(), choice.end());
      if (session.isEmpty()) {
        open++;
        PersonalMessages.Key key = new PersonalMessages.Key(choice.userId(), day, PersonalMessages.Kind.REMOVED,
            choice.sessionId(), choice.start());
        delivery.send(key, PersonalText.removed(choice.title(), before), now.plus(TRY_FOR),
            () -> choices.forget(choice.userId(), day, choice.sessionId()));
      } else if (!session.get().start().equals(choice.start()) || !session.get().end().equals(choice.end())) {
        open++;
        Session now_ = session.get();
        PersonalMessages.Key key = new PersonalMessages.Key(choice.userId(), day, PersonalMessages.Kind.MOVED,
            choice.sessionId(), now_.start());
        delivery.send(key, PersonalText.moved(now_, before), now.plus(TRY_FOR),
            () -> choices.move(choice.userId(), day, choice.sessionId(), now_.start(), now_.end()));
      }
    }
    return open;
  }
}
