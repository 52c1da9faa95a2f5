-- Test only: how a later version adds a table without touching the earlier ones.
CREATE TABLE user_choice (
  user_id    TEXT    NOT NULL,
  day        TEXT    NOT NULL,
  session_id TEXT    NOT NULL,
  chosen_at  INTEGER NOT NULL,
  PRIMARY KEY (user_id, day, session_id)
);
CREATE INDEX user_choice_by_session ON user_choice (day, session_id);
