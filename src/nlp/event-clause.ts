/**
 * The clause around an event word decides whether the event happened. "akan" marks a plan only
 * in the event's own clause: in "X menandatangani nota, bahwa Y akan bergabung" or in a quote
 * before "kata X usai bertemu" it belongs to another verb; after a statement verb it belongs to
 * what was said ("X mengatakan Y akan datang": the saying happened). A negated or refused event
 * ("belum bisa bertemu", "menolak untuk bertemu", "membatalkan kunjungannya") did not happen at all.
 */
import { plannedWords } from "./lexicon.js";

/**
 * Commas, quotes, "bahwa" and "karena" end the clause of the event word: in "rencana itu urung
 * karena X ditolak masuk" the plan and its denial are another verb's. "yang" does not: in
 * "kunjungan yang akan digelar" the plan is the visit's.
 */
const CLAUSE_BREAK =
  /[,;:"“”]|(?<![\p{L}])(?:bahwa|that|karena|sebab|lantaran|because)(?![\p{L}])/giu;

/** The clause around [start, end): from the last break before it to the first break after it. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= start) from = match.index + match[0].length;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  return [from, to];
}

/**
 * "mengundang Presiden Amerika Serikat, Donald Trump, untuk berkunjung ke Pyongyang": what one is
 * invited to do is a plan, though the invitee's name in commas stands between, but only once it
 * has a date (events.ts): an invitation with none is an offer, not yet an event.
 */
const INVITED_TO =
  /(?<![\p{L}])(?:mengundang(?:nya)?|undangan(?:nya)?|diundang|invited|invitation)(?![\p{L}])[^.;"“”]{0,120}?(?<![\p{L}])(?:untuk|to)\s+(?:[\p{L}]+\s+)?$/iu;

/** Where the invitation to the event word starts, when it is what someone is invited to do. */
export function invitedAt(text: string, trigger: { start: number }): number | null {
  return INVITED_TO.exec(text.slice(0, trigger.start))?.index ?? null;
}

/** A plan word in the event's clause: before it, or after it too unless it is a statement. */
export function plannedInClause(
  text: string,
  trigger: { start: number; end: number },
  statement: boolean,
): boolean {
  if (!statement && invitedAt(text, trigger) !== null) return true;
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  return plannedWords
    .findAll(text)
    .some((word) => word.start >= from && (statement ? word.end <= trigger.start : word.end <= to));
}

const NEGATION =
  /(?<![\p{L}])(?:tidak|tak|belum|bukan|gagal|batal|membatalkan|dibatalkan|menunda|ditunda|enggan|urung|never|not|didn['’]t|refused to|cancell?ed|postponed)(?![\p{L}])/iu;
// "tidak hanya", "tak lama setelah": negation words that do not deny what follows.
const NOT_A_DENIAL =
  /(?<![\p{L}])(?:tidak|tak|bukan)\s+(?:hanya|saja|lama|sekadar|cuma)(?![\p{L}])|not only/giu;
// "menolak untuk bertemu" refuses it; "meminta bertemu", "ingin bertemu" only ask for it; "bisa
// bertemu", "dapat bertemu" only say it may be; "bersedia bertemu", "kesediaannya untuk bertemu",
// "siap bertemu", "terbuka untuk bertemu", "menawarkan untuk melakukan pertemuan" only offer it;
// "mempertimbangkan untuk menjatuhkan sanksi" only weighs it; "hampir menandatangani" nearly did
// it; "finalisasi penandatanganan" is still preparing it: none tells that the event took place.
const NOT_HELD_RIGHT_BEFORE =
  /(?<![\p{L}])(?:menolak|meminta|minta|ingin|berharap|berharap\s+bisa|berharap\s+dapat|mengajak|bersedia|kesediaan(?:nya)?|siap|terbuka|menawarkan|mengusulkan|mempertimbangkan|considering|bisa|dapat|hampir|nyaris|almost|nearly|(?:tahap\s+)?finalisasi)(?:\s+untuk)?(?:\s+(?:melakukan|mengadakan|menggelar))?\s*$/iu;

// Nor one weighed anywhere before it in its clause ("tentang kemungkinan mengunjungi Pyongyang
// untuk pertemuan"); "kemungkinan besar" (most likely) still tells a plan.
const WEIGHED = /(?<![\p{L}])(?:kemungkinan(?!\s+besar)|possibility|possible)(?![\p{L}])/iu;

// Nor one on a condition ("jika negara itu menandatangani sebuah kesepakatan"), though after a
// verb of saying "jika" and "kalau" mean "that" ("menyebutkan, jika duta besar mereka diusir").
const CONDITION =
  /(?<![\p{L}])(?:jika|jikalau|kalau|apabila|seandainya|andaikan|if|unless)(?![\p{L}])/iu;
const SAID_BEFORE =
  /(?<![\p{L}])(?:mengatakan|menyatakan|menyebutkan|menyebut|mengaku|menegaskan|menjelaskan|mengungkapkan|menuturkan|melaporkan|said|says)\s*,?\s*$/iu;

// Nor one only claimed or hinted at ("Trump mengklaim bahwa Presiden Iran akan bertemu dengannya",
// "Trump berulang kali mengindikasikan bahwa Rouhani akan bertemu dengannya"): the claim is the
// news, the event is not reported.
const CLAIMED =
  /(?<![\p{L}])(?:mengklaim|mengindikasikan|mengisyaratkan|berspekulasi|claimed|claims|hinted|speculated)(?![\p{L}])[^.;!?]*$/iu;

function onCondition(text: string, from: number, before: string): boolean {
  const condition = CONDITION.exec(before);
  return condition !== null && !SAID_BEFORE.test(text.slice(0, from + condition.index));
}

// Nor what one urges others to do ("mendesak Dewan Keamanan (DK) PBB untuk menjatuhkan sanksi"),
// nor what something is for ("supaya Ibu Menlu menindaklanjuti, melakukan nota protes").
const URGED_TO =
  /(?<![\p{L}])(?:(?:mendesak|meminta|menyerukan|mengimbau|urged|urges|called\s+on|asked)(?![\p{L}])[^.;"“”]{0,80}?(?<![\p{L}])(?:untuk|agar|supaya|to)\s+(?:[\p{L}]+\s+)?|(?:agar|supaya)\s+[^.;"“”]{0,60}?)$/iu;

// Nor one its clause goes on to deny or call off: "Pertemuan semacam itu tidak akan terjadi",
// "(pertemuan Trump-Rouhani di New York) tidak ada dalam agenda kami", "kunjungan itu ditunda".
const NOT_HELD_AFTER =
  /(?<![\p{L}])(?:(?:tidak|tak)\s+(?:akan\s+)?(?:terjadi|berlangsung|digelar|diadakan|dilakukan)|tidak\s+ada\s+dalam\s+agenda|dibatalkan|batal|ditunda|urung|will\s+not\s+(?:happen|take\s+place)|won['’]t\s+happen|(?:was|were|been)\s+(?:cancell?ed|postponed))(?![\p{L}])/iu;

/**
 * True when the event word is denied, cancelled, only offered, weighed or urged in its clause: it
 * did not take place.
 */
export function notHeldInClause(
  text: string,
  trigger: { start: number; end: number; value?: string },
): boolean {
  const [from, to] = clauseAround(text, trigger.start, trigger.end);
  const before = text.slice(from, trigger.start).replace(NOT_A_DENIAL, " ");
  return (
    NEGATION.test(before) ||
    NOT_HELD_RIGHT_BEFORE.test(before) ||
    WEIGHED.test(before) ||
    onCondition(text, from, before) ||
    URGED_TO.test(text.slice(0, trigger.start)) ||
    // A claim is itself a statement, made when told.
    (trigger.value !== "statement" && CLAIMED.test(text.slice(0, trigger.start))) ||
    NOT_HELD_AFTER.test(text.slice(trigger.end, to))
  );
}
