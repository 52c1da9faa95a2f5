-- Version 2: per user, the personal programme and its reminders; per event day, the questions the bot could not
-- answer; per server, the Discord scheduled events the bot made. Keys as in version 1: users by user_id (Discord's
-- id), event days as ISO dates, local times HH:mm, instants UTC epoch milliseconds.

-- Sessions a user put in their programme, with the title and block the session had when it was chosen (or last
-- told): a reload that moves or removes the session is told to the user once, by its title, and the row then takes
-- the new block or goes.
CREATE TABLE personal_choice (
  user_id     TEXT    NOT NULL,
  day         TEXT    NOT NULL,
  session_id  TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  block_start TEXT    NOT NULL,
  block_end   TEXT    NOT NULL,
  chosen_at   INTEGER NOT NULL,
  PRIMARY KEY (user_id, day, session_id)
);
CREATE INDEX personal_choice_by_session ON personal_choice (day, session_id);

-- A user's own setting for personal reminders; without a row they are on.
CREATE TABLE reminder_setting (
  user_id    TEXT    PRIMARY KEY,
  enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  changed_at INTEGER NOT NULL
);

-- Direct messages about a user's programme: a reminder per session and start, a chosen session moved (its new
-- start) or removed. A 'failed' row is a delivery that is not tried again (closed DMs, or too late), which the
-- user is shown in their programme.
CREATE TABLE personal_message (
  user_id    TEXT    NOT NULL,
  day        TEXT    NOT NULL,
  kind       TEXT    NOT NULL CHECK (kind IN ('reminder', 'moved', 'removed')),
  session_id TEXT    NOT NULL,
  start      TEXT    NOT NULL,
  status     TEXT    NOT NULL CHECK (status IN ('sent', 'failed')),
  at         INTEGER NOT NULL,
  reason     TEXT,
  PRIMARY KEY (user_id, day, kind, session_id, start)
);

-- Questions the bot answered with "weet ik niet": the normalised text and how often, never who asked.
CREATE TABLE unanswered_question (
  day        TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  count      INTEGER NOT NULL,
  last_asked INTEGER NOT NULL,
  PRIMARY KEY (day, text)
);

-- Discord scheduled events the bot made: one per server, day and session, so it updates its own and never makes
-- a second one.
CREATE TABLE discord_event (
  guild_id   TEXT    NOT NULL,
  event_id   TEXT    NOT NULL,
  day        TEXT    NOT NULL,
  session_id TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (guild_id, event_id)
);
CREATE UNIQUE INDEX discord_event_by_session ON discord_event (guild_id, day, session_id);
