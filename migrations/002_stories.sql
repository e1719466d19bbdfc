-- The same story told by several outlets is one story with several sources. Each article points
-- at the first article of its story (itself when it is the first).
ALTER TABLE articles ADD COLUMN story_id INTEGER;

UPDATE articles SET story_id = id;

CREATE INDEX articles_story ON articles (story_id);
