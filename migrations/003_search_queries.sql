-- The words of a search, named by a short id. A results message's page buttons carry the id, not
-- the words: Telegram allows 64 bytes of callback_data, and the words may be longer or in any
-- script. Kept in the store so that the buttons of old messages still work after a restart. The
-- same words asked again reuse their id, so the table grows with distinct searches only.
CREATE TABLE search_queries (
  id INTEGER PRIMARY KEY,
  query TEXT NOT NULL UNIQUE CHECK (query <> ''),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
