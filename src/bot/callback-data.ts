/**
 * What an inline button says when pressed. Telegram allows 64 bytes of callback_data, so buttons
 * carry only numbers, never the user's words (a search is stored and named by its id): the longest
 * value, "a:" + 16 digits + ":" + 4 digits, is 23 bytes whatever the input.
 *
 *   s:<queryId>:<page>    a page of search results, shown in place of the pressed message
 *   o:<articleId>         an article from a results list, opened in a new message
 *   a:<articleId>:<page>  a page of an article, shown in place of the pressed message
 *   r:<A>:<B>             the fact sheet of a pair (ISO codes), in a new message
 *   m:<A>:<B>             the whole fact sheet, in place of its compact form
 *   u:<subscriptionId>    stop following one subscription; the /subscriptions list is edited
 *
 * Pages count from 1. Anything else, from an old version of the bot or a forged client, decodes
 * to null: buttons are input like any other.
 */

export type CallbackData =
  | { kind: "searchPage"; queryId: number; page: number }
  | { kind: "openArticle"; articleId: number }
  | { kind: "articlePage"; articleId: number; page: number }
  | { kind: "pairSheet" | "fullSheet"; countries: [string, string] }
  | { kind: "unsubscribe"; subscriptionId: number };

export const CALLBACK_DATA_MAX_BYTES = 64;
/** Four digits: no article or search result list is ever near 10,000 pages. */
export const MAX_PAGE = 9999;

/** Routing prefixes, for Composer.callbackQuery: each feature takes its own kinds. */
export const SEARCH_CALLBACK = /^s:/;
export const ARTICLE_CALLBACK = /^[oa]:/;
export const RELATIONS_CALLBACK = /^[rm]:/;
export const UNSUBSCRIBE_CALLBACK = /^u:/;

const COUNTRY_CODE = /^[A-Z]{2}$/;

function checkCountries(countries: [string, string]): string {
  if (!countries.every((code) => COUNTRY_CODE.test(code)))
    throw new RangeError(`not codes: ${countries}`);
  return countries.join(":");
}

function checkId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`not an id: ${id}`);
  return id;
}

function checkPage(page: number): number {
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new RangeError(`not a page: ${page}`);
  }
  return page;
}

/** Throws on an id or page out of range: that is a bug in the caller, not user input. */
export function encodeCallback(data: CallbackData): string {
  switch (data.kind) {
    case "searchPage":
      return `s:${checkId(data.queryId)}:${checkPage(data.page)}`;
    case "openArticle":
      return `o:${checkId(data.articleId)}`;
    case "articlePage":
      return `a:${checkId(data.articleId)}:${checkPage(data.page)}`;
    case "pairSheet":
      return `r:${checkCountries(data.countries)}`;
    case "fullSheet":
      return `m:${checkCountries(data.countries)}`;
    case "unsubscribe":
      return `u:${checkId(data.subscriptionId)}`;
  }
}

// Canonical forms only (no leading zeros, no signs), so that decoding and encoding agree.
const PAGED = /^([sa]):([1-9]\d{0,15}):([1-9]\d{0,3})$/;
const OPEN = /^o:([1-9]\d{0,15})$/;
const UNSUBSCRIBE = /^u:([1-9]\d{0,15})$/;
const PAIR = /^([rm]):([A-Z]{2}):([A-Z]{2})$/;

export function decodeCallback(data: string | undefined): CallbackData | null {
  if (!data) return null;
  const pair = PAIR.exec(data);
  if (pair) {
    const countries: [string, string] = [pair[2]!, pair[3]!];
    return { kind: pair[1] === "r" ? "pairSheet" : "fullSheet", countries };
  }
  const unsubscribe = UNSUBSCRIBE.exec(data);
  if (unsubscribe) {
    const subscriptionId = Number(unsubscribe[1]);
    return Number.isSafeInteger(subscriptionId) ? { kind: "unsubscribe", subscriptionId } : null;
  }
  const open = OPEN.exec(data);
  if (open) {
    const articleId = Number(open[1]);
    return Number.isSafeInteger(articleId) ? { kind: "openArticle", articleId } : null;
  }
  const paged = PAGED.exec(data);
  if (!paged) return null;
  const id = Number(paged[2]);
  const page = Number(paged[3]);
  if (!Number.isSafeInteger(id)) return null;
  return paged[1] === "s"
    ? { kind: "searchPage", queryId: id, page }
    : { kind: "articlePage", articleId: id, page };
}
