-- Articles and what was understood of them. The raw text is kept so that a better analyser can
-- analyse every stored article again without the original files.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  source TEXT,
  title TEXT NOT NULL,
  title_derived INTEGER NOT NULL DEFAULT 0 CHECK (title_derived IN (0, 1)),
  publisher TEXT,
  published_at TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  editors TEXT NOT NULL DEFAULT '[]',
  dateline TEXT,
  body TEXT NOT NULL,
  raw TEXT NOT NULL,
  -- What the source said besides the text (a JSONL line's url, title, date, publisher), as JSON.
  hints TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(hints)),
  analyzer_version INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX articles_published_at ON articles (published_at);

-- Countries an article names as parties, for "partners of X" and the search index.
CREATE TABLE article_countries (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  country TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  in_title INTEGER NOT NULL CHECK (in_title IN (0, 1)),
  PRIMARY KEY (article_id, country)
) WITHOUT ROWID;

CREATE INDEX article_countries_country ON article_countries (country, article_id);

-- A tie: the article is about this pair (country_a < country_b), with its strength and tone.
CREATE TABLE ties (
  country_a TEXT NOT NULL,
  country_b TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  score REAL NOT NULL,
  cooperation INTEGER NOT NULL,
  conflict INTEGER NOT NULL,
  PRIMARY KEY (country_a, country_b, article_id),
  CHECK (country_a < country_b)
) WITHOUT ROWID;

CREATE INDEX ties_article ON ties (article_id);
CREATE INDEX ties_country_b ON ties (country_b, country_a);

-- Facts about a tie, each from one sentence of the article, as JSON (see src/nlp/types.ts).
CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  country_a TEXT NOT NULL,
  country_b TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'figure', 'sector', 'agreement', 'summary')),
  sentence_index INTEGER NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload))
);

CREATE INDEX facts_pair ON facts (country_a, country_b, article_id);
CREATE INDEX facts_article ON facts (article_id);
