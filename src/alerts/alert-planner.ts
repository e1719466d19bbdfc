import type { OutboxStore } from "../db/outbox-store.js";
import type { SubscriptionStore } from "../db/subscription-store.js";
import {
  articleTargets,
  mentionsKeyword,
  type SubscriptionTarget,
} from "../nlp/subscription-target.js";
import type { ArticleAnalysis, ParsedArticle, PartialDate } from "../nlp/types.js";

/**
 * Decides who hears about a newly stored article, inside the transaction that stores it: the rows
 * it writes to the outbox commit together with the article, or not at all.
 */

/** Older news is an import of the archive, not news: nobody is alerted about it. */
export const ALERT_MAX_AGE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface StoredArticleEvent {
  articleId: number;
  /** The story it tells (its own id when it starts one). */
  storyId: number;
  article: ParsedArticle;
  analysis: ArticleAnalysis;
}

export class AlertPlanner {
  constructor(
    private readonly subscriptions: SubscriptionStore,
    private readonly outbox: OutboxStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Queues one alert per subscribed chat; returns how many were queued. */
  plan({ articleId, storyId, article, analysis }: StoredArticleEvent): number {
    if (!isRecent(article.publishedAt, this.now())) return 0;
    if (storyId !== articleId) this.outbox.storyGrew(storyId, this.now());
    const targets: SubscriptionTarget[] = articleTargets(analysis);
    const text = `${article.title}\n${article.body}`;
    for (const keyword of this.subscriptions.activeKeywords())
      if (mentionsKeyword(text, keyword)) targets.push({ kind: "keyword", key: keyword });
    let queued = 0;
    // A chat following both Malaysia and "sawit" gets one alert: the outbox keeps one per story.
    for (const subscription of this.subscriptions.matching(targets))
      if (this.outbox.enqueue(subscription.chatId, storyId, articleId, subscription.id)) queued++;
    return queued;
  }
}

/** Published within the last week (to the day), or undated: a page fetched now is news now. */
export function isRecent(published: PartialDate | null, now: number): boolean {
  if (!published) return true;
  if (published.day === undefined || published.month === undefined) return false;
  const day = Date.UTC(published.year, published.month - 1, published.day);
  return day >= now - ALERT_MAX_AGE_DAYS * DAY_MS && day <= now + DAY_MS;
}
