import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { analyzeArticle } from "../nlp/analyze.js";
import { parseArticle } from "../nlp/article-parser.js";
import type { ArticleAnalysis, ArticleHints, ParsedArticle } from "../nlp/types.js";

/**
 * Understanding an article (parsing, finding countries, ties, events, figures) is pure and takes
 * most of the ingest time; storing it must happen in order on the store's one connection. A bulk
 * ingest therefore understands on worker threads, one per spare core, while the main thread
 * stores: on two cores, about twice the articles a second (docs/performance.md).
 */

export type Analysed = { parsed: ParsedArticle; analysis: ArticleAnalysis } | { error: string };

export function analyseRaw(
  text: string,
  hints: ArticleHints,
): { parsed: ParsedArticle; analysis: ArticleAnalysis } {
  const parsed = parseArticle(text, hints);
  if (!parsed.body.trim())
    throw new Error("no article text found after removing the page's boilerplate");
  return { parsed, analysis: analyzeArticle(parsed) };
}

interface Job {
  resolve: (results: Analysed[]) => void;
  reject: (error: Error) => void;
}

export class AnalysisPool {
  private readonly workers: Worker[];
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  private turn = 0;

  /** Default: one worker per core but one (the main thread stores), at least one. */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    // A worker thread does not inherit tsx's loader: it registers it before loading the
    // TypeScript module (when this code runs as compiled JavaScript, it loads the .js directly).
    const typescript = import.meta.url.endsWith(".ts");
    const script = new URL(`./analysis-worker.${typescript ? "ts" : "js"}`, import.meta.url).href;
    const bootstrap = typescript
      ? `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`
      : `import(${JSON.stringify(script)})`;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(bootstrap, { eval: true });
      worker.on("message", ({ id, results }: { id: number; results: Analysed[] }) => {
        this.jobs.get(id)?.resolve(results);
        this.jobs.delete(id);
      });
      worker.on("error", (error) => {
        for (const job of this.jobs.values()) job.reject(error);
        this.jobs.clear();
      });
      return worker;
    });
  }

  /** Understands the articles, split across the workers; results in the articles' order. */
  async analyse(articles: { text: string; hints: ArticleHints }[]): Promise<Analysed[]> {
    const size = Math.ceil(articles.length / this.workers.length);
    const parts = await Promise.all(
      this.workers.map((_, index) => this.send(articles.slice(index * size, (index + 1) * size))),
    );
    return parts.flat();
  }

  private send(articles: { text: string; hints: ArticleHints }[]): Promise<Analysed[]> {
    if (!articles.length) return Promise.resolve([]);
    const id = this.nextJob++;
    const worker = this.workers[this.turn++ % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({ id, articles: articles.map(({ text, hints }) => ({ text, hints })) });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
