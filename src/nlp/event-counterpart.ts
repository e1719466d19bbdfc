/**
 * Whether an event is between two states at all: who met whom, who imposed a sanction, what was
 * signed, and whether a meeting is a gathering of many or one side's own.
 */
import eventData from "../../data/events.json" with { type: "json" };
import relationData from "../../data/relation-lexicon.json" with { type: "json" };
import { findCountryMentions } from "./countries.js";
import { INTERNATIONAL_BODIES, internationalBodiesIn } from "./lexicon.js";

/**
 * Who the event's subject met. "Menlu Jerman Heiko Maas bertemu dengan aktivis Hong Kong Joshua
 * Wong", "pengusaha Indonesia menggelar pertemuan dengan US Chamber of Commerce": a meeting, call
 * or visit with an activist, a business or a community is not one between two states, so it is not
 * the pair's event even in a sentence that names both (their quarrel over it may be).
 */
const escapeTerm = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TERMS = eventData.nonStateCounterparts.map(escapeTerm).join("|");
// "dengan aktivis", "dengan para pengusaha", "dengan US Chamber of Commerce", or right after the
// trigger ("menemui pihak klub"): at most one word (a country's short name or a quantifier)
// before the kind of counterpart.
const counterpartAfter = (terms: string, flags: string) =>
  new RegExp(
    String.raw`^(?:[^,.;:"“”]*?(?<![\p{L}])(?:dengan|bersama|menemui|menerima))?\s+(?:(?:para|sejumlah|beberapa|perwakilan|seorang|pihak)\s+)?(?:[\p{L}-]+\s+)?(?:${terms})(?![\p{L}])`,
    flags,
  );
const NON_STATE_AFTER_WITH = counterpartAfter(TERMS, "iu");
// "bertemu dengan para pemimpin Taliban": an armed group (data/relation-lexicon.json), matched
// with its capitals ("dengan negara Islam lainnya" names no group).
const ARMED_GROUP_AFTER_WITH = counterpartAfter(
  relationData.armedGroups.map(escapeTerm).join("|"),
  "u",
);

// "Setiap rencana AS melawan Iran akan menemui pembalasan": met with a thing, not a person.
const THINGS = eventData.metThings.map(escapeTerm).join("|");
const THING_AFTER = new RegExp(String.raw`^\s+(?:${THINGS})(?![\p{L}])`, "iu");

// "menemui Kepala Manajemen PBB Jan Beagle": an office of an international body, in capitalised
// words right after the trigger, is no state's.
const BODY_OFFICIAL_AFTER = new RegExp(
  String.raw`^\s+(?:dengan\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:${INTERNATIONAL_BODIES})(?![\p{L}])`,
  "u",
);

/**
 * True when the first one met after the trigger (before the clause ends) is not a state's, or
 * not a person at all.
 */
export function metNonState(text: string, triggerEnd: number): boolean {
  const after = text.slice(triggerEnd);
  return (
    NON_STATE_AFTER_WITH.test(after) ||
    ARMED_GROUP_AFTER_WITH.test(after) ||
    THING_AFTER.test(after) ||
    BODY_OFFICIAL_AFTER.test(after)
  );
}

/**
 * "Uni Eropa (UE) memutuskan memperpanjang sanksi terhadap Rusia", "Dewan Keamanan PBB mengesahkan
 * rancangan resolusi Amerika Serikat untuk menjatuhkan sanksi baru kepada Korea Utara": a sanction
 * an international body imposes is the body's, not one state's on another, even where one of them
 * drafted the resolution. "Amerika Serikat dan PBB menjatuhkan sanksi" is the state's too.
 */
const COORDINATED = /(?<![\p{L}])(?:dan|serta|and)\s+$/iu;
const DRAFTER = /(?<![\p{L}])(?:resolusi|resolution)\s+$/iu;
/** How far the body may stand before the sanction word and still be its doer. */
const BODY_REACH = 120;

export function imposedByBody(text: string, trigger: { start: number }): boolean {
  const body = internationalBodiesIn(text.slice(0, trigger.start)).at(-1);
  if (!body || COORDINATED.test(text.slice(0, body.index))) return false;
  const between = text.slice(body.index + body[0].length, trigger.start);
  if (between.length > BODY_REACH || /[.;]/.test(between)) return false;
  return findCountryMentions(between).every((mention) =>
    DRAFTER.test(between.slice(0, mention.start)),
  );
}

/**
 * "menandatangani perjanjian perdamaian", "penandatanganan kerja sama melalui Memorandum of
 * Understanding": a signing between states signs an agreement (data/events.json signedThings),
 * named within a few words. "Seagal menandatangani paspor barunya" is no such signing.
 */
const SIGNED = eventData.signedThings.map(escapeTerm).join("|");
const SIGNED_SOON_AFTER = new RegExp(
  String.raw`^[^.;"“”]{0,60}?(?<![\p{L}])(?:${SIGNED})(?![\p{L}])`,
  "iu",
);

export function signsAnAgreement(text: string, triggerEnd: number): boolean {
  return SIGNED_SOON_AFTER.test(text.slice(triggerEnd));
}

/**
 * "imbauan kepada warganya yang tinggal atau yang hendak mengunjungi Arab Saudi": the event word
 * in a relative clause on citizens, businesses or the like is theirs, not a state's.
 */
const NON_STATE_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:${TERMS})(?:nya)?\s+yang\s+(?:[\p{L}]+\s+){0,4}$`,
  "iu",
);

export function doneByNonState(text: string, triggerStart: number): boolean {
  return NON_STATE_HEAD.test(text.slice(0, triggerStart));
}

/**
 * "Trump dapat bertemu dengan Rouhani di pertemuan PBB", "pertemuan darurat Dewan Keamanan": a
 * meeting named after an international body, of "para pemimpin dunia" (world leaders) or of "enam
 * negara", or a "pertemuan multilateral", is a gathering of many, where the pair may meet, not
 * their meeting. A "pertemuan kaukus", "kabinet", "internal" or "partai" is one side's own.
 */
const GATHERING_AFTER = new RegExp(
  String.raw`^\s+(?:(?:tingkat\s+tinggi|puncak|tahunan|darurat|luar\s+biasa|khusus|para\s+menteri)\s+)?(?:${INTERNATIONAL_BODIES}|(?:para\s+)?pemimpin\s+dunia|(?:[3-9]|\d{2,3}|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan)\s+negara|multilateral|kaukus|kabinet|internal|partai(?:nya)?)(?![\p{L}])`,
  "u",
);

export function namesAGathering(text: string, triggerEnd: number): boolean {
  return GATHERING_AFTER.test(text.slice(triggerEnd));
}
