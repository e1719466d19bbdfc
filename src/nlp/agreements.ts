import { truncateWords } from "./text.js";

/**
 * What a pair agreed or signed, in the article's words: "menyepakati kerja sama pendidikan
 * vokasi" gives "kerja sama pendidikan vokasi". Only the object of the verb: the clause it is
 * joined to ("... tetapi rencana itu belum terealisasi", "... setelah bertemu di Zona
 * Demiliterisasi") is not what was agreed, and an agreement that did not happen ("belum
 * menyepakati", "gagal menandatangani") is none.
 */

const AGREEMENT =
  /(?<![\p{L}])(?:sepakat untuk|bersepakat untuk|menyepakati|menandatangani|penandatanganan|meneken|agreed to|signed)\s+([^.;:"”]+)/iu;
const NOT_DONE =
  /(?<![\p{L}])(?:tidak|tak|belum|gagal|batal|urung|enggan|menolak|not|never|failed to|refused to)\s+(?:(?:akan|bisa|dapat|mau|ingin|jadi|will|to)\s+)?$/iu;
// "... yang mencakup bidang pertanian, bea cukai, ...": a list that goes on past its commas.
const LIST_START =
  /(?<![\p{L}])(?:mencakup|meliputi|termasuk|antara lain|bidang|including)(?![\p{L}])/iu;
/** Words that join another clause to the object: what follows is not what was agreed. */
const NEXT_CLAUSE =
  /\s+(?:tetapi|tapi|namun|setelah|sejak|karena|sehingga|meskipun|walaupun|ketika|saat|usai|but|after|since|because|when|while)(?![\p{L}])/iu;
const AGREEMENT_MAX = 160;

export function agreementIn(text: string): string | null {
  const match = AGREEMENT.exec(text);
  const clause = match?.[1]?.trim();
  if (!match || !clause || NOT_DONE.test(text.slice(0, match.index))) return null;
  const firstComma = clause.indexOf(",");
  const object =
    firstComma < 0 || LIST_START.test(clause.slice(0, firstComma))
      ? clause
      : clause.slice(0, firstComma);
  const joined = NEXT_CLAUSE.exec(object);
  const agreed = (joined ? object.slice(0, joined.index) : object).replace(/[\s,]+$/u, "");
  return agreed.split(/\s+/).length >= 2 ? truncateWords(agreed, AGREEMENT_MAX) : null;
}
