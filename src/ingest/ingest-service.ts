import { createHash } from "node:crypto";
import type { AlertPlanner } from "../alerts/alert-planner.js";
import type { ArticleStore } from "../db/article-store.js";
import { canonicalUrl } from "../fetch/canonical-url.js";
import { ANALYZER_VERSION, analyzeArticle } from "../nlp/analyze.js";
import { parseArticle } from "../nlp/article-parser.js";
import { countryName } from "../nlp/countries.js";
import { toIsoDate } from "../nlp/dates.js";
import type { ArticleAnalysis, ArticleHints, ParsedArticle } from "../nlp/types.js";
import {
  type ArticleIndex,
  INDEXED_BODY_CHARS,
  type IndexedArticle,
} from "../search/article-index.js";
import { type Analysed, type AnalysisPool, analyseRaw } from "./analysis-pool.js";
import { type RawArticle, readSources, type SourceProblem } from "./read-sources.js";
import type { StoryLinker } from "./story-linker.js";

/**
 * The ingest story: read the sources, parse each page, understand it, store it once, index it.
 * One bad article is reported and skipped; it never stops the batch.
 */

const BATCH_SIZE = 250;

function batchesOf(articles: RawArticle[]): RawArticle[][] {
  const batches: RawArticle[][] = [];
  for (let start = 0; start < articles.length; start += BATCH_SIZE)
    batches.push(articles.slice(start, start + BATCH_SIZE));
  return batches;
}

function emptyReport(read: number): IngestReport {
  return { read, stored: 0, duplicates: 0, problems: [], storedIds: [], alerts: 0 };
}

/**
 * An article's URL in the one spelling every route uses (a JSONL line's share link, a feed's
 * tracking link, a page's canonical link), so that it is stored once whichever way it came.
 */
function sameArticleUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return url;
  try {
    return canonicalUrl(url);
  } catch {
    return url;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface IngestReport {
  read: number;
  stored: number;
  duplicates: number;
  problems: SourceProblem[];
  storedIds: number[];
  /** Alerts queued for subscribers. */
  alerts: number;
}

/** Same words in the same order is the same article, whatever the spacing or case. */
function contentHash(article: ParsedArticle): string {
  const normalised = `${article.title}\n${article.body}`.toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex");
}

export function toIndexed(
  id: number,
  title: string,
  body: string,
  countries: string[],
): IndexedArticle {
  const names = countries.flatMap((code) => [
    code,
    countryName(code, "id"),
    countryName(code, "en"),
  ]);
  return { id, title, body, countries: [...new Set(names)].join(" ") };
}

export class IngestService {
  constructor(
    private readonly store: ArticleStore,
    private readonly index: ArticleIndex,
    private readonly stories: StoryLinker,
    private readonly alerts?: AlertPlanner,
  ) {}

  ingestPaths(paths: string[]): IngestReport {
    const { articles, problems } = readSources(paths);
    const report = this.ingestArticles(articles);
    report.problems.unshift(...problems);
    return report;
  }

  ingestArticles(articles: RawArticle[]): IngestReport {
    const report = emptyReport(articles.length);
    for (const batch of batchesOf(articles))
      this.storeBatch(batch, report, (raw) => analyseRaw(raw.text, raw.hints), true);
    return report;
  }

  /**
   * A few hundred articles a commit: each still stores all or nothing (a savepoint), but the
   * store syncs to disk once a batch rather than once an article. One bad article is reported.
   */
  private storeBatch(
    batch: RawArticle[],
    report: IngestReport,
    analysed: (raw: RawArticle, at: number) => Analysed | undefined,
    searchable: boolean,
  ): void {
    this.store.transaction(() => {
      batch.forEach((raw, at) => {
        try {
          const result = analysed(raw, at);
          if (!result || "error" in result) throw new Error(result?.error ?? "not analysed");
          this.count(report, this.storeAnalysed(raw, result, searchable));
        } catch (error) {
          report.problems.push({ source: raw.source, message: messageOf(error) });
        }
      });
    });
  }

  ingestOne(
    text: string,
    hints: ArticleHints,
    source: string | null,
  ): { id: number; inserted: boolean; alerts: number } {
    return this.storeAnalysed({ text, hints, source }, analyseRaw(text, hints));
  }

  /**
   * Many articles, understood on other cores (an AnalysisPool) while this thread stores what is
   * understood already: the same steps as ingestArticles, in the same order. `index: false` is
   * for a process that will not search (the CLI): the search index is derived from the store, and
   * the bot that serves searches builds its own at start.
   */
  async ingestInParallel(
    articles: RawArticle[],
    pool: AnalysisPool,
    { index: searchable = true }: { index?: boolean } = {},
  ): Promise<IngestReport> {
    const report = emptyReport(articles.length);
    const batches = batchesOf(articles);
    let next = batches[0] ? pool.analyse(batches[0]) : null;
    for (const [position, batch] of batches.entries()) {
      const analysed = await (next as Promise<Analysed[]>);
      const following = batches[position + 1];
      next = following ? pool.analyse(following) : null;
      this.storeBatch(batch, report, (_raw, at) => analysed[at], searchable);
    }
    return report;
  }

  private count(report: IngestReport, result: { id: number; inserted: boolean; alerts: number }) {
    report.alerts += result.alerts;
    if (result.inserted) {
      report.stored++;
      report.storedIds.push(result.id);
    } else report.duplicates++;
  }

  private storeAnalysed(
    { text, hints, source }: { text: string; hints: ArticleHints; source: string | null },
    { parsed, analysis }: { parsed: ParsedArticle; analysis: ArticleAnalysis },
    index = true,
  ): { id: number; inserted: boolean; alerts: number } {
    // The article, its story and its alerts are stored together or not at all: a crash between
    // them can neither lose an alert nor leave one for an article that is not there.
    const url = sameArticleUrl(parsed.url);
    const result = this.store.transaction(() => {
      const stored = this.store.insert({
        contentHash: contentHash(parsed),
        source,
        raw: text,
        hints,
        parsed: { ...parsed, url },
        publishedAt: parsed.publishedAt ? toIsoDate(parsed.publishedAt) : null,
        analysis,
        analyzerVersion: ANALYZER_VERSION,
      });
      if (!stored.inserted) return { ...stored, alerts: 0 };
      const storyId = this.stories.link(stored.id, parsed, analysis) ?? stored.id;
      const alerts =
        this.alerts?.plan({ articleId: stored.id, storyId, article: parsed, analysis }) ?? 0;
      return { ...stored, alerts };
    });
    if (result.inserted && index) {
      this.index.add(
        toIndexed(
          result.id,
          parsed.title,
          parsed.body,
          analysis.countries.map((c) => c.code),
        ),
      );
    }
    return result;
  }

  /** Analyses again up to `limit` articles an older analyser understood. Returns how many. */
  refreshStaleAnalyses(limit = Number.MAX_SAFE_INTEGER): number {
    const stale = this.store.staleAnalyses(ANALYZER_VERSION, limit);
    this.store.transaction(() => {
      for (const { id, raw, hints } of stale) {
        const parsed = parseArticle(raw, hints);
        const publishedAt = parsed.publishedAt ? toIsoDate(parsed.publishedAt) : null;
        this.store.replaceAnalysis(
          id,
          parsed,
          publishedAt,
          analyzeArticle(parsed),
          ANALYZER_VERSION,
        );
      }
    });
    return stale.length;
  }

  /**
   * Indexes up to `limit` stored articles after `afterId` (the store is the source of truth).
   * Returns the last id indexed, or null when there were none left.
   */
  indexAfter(afterId: number, limit: number): number | null {
    // One character past the lead, so that the index cuts it where it would cut the whole body.
    const articles = this.store.pageAfter(afterId, limit, INDEXED_BODY_CHARS + 1);
    for (const article of articles)
      this.index.add(toIndexed(article.id, article.title, article.body, article.countries));
    return articles.at(-1)?.id ?? null;
  }

  /** Builds the whole search index at once. */
  buildIndex(): number {
    let last: number | null = 0;
    while (last !== null) last = this.indexAfter(last, 1000);
    return this.index.size;
  }
}
