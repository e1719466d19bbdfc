-- A summary of the ties, so that /country reads a country's partners (a row per partner) instead
-- of aggregating every tie it has: at 100,000 articles /country took 130–160 ms (p95) for the
-- busiest countries. The summary is what `ties JOIN articles` gives, kept exactly in step by the
-- triggers below, so it is right whatever code writes ties, analyses an article again or moves it
-- to another story. (A tie always has its article: the store runs with foreign keys on.)

-- One row per pair and story: how many of the story's articles tie the pair, and the newest of
-- their publication dates (ISO partial dates, compared as text, as the articles' own). A story
-- counts as recent when its newest article is in the last year, so this row is all it takes.
CREATE TABLE pair_stories (
  country_a TEXT NOT NULL,
  country_b TEXT NOT NULL,
  story_id INTEGER NOT NULL,
  articles INTEGER NOT NULL CHECK (articles > 0),
  latest TEXT,
  PRIMARY KEY (country_a, country_b, story_id)
) WITHOUT ROWID;

-- A pair's recent stories are one range of this index; its newest date is the range's end.
CREATE INDEX pair_stories_latest ON pair_stories (country_a, country_b, latest);

-- One row per pair: its articles, distinct stories, tone and newest date.
CREATE TABLE pair_summary (
  country_a TEXT NOT NULL,
  country_b TEXT NOT NULL,
  articles INTEGER NOT NULL CHECK (articles > 0),
  stories INTEGER NOT NULL CHECK (stories > 0),
  cooperation INTEGER NOT NULL,
  conflict INTEGER NOT NULL,
  latest TEXT,
  PRIMARY KEY (country_a, country_b)
) WITHOUT ROWID;

CREATE INDEX pair_summary_country_b ON pair_summary (country_b, country_a);

INSERT INTO pair_stories (country_a, country_b, story_id, articles, latest)
SELECT t.country_a, t.country_b, coalesce(a.story_id, a.id), count(*), max(a.published_at)
  FROM ties t JOIN articles a ON a.id = t.article_id
 GROUP BY t.country_a, t.country_b, coalesce(a.story_id, a.id);

INSERT INTO pair_summary (country_a, country_b, articles, stories, cooperation, conflict, latest)
SELECT t.country_a, t.country_b, count(*), count(DISTINCT coalesce(a.story_id, a.id)),
       sum(t.cooperation), sum(t.conflict), max(a.published_at)
  FROM ties t JOIN articles a ON a.id = t.article_id
 GROUP BY t.country_a, t.country_b;

-- One tie's article entering (change = 1) or leaving (change = -1) the summary, with its story
-- and date as they were when it counted. Nothing is stored here: inserting a row runs the
-- INSTEAD OF triggers below, which makes them the one place the arithmetic is written, shared by
-- the triggers on ties and on articles.
CREATE VIEW pair_changes (country_a, country_b, story_id, published_at, cooperation, conflict, change)
AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;

CREATE TRIGGER pair_changes_add INSTEAD OF INSERT ON pair_changes WHEN NEW.change = 1
BEGIN
  -- The pair gains a story when this is the first of the story's articles to tie it.
  INSERT INTO pair_summary (country_a, country_b, articles, stories, cooperation, conflict, latest)
  VALUES (NEW.country_a, NEW.country_b, 1, 1, NEW.cooperation, NEW.conflict, NEW.published_at)
  ON CONFLICT (country_a, country_b) DO UPDATE SET
    articles = articles + 1,
    stories = stories + NOT EXISTS (
      SELECT 1 FROM pair_stories s
       WHERE s.country_a = NEW.country_a AND s.country_b = NEW.country_b AND s.story_id = NEW.story_id),
    cooperation = cooperation + excluded.cooperation,
    conflict = conflict + excluded.conflict,
    latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END;
  INSERT INTO pair_stories (country_a, country_b, story_id, articles, latest)
  VALUES (NEW.country_a, NEW.country_b, NEW.story_id, 1, NEW.published_at)
  ON CONFLICT (country_a, country_b, story_id) DO UPDATE SET
    articles = articles + 1,
    latest = CASE WHEN latest IS NULL OR excluded.latest > latest THEN excluded.latest ELSE latest END;
END;

CREATE TRIGGER pair_changes_remove INSTEAD OF INSERT ON pair_changes WHEN NEW.change = -1
BEGIN
  -- The row goes with its last article (deleted first, so that no count is ever 0).
  DELETE FROM pair_stories
   WHERE country_a = NEW.country_a AND country_b = NEW.country_b AND story_id = NEW.story_id
     AND articles = 1;
  UPDATE pair_stories SET articles = articles - 1
   WHERE country_a = NEW.country_a AND country_b = NEW.country_b AND story_id = NEW.story_id;
  -- A maximum cannot be decremented: when the leaving article was the story's newest, the
  -- story's newest is read again from its other articles (a story has a handful; written with
  -- EXISTS so that they are found by story, never by scanning the pair's years of ties).
  UPDATE pair_stories SET latest = (
      SELECT max(a.published_at) FROM articles a
       WHERE (a.story_id = NEW.story_id OR (a.id = NEW.story_id AND a.story_id IS NULL))
         AND EXISTS (
           SELECT 1 FROM ties t
            WHERE t.country_a = NEW.country_a AND t.country_b = NEW.country_b AND t.article_id = a.id))
   WHERE country_a = NEW.country_a AND country_b = NEW.country_b AND story_id = NEW.story_id
     AND latest = NEW.published_at;
  DELETE FROM pair_summary
   WHERE country_a = NEW.country_a AND country_b = NEW.country_b AND articles = 1;
  UPDATE pair_summary SET
    articles = articles - 1,
    stories = stories - NOT EXISTS (
      SELECT 1 FROM pair_stories s
       WHERE s.country_a = NEW.country_a AND s.country_b = NEW.country_b AND s.story_id = NEW.story_id),
    cooperation = cooperation - NEW.cooperation,
    conflict = conflict - NEW.conflict
   WHERE country_a = NEW.country_a AND country_b = NEW.country_b;
  UPDATE pair_summary SET latest = (
      SELECT max(latest) FROM pair_stories s
       WHERE s.country_a = NEW.country_a AND s.country_b = NEW.country_b)
   WHERE country_a = NEW.country_a AND country_b = NEW.country_b AND latest = NEW.published_at;
END;

-- A tie counts with its article's story and date as they are now.
CREATE TRIGGER ties_summary_insert AFTER INSERT ON ties
BEGIN
  INSERT INTO pair_changes
  SELECT NEW.country_a, NEW.country_b, coalesce(a.story_id, a.id), a.published_at,
         NEW.cooperation, NEW.conflict, 1
    FROM articles a WHERE a.id = NEW.article_id;
END;

CREATE TRIGGER ties_summary_delete AFTER DELETE ON ties
BEGIN
  INSERT INTO pair_changes
  SELECT OLD.country_a, OLD.country_b, coalesce(a.story_id, a.id), a.published_at,
         OLD.cooperation, OLD.conflict, -1
    FROM articles a WHERE a.id = OLD.article_id;
END;

CREATE TRIGGER ties_summary_update AFTER UPDATE OF country_a, country_b, article_id, cooperation, conflict ON ties
BEGIN
  INSERT INTO pair_changes
  SELECT OLD.country_a, OLD.country_b, coalesce(a.story_id, a.id), a.published_at,
         OLD.cooperation, OLD.conflict, -1
    FROM articles a WHERE a.id = OLD.article_id;
  INSERT INTO pair_changes
  SELECT NEW.country_a, NEW.country_b, coalesce(a.story_id, a.id), a.published_at,
         NEW.cooperation, NEW.conflict, 1
    FROM articles a WHERE a.id = NEW.article_id;
END;

-- An article joining another story (the story linker), or dated again (a new analysis), moves its
-- ties from the story and date they counted with to the new ones.
CREATE TRIGGER articles_summary_update AFTER UPDATE OF story_id, published_at ON articles
WHEN coalesce(OLD.story_id, OLD.id) IS NOT coalesce(NEW.story_id, NEW.id)
  OR OLD.published_at IS NOT NEW.published_at
BEGIN
  INSERT INTO pair_changes
  SELECT t.country_a, t.country_b, coalesce(OLD.story_id, OLD.id), OLD.published_at,
         t.cooperation, t.conflict, -1
    FROM ties t WHERE t.article_id = NEW.id;
  INSERT INTO pair_changes
  SELECT t.country_a, t.country_b, coalesce(NEW.story_id, NEW.id), NEW.published_at,
         t.cooperation, t.conflict, 1
    FROM ties t WHERE t.article_id = NEW.id;
END;

-- An article's ties leave the summary while the article is still there to say their story and
-- date; the cascade that would delete them afterwards then finds none.
CREATE TRIGGER articles_summary_delete BEFORE DELETE ON articles
BEGIN
  DELETE FROM ties WHERE article_id = OLD.id;
END;
