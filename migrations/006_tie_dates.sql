-- The publication day of each tie's article, on the tie itself: a pair's newest ties (for
-- /relations) and its ties within a few days (to link a retold story) are then one range of one
-- index, however many years of news the pair has. Measured in docs/performance.md.
ALTER TABLE ties ADD COLUMN published_at TEXT;

UPDATE ties SET published_at = (SELECT published_at FROM articles WHERE articles.id = ties.article_id);

CREATE INDEX ties_pair_published ON ties (country_a, country_b, published_at);
