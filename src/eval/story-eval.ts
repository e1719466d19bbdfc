import { pino } from "pino";
import { openApp } from "../main.js";
import type { EvalArticle, EvalLabel } from "./understanding-eval.js";

/**
 * Scores story grouping: every two labelled articles either tell the same story or not; the
 * pipeline, ingesting the whole set into a fresh in-memory store, groups them or not.
 * Precision: of the pairs it grouped, how many are one story; recall: of the pairs that are one
 * story, how many it grouped.
 */
export interface StoryReport {
  sameStoryPairs: number;
  groupedPairs: number;
  correctlyGrouped: number;
}

export function evaluateStories(articles: EvalArticle[], labels: EvalLabel[]): StoryReport {
  const app = openApp(
    { databasePath: ":memory:", seedsDir: "/nonexistent" },
    pino({ level: "silent" }),
  );
  try {
    const stored = new Map<string, number>();
    for (const article of articles) {
      const hints = {
        url: article.url,
        title: article.title,
        publisher: article.publisher,
        date: article.date,
      };
      stored.set(article.id, app.ingest.ingestOne(article.text, hints, article.id).id);
    }
    const storyOf = new Map(
      (
        app.db.prepare("SELECT id, coalesce(story_id, id) AS story FROM articles").all() as {
          id: number;
          story: number;
        }[]
      ).map((row) => [row.id, row.story]),
    );
    const goldStory = new Map(labels.map((label) => [label.id, label.story]));
    const ids = articles.map((article) => article.id);
    const report: StoryReport = { sameStoryPairs: 0, groupedPairs: 0, correctlyGrouped: 0 };
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        const gold = goldStory.get(a) != null && goldStory.get(a) === goldStory.get(b);
        const grouped = storyOf.get(stored.get(a)!) === storyOf.get(stored.get(b)!);
        if (gold) report.sameStoryPairs++;
        if (grouped) report.groupedPairs++;
        if (gold && grouped) report.correctlyGrouped++;
      }
    }
    return report;
  } finally {
    app.close();
  }
}
