import type { ArticleStore } from "../db/article-store.js";
import type { PendingAlert } from "../db/outbox-store.js";
import type { StoryStore } from "../db/story-store.js";
import type { Subscription } from "../db/subscription-store.js";
import type { TieStore } from "../db/tie-store.js";
import { summariseArticle } from "../nlp/article-summary.js";
import { pairOfKey } from "../nlp/subscription-target.js";
import type { EventFact, FigureFact, Pair, SummaryFact } from "../nlp/types.js";
import { byRecency, isVague, type Story } from "./fact-sheet.js";

/**
 * What an alert says, read from the store when it is sent (not when it was queued), so that a
 * story another outlet told in the meantime is one alert listing both sources.
 */
export interface AlertContent {
  subscription: Subscription;
  /** The headline of the article that raised the alert. */
  headline: string;
  /** The pair the alert is about, in the subscriber's order where it named one. */
  pair: Pair | null;
  /** The one fact worth reading first: an event, else a figure, else the lead sentence. */
  keyFact: EventFact | FigureFact | string | null;
  story: Story;
}

export class AlertService {
  constructor(
    private readonly articles: ArticleStore,
    private readonly stories: StoryStore,
    private readonly ties: TieStore,
  ) {}

  compose(alert: PendingAlert, subscription: Subscription): AlertContent | null {
    const article = this.articles.get(alert.articleId);
    if (!article) return null;
    const articles = this.articles.getMany(this.stories.articleIdsOf(alert.storyId));
    const story: Story = { id: alert.storyId, articles: articles.length ? articles : [article] };
    const pair = this.pairFor(alert.articleId, subscription);
    const keyFact = pair ? this.keyFactOf(pair, story) : null;
    return {
      subscription,
      headline: article.title,
      pair,
      keyFact: keyFact ?? summariseArticle(article.body, { title: article.title })[0] ?? null,
      story,
    };
  }

  /** The subscribed pair; for a country, its strongest tie in the article; else the strongest. */
  private pairFor(articleId: number, subscription: Subscription): Pair | null {
    const pairs = this.ties.pairsOfArticle(articleId);
    if (subscription.kind === "pair") return pairOfKey(subscription.key);
    if (subscription.kind === "country") {
      const own = pairs.find((pair) => pair.includes(subscription.key));
      if (!own) return null;
      // The followed country first: "Malaysia – Rusia" for a chat that follows Malaysia.
      return own[0] === subscription.key ? own : [own[1], own[0]];
    }
    return pairs[0] ?? null;
  }

  private keyFactOf(pair: Pair, story: Story): EventFact | FigureFact | string | null {
    const sorted: Pair = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
    const facts = this.ties
      .factsOf(
        sorted,
        story.articles.map((a) => a.id),
      )
      .map((entry) => entry.fact);
    const events = facts
      .filter((fact): fact is EventFact => fact.kind === "event" && !isVague(fact))
      .sort(byRecency);
    if (events[0]) return events[0];
    const figure = facts.find((fact): fact is FigureFact => fact.kind === "figure");
    if (figure) return figure;
    const summary = facts
      .filter((fact): fact is SummaryFact => fact.kind === "summary")
      .sort((a, b) => b.score - a.score)[0];
    return summary?.sentence ?? null;
  }
}
