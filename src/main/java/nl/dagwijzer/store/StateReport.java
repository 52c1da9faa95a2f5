package nl.dagwijzer.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the state holds, for an operator ({@code check-state}): the scheduled announcements with the time zone they
 * were scheduled in, the reminders posted on one day, and how many announcements ended in each way.
 */
public record StateReport(Path file, int schema, List<Scheduled> scheduled, LocalDate day,
                          List<ReminderLog.Posted> reminders, Map<String, Integer> finished) {
  public StateReport {
    scheduled = List.copyOf(scheduled);
    reminders = List.copyOf(reminders);
    finished = Map.copyOf(finished);
  }

  /** A scheduled announcement as stored. */
  public record Scheduled(String id, String text, Instant at, ZoneId zone, Optional<String> channel) {
  }

  /** Reads the report from {@code db}, for the reminders of {@code day}. */
  public static StateReport read(StateDatabase db, LocalDate day) throws StoreException {
    List<ReminderLog.Posted> reminders = db.reminders().postedOn(day);
    return db.read("de staat lezen", c -> {
      List<Scheduled> scheduled = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text, due_at, zone,"
          + " channel_id FROM announcement WHERE status = 'pending' ORDER BY due_at, id")) {
        while (r.next()) {
          scheduled.add(new Scheduled(Long.toString(r.getLong(1)), r.getString(2),
              Instant.ofEpochMilli(r.getLong(3)), ZoneId.of(r.getString(4)), Optional.ofNullable(r.getString(5))));
        }
      }
      Map<String, Integer> finished = new LinkedHashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT status, count(*) FROM announcement"
          + " WHERE status <> 'pending' GROUP BY status ORDER BY status");
           ResultSet r = p.executeQuery()) {
        while (r.next()) {
          finished.put(r.getString(1), r.getInt(2));
        }
      }
      return new StateReport(db.file(), Migrations.version(c), scheduled, day, reminders, finished);
    });
  }
}
