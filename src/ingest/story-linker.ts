import type { StoryStore } from "../db/story-store.js";
import { fromIsoDate } from "../nlp/dates.js";
import {
  daysApart,
  fingerprintOverlap,
  SAME_STORY_DAYS,
  type StoryMatch,
  storyFingerprint,
  storyToJoin,
} from "../nlp/story.js";
import type { ArticleAnalysis, ParsedArticle } from "../nlp/types.js";

/**
 * Links a new article to the story it retells, if another outlet told it already: same main pair,
 * within a few days, the same core words. The article then cites as one more source of that story.
 */
export class StoryLinker {
  constructor(private readonly stories: StoryStore) {}

  /** Returns the story the article joined, or null when it starts a story of its own. */
  link(id: number, article: ParsedArticle, analysis: ArticleAnalysis): number | null {
    const pair = analysis.ties[0]?.pair;
    const published = article.publishedAt;
    if (!pair || published?.day === undefined) return null;
    const day = Date.UTC(published.year, (published.month ?? 1) - 1, published.day);
    const shift = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
    const candidates = this.stories.candidates(
      pair,
      id,
      shift(-SAME_STORY_DAYS),
      shift(SAME_STORY_DAYS),
    );
    const fingerprint = storyFingerprint(article.title, article.body);
    const matches: StoryMatch[] = [];
    for (const candidate of candidates) {
      const days = daysApart(published, fromIsoDate(candidate.publishedAt));
      if (days === null || days > SAME_STORY_DAYS) continue;
      const overlap = fingerprintOverlap(
        fingerprint,
        storyFingerprint(candidate.title, candidate.body),
      );
      matches.push({ storyId: candidate.storyId, daysApart: days, overlap });
    }
    const storyId = storyToJoin(matches);
    if (storyId === null) return null;
    this.stories.join(id, storyId);
    return storyId;
  }
}
