import { parentPort } from "node:worker_threads";
import type { ArticleHints } from "../nlp/types.js";
import { type Analysed, analyseRaw } from "./analysis-pool.js";

/** A worker thread of the AnalysisPool: articles in, what was understood of each out. */
parentPort?.on(
  "message",
  ({ id, articles }: { id: number; articles: { text: string; hints: ArticleHints }[] }) => {
    const results: Analysed[] = articles.map(({ text, hints }) => {
      try {
        return analyseRaw(text, hints);
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    });
    parentPort?.postMessage({ id, results });
  },
);
