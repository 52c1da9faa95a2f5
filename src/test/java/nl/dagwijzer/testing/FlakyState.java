package nl.dagwijzer.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.dagwijzer.store.AnnouncementStore;
import nl.dagwijzer.store.ReminderLog;
import nl.dagwijzer.store.ScheduledAnnouncement;
import nl.dagwijzer.store.PersonalChoices;
import nl.dagwijzer.store.PersonalState;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;

/**
 * The real stores of a {@link StateDatabase}, with a switch that makes every write fail the way a full or read-only
 * disk does (reads still work, as they do on such a disk). Tests here run as root, for whom a read-only folder is
 * still writable; this is how they get a state whose writes fail.
 */
public final class FlakyState {
  private final StateDatabase db;
  private final AtomicBoolean writesFail = new AtomicBoolean();

  public FlakyState(StateDatabase db) {
    this.db = db;
  }

  public void writesFail(boolean fail) {
    writesFail.set(fail);
  }

  private void write() throws StoreException {
    if (writesFail.get()) {
      throw new StoreException("de schijf is vol", new java.io.IOException("No space left on device"));
    }
  }

  public AnnouncementStore announcements() {
    AnnouncementStore real = db.announcements();
    return new AnnouncementStore() {
      @Override
      public ScheduledAnnouncement add(String text, Instant at, ZoneId zone, Optional<String> channel, String author)
          throws StoreException {
        write();
        return real.add(text, at, zone, channel, author);
      }

      @Override
      public List<ScheduledAnnouncement> pending() throws StoreException {
        return real.pending();
      }

      @Override
      public boolean cancel(String id) throws StoreException {
        write();
        return real.cancel(id);
      }

      @Override
      public void finish(String id, Outcome outcome) throws StoreException {
        write();
        real.finish(id, outcome);
      }
    };
  }

  public ReminderLog reminders() {
    ReminderLog real = db.reminders();
    return new ReminderLog() {
      @Override
      public List<Posted> postedOn(LocalDate day) throws StoreException {
        return real.postedOn(day);
      }

      @Override
      public void record(Collection<Key> keys) throws StoreException {
        write();
        real.record(keys);
      }

      @Override
      public void forgetBefore(LocalDate day) throws StoreException {
        write();
        real.forgetBefore(day);
      }
    };
  }

  /** The state of version 2; writes of choices fail with the switch, the other parts are the real ones. */
  public PersonalState personal() {
    PersonalState real = db.personal();
    PersonalChoices choices = real.choices();
    PersonalChoices flaky = new PersonalChoices() {
      @Override
      public List<Choice> of(String userId, LocalDate day) throws StoreException {
        return choices.of(userId, day);
      }

      @Override
      public List<Choice> on(LocalDate day) throws StoreException {
        return choices.on(day);
      }

      @Override
      public List<Choice> ofSessions(LocalDate day, Collection<String> sessionIds) throws StoreException {
        return choices.ofSessions(day, sessionIds);
      }

      @Override
      public void choose(Choice choice, Collection<String> replaced) throws StoreException {
        write();
        choices.choose(choice, replaced);
      }

      @Override
      public boolean forget(String userId, LocalDate day, String sessionId) throws StoreException {
        write();
        return choices.forget(userId, day, sessionId);
      }

      @Override
      public void move(String userId, LocalDate day, String sessionId, LocalTime start, LocalTime end)
          throws StoreException {
        write();
        choices.move(userId, day, sessionId, start, end);
      }

      @Override
      public void forgetBefore(LocalDate day) throws StoreException {
        write();
        choices.forgetBefore(day);
      }
    };
    return new PersonalState(flaky, real.settings(), real.messages(), real.unanswered(), real.events());
  }
}
