import eventData from "../../data/events.json" with { type: "json" };

/**
 * Who the event's subject met. "Menlu Jerman Heiko Maas bertemu dengan aktivis Hong Kong Joshua
 * Wong", "pengusaha Indonesia menggelar pertemuan dengan US Chamber of Commerce": a meeting, call
 * or visit with an activist, a business or a community is not one between two states, so it is not
 * the pair's event even in a sentence that names both (their quarrel over it may be).
 */
const escapeTerm = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TERMS = eventData.nonStateCounterparts.map(escapeTerm).join("|");
// "dengan aktivis", "dengan para pengusaha", "dengan US Chamber of Commerce": at most one word (a
// country's short name or a quantifier) before the kind of counterpart.
const NON_STATE_AFTER_WITH = new RegExp(
  String.raw`^[^,.;:"“”]*?(?<![\p{L}])(?:dengan|bersama|menemui|menerima)\s+(?:(?:para|sejumlah|beberapa|perwakilan|seorang)\s+)?(?:[\p{L}-]+\s+)?(?:${TERMS})(?![\p{L}])`,
  "iu",
);

/** True when the first one met after the trigger (before the clause ends) is not a state's. */
export function metNonState(text: string, triggerEnd: number): boolean {
  return NON_STATE_AFTER_WITH.test(text.slice(triggerEnd));
}
