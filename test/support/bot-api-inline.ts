import type { InlineQuery, User } from "grammy/types";
import type { EmulatorState } from "./bot-api-state.js";
import { DEFAULT_USER_ID } from "./bot-api-user.js";
import { badRequest, checkReplyMarkup, checkText } from "./telegram-rules.js";

/**
 * Inline mode: a user types "@bot words" in any chat, the bot answers with answerInlineQuery.
 * The answer is checked as Telegram checks it: at most 50 results, ids of 1–64 bytes and unique,
 * each article's message text valid for its parse_mode and within 4096 characters.
 */

type Params = Record<string, unknown>;

export interface InlineAnswer {
  results: Params[];
  cacheTime: number | undefined;
  button: Params | undefined;
}

interface Pending {
  answered: InlineAnswer | null;
}

const pending = new WeakMap<EmulatorState, Map<string, Pending>>();

function queriesOf(state: EmulatorState): Map<string, Pending> {
  let map = pending.get(state);
  if (!map) {
    map = new Map();
    pending.set(state, map);
  }
  return map;
}

export function inlineQueryUpdate(
  state: EmulatorState,
  query: string,
  opts: { userId?: number; languageCode?: string } = {},
): InlineQuery {
  const queries = queriesOf(state);
  const id = `iq${queries.size + 1}`;
  queries.set(id, { answered: null });
  const userId = opts.userId ?? DEFAULT_USER_ID;
  const from: User = {
    id: userId,
    is_bot: false,
    first_name: `User ${userId}`,
    language_code: opts.languageCode ?? "en",
  };
  return { id, from, query, offset: "", chat_type: "sender" };
}

export function inlineAnswer(state: EmulatorState, id: string): InlineAnswer | null {
  return queriesOf(state).get(id)?.answered ?? null;
}

const MAX_RESULTS = 50;
const MAX_ID_BYTES = 64;

function parse(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

export const inlineMethods: Record<string, (s: EmulatorState, p: Params) => unknown> = {
  answerinlinequery: (s, p) => {
    const query = queriesOf(s).get(String(p.inline_query_id));
    if (!query || query.answered) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    const results = parse(p.results);
    if (!Array.isArray(results)) throw badRequest("results must be an array");
    if (results.length > MAX_RESULTS) throw badRequest("RESULTS_TOO_MUCH");
    const ids = new Set<string>();
    for (const result of results as Params[]) {
      const id = String(result.id ?? "");
      if (!id || Buffer.byteLength(id) > MAX_ID_BYTES) throw badRequest("RESULT_ID_INVALID");
      if (ids.has(id)) throw badRequest("RESULT_ID_DUPLICATE");
      ids.add(id);
      if (result.type === "article" && !result.title) throw badRequest("RESULT_TITLE_EMPTY");
      const content = result.input_message_content as Params | undefined;
      if (content && "message_text" in content) checkText(content.message_text, content.parse_mode);
      checkReplyMarkup(result.reply_markup);
    }
    const cacheTime = p.cache_time === undefined ? undefined : Number(p.cache_time);
    query.answered = {
      results: results as Params[],
      cacheTime,
      button: parse(p.button) as Params | undefined,
    };
    s.notify();
    return true;
  },
};
