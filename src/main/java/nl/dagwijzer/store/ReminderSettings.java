package nl.dagwijzer.store;

import java.util.Collection;
import java.util.Set;

/** Each user's own setting for personal reminders; a user who never set it gets them. */
public interface ReminderSettings {
  boolean enabled(String userId) throws StoreException;

  /** Those of {@code userIds} who turned their reminders off. */
  Set<String> disabledAmong(Collection<String> userIds) throws StoreException;

  void set(String userId, boolean enabled) throws StoreException;
}
