import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SiteArticle } from "../support/fake-news-site.js";
import { REPO_ROOT } from "./process.js";

/**
 * Real articles from the evaluation set (test/fixtures/eval, licences in its README), to be
 * published again on a fake news site as if they were today's news.
 */

interface EvalArticle {
  id: string;
  url: string | null;
  publisher: string | null;
  title: string | null;
  text: string;
}

let cache: Map<string, EvalArticle> | null = null;

function evalArticles(): Map<string, EvalArticle> {
  cache ??= new Map(
    readFileSync(join(REPO_ROOT, "test/fixtures/eval/articles.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as EvalArticle)
      .map((article) => [article.id, article]),
  );
  return cache;
}

/** The evaluation article with this id, as a page of the fake site under `slug`. */
export function newsArticle(id: string, slug: string): SiteArticle {
  const article = evalArticles().get(id);
  if (!article) throw new Error(`no evaluation article ${id}`);
  return {
    slug,
    title: article.title ?? article.text.split("\n")[0] ?? slug,
    text: article.text,
    publisher: article.publisher ?? "Berita",
  };
}

/** Jokowi asks China to buy more palm oil (20 September 2019), as told by two outlets. */
export const PALM_OIL_KOMPAS = "click-id:clickid-kompas:2285";
export const PALM_OIL_TEMPO = "click-id:clickid-tempo:1116";

/** Five stories about China with five different partners, from four outlets. */
export const CHINA_STORIES = [
  "click-id:clickid-kompas:1480",
  "click-id:clickid-okezone:4124",
  "click-id:clickid-sindonews:2497",
  "click-id:clickid-tempo:2415",
  "click-id:clickid-kompas:1260",
];
