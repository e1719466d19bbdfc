import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ArticleHints } from "../nlp/types.js";

/**
 * Turns paths (files or folders) into raw articles. A text file is one article; a JSONL file holds
 * one article a line. A problem with one file or line is reported and the rest still comes through.
 */

export interface RawArticle {
  /** Where it came from, for messages: "seeds/000.txt" or "corpus.jsonl:12". */
  source: string;
  text: string;
  hints: ArticleHints;
}

export interface SourceProblem {
  source: string;
  message: string;
}

export interface ReadResult {
  articles: RawArticle[];
  problems: SourceProblem[];
}

const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md", ""]);
/** Larger than any news article; a bigger file is a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

function filesIn(path: string): string[] {
  const stats = statSync(path);
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith("."))
    .sort()
    .flatMap((name) => filesIn(join(path, name)));
}

function optionalString(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function readJsonl(path: string, content: string, result: ReadResult): void {
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const source = `${path}:${index + 1}`;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      result.problems.push({ source, message: "not valid JSON" });
      return;
    }
    const text = optionalString(record?.text);
    if (!text) {
      result.problems.push({ source, message: 'no "text" field with the article' });
      return;
    }
    result.articles.push({
      source,
      text,
      hints: {
        url: optionalString(record.url),
        title: optionalString(record.title),
        publisher: optionalString(record.publisher),
        date: optionalString(record.date),
      },
    });
  });
}

export function readSources(paths: string[]): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  for (const path of paths) {
    let files: string[];
    try {
      files = filesIn(path);
    } catch (error) {
      result.problems.push({ source: path, message: describe(error) });
      continue;
    }
    for (const file of files) {
      const extension = extname(file).toLowerCase();
      if (extension !== ".jsonl" && !TEXT_EXTENSIONS.has(extension)) {
        result.problems.push({
          source: file,
          message: `not an article file (${extension}); expected .txt or .jsonl`,
        });
        continue;
      }
      try {
        if (statSync(file).size > MAX_ARTICLE_BYTES && extension !== ".jsonl") {
          result.problems.push({ source: file, message: "larger than 2 MB: not a news article" });
          continue;
        }
        const content = readFileSync(file, "utf8");
        if (extension === ".jsonl") readJsonl(file, content, result);
        else if (!content.trim())
          result.problems.push({ source: file, message: "the file is empty" });
        else if (looksBinary(content))
          result.problems.push({ source: file, message: "not a text file" });
        else result.articles.push({ source: file, text: content, hints: {} });
      } catch (error) {
        result.problems.push({ source: file, message: describe(error) });
      }
    }
  }
  return result;
}

/** NUL bytes or many undecodable bytes: an image, an archive, a broken download. */
function looksBinary(content: string): boolean {
  const sample = content.slice(0, 4096);
  const replacements = sample.match(/\uFFFD/g)?.length ?? 0;
  return sample.includes("\u0000") || replacements > sample.length / 20;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return error instanceof Error ? error.message : String(error);
}
