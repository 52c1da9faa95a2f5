package nl.dagwijzer.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The sessions each user put in their own programme, per event day. Every method did all it says (committed and on
 * disk) or throws, having changed nothing.
 */
public interface PersonalChoices {
  /**
   * A session in a user's programme, with the title and block ({@code start}–{@code end}) it had when it was
   * chosen or when the user was last told it moved.
   */
  record Choice(String userId, LocalDate day, String sessionId, String title, LocalTime start, LocalTime end,
                Instant chosenAt) {
    public Choice {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(day);
      Objects.requireNonNull(sessionId);
      Objects.requireNonNull(title);
      Objects.requireNonNull(start);
      Objects.requireNonNull(end);
      Objects.requireNonNull(chosenAt);
    }
  }

  /** The user's choices on {@code day}, by block start, then session id. */
  List<Choice> of(String userId, LocalDate day) throws StoreException;

  /** Everyone's choices on {@code day}. */
  List<Choice> on(LocalDate day) throws StoreException;

  /** Everyone's choices of these sessions on {@code day}. */
  List<Choice> ofSessions(LocalDate day, Collection<String> sessionIds) throws StoreException;

  /**
   * Adds {@code choice} (or renews it) and removes the user's choices of {@code replaced} on that day, in one
   * transaction: a second choice in a block never leaves the user with both or neither.
   */
  void choose(Choice choice, Collection<String> replaced) throws StoreException;

  /** Removes one choice; false when the user had not chosen that session on that day. */
  boolean forget(String userId, LocalDate day, String sessionId) throws StoreException;

  /** The block the user was last told for the chosen session, after a reload moved it. */
  void move(String userId, LocalDate day, String sessionId, LocalTime start, LocalTime end) throws StoreException;

  /** Forgets the choices of days before {@code day}. */
  void forgetBefore(LocalDate day) throws StoreException;
}
