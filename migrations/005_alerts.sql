-- Feeds polled for new articles: from FEEDS ('config') or added by an admin with /feeds add.
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL CHECK (origin IN ('config', 'admin')),
  added_by INTEGER,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Conditional-request validators from the last answer, sent back so an unchanged feed costs a 304.
  etag TEXT,
  last_modified TEXT,
  -- When to poll next (epoch ms): now + FEED_INTERVAL after success, a growing backoff after failure.
  next_poll_at INTEGER NOT NULL DEFAULT 0,
  last_ok_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  -- Set when the admins were told the feed keeps failing; cleared when it works again.
  failure_reported INTEGER NOT NULL DEFAULT 0 CHECK (failure_reported IN (0, 1))
);

-- Items already handled, so a page is fetched once whatever the feed repeats.
CREATE TABLE feed_items (
  feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
  seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;

-- What a chat follows: a country ('MY'), a pair ('MY-RU', codes sorted) or a keyword (lower case).
CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'pair', 'keyword')),
  key TEXT NOT NULL,
  -- Cleared when Telegram says the chat is gone (403): kept, so nothing is lost if it comes back.
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (chat_id, kind, key)
);

CREATE INDEX subscriptions_target ON subscriptions (kind, key) WHERE active = 1;

-- Chats that asked for one message a day (/digest daily) and when their next one is due (epoch ms).
CREATE TABLE digests (
  chat_id INTEGER PRIMARY KEY,
  next_at INTEGER NOT NULL
);

-- Alerts to send, written in the transaction that stores the article. One row per chat and story:
-- the UNIQUE constraint is what makes a story told by several outlets one alert, never two.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  story_id INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,
  sent_at TEXT,
  message_id INTEGER,
  last_error TEXT,
  -- Set when another outlet told the story after the alert went out: the sent message is edited
  -- to list the new source, rather than a second alert sent.
  refresh INTEGER NOT NULL DEFAULT 0 CHECK (refresh IN (0, 1)),
  UNIQUE (chat_id, story_id)
);

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_story ON outbox (story_id);
CREATE INDEX outbox_refresh ON outbox (id) WHERE refresh = 1;

-- Which process polls the feeds and which sends the alerts: one of each per store at a time, so
-- that two bot processes started on one store never send an alert twice. The holder renews its
-- lease while it runs and gives it up when it stops; a crashed holder's lease runs out.
CREATE TABLE worker_leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
