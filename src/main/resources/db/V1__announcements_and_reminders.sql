-- Version 1: what the bot must not lose across a restart.
-- Instants are UTC epoch milliseconds (INTEGER), event days ISO dates (TEXT), local times HH:mm (TEXT).
-- Later versions add their own tables in their own file (per user: keyed by user_id; per event day: keyed by
-- day), so nothing in this file has to change for them. Statements end with ';' at the end of a line.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Scheduled announcements. A row is never deleted: its status says what became of it, which is what an
-- operator sees with check-state. AUTOINCREMENT keeps ids unique for the life of the file, so an id an
-- organiser was shown never names another announcement.
CREATE TABLE announcement (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  text       TEXT    NOT NULL,
  due_at     INTEGER NOT NULL,
  zone       TEXT    NOT NULL,
  channel_id TEXT,
  author_id  TEXT    NOT NULL,
  status     TEXT    NOT NULL DEFAULT 'pending'
             CHECK (status IN ('pending', 'posted', 'cancelled', 'dropped', 'failed')),
  created_at INTEGER NOT NULL,
  closed_at  INTEGER
);
CREATE INDEX announcement_by_status ON announcement (status, due_at);

-- Reminders posted in the announcements channel, one row per session and start time: a session that moves
-- gets a new row at its new time; a restart or reload never repeats one.
CREATE TABLE reminder_posted (
  day        TEXT    NOT NULL,
  start      TEXT    NOT NULL,
  session_id TEXT    NOT NULL,
  posted_at  INTEGER NOT NULL,
  PRIMARY KEY (day, start, session_id)
);

-- The JSON state files of earlier versions, imported once (by content), so a crash between the import and
-- the renaming of the file does not import it twice.
CREATE TABLE imported_file (
  name        TEXT    NOT NULL,
  sha256      TEXT    NOT NULL,
  entries     INTEGER NOT NULL,
  imported_at INTEGER NOT NULL,
  PRIMARY KEY (name, sha256)
);
