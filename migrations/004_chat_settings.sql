-- The interface language each chat chose with /lang; a chat without a row follows its user's app.
CREATE TABLE chat_settings (
  chat_id INTEGER PRIMARY KEY,
  language TEXT NOT NULL CHECK (language IN ('id', 'en'))
);
