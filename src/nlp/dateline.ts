/**
 * The dateline that opens a news lead: "Kuala Lumpur (ANTARA) - ", "Islamabad,
 * Beritasatu.com- ", "JAKARTA, KOMPAS.com - ", "TEMPO.CO, Jakarta - ", "Pantau - ",
 * "KONTAN.CO.ID - JAKARTA. ", "WASHINGTON DC — ".
 */
import { ENGLISH_MONTH_RE } from "./date-words.js";
import { isCapital } from "./metonyms.js";
import { canonicalPublisher } from "./publishers.js";
import { endsSentence } from "./text-lines.js";

export interface Dateline {
  /** The place, or null when the dateline names only the publisher. */
  place: string | null;
  /** Canonical publisher named in the dateline, or null. */
  publisher: string | null;
  /** The paragraph with the dateline taken off. */
  rest: string;
}

const WORD = "(?:\\p{Lu}[\\p{L}.'’-]*|de|da|del|do|al|el|van|von|den|der|la|le|es)";
const PLACE = `\\p{Lu}[\\p{L}.'’-]*(?:\\s+${WORD}){0,3}`;
// One dash or two, written apart by some outlets ("Jakarta, CNN Indonesia - - Pertemuan ...").
const DASH = "\\s*(?:[-–—―]\\s*){1,2}";
/** A publisher token is not split by commas or dashes: "CNN Indonesia", "Beritasatu.com". */
const PUB = "[^,()\\n–—―-]{2,40}?";

/** An English wire dateline's day after the place: "TOKYO, Sept. 6 (Reuters) -". */
const WIRE_DAY = `(?:,\\s*${ENGLISH_MONTH_RE}\\s+\\d{1,2})?`;

const PAREN = new RegExp(`^(?<place>${PLACE})${WIRE_DAY}\\s*\\((?<pub>[^()]{2,40})\\)${DASH}`, "u");
const PLACE_PUB = new RegExp(`^(?<place>${PLACE}),\\s*(?<pub>${PUB})${DASH}`, "u");
const PUB_PLACE = new RegExp(`^(?<pub>${PUB}),\\s*(?<place>${PLACE})${DASH}`, "u");
const PUB_DASH_PLACE = new RegExp(`^(?<pub>${PUB})${DASH}(?<place>\\p{Lu}[\\p{Lu} ]+)\\.\\s+`, "u");
const PUB_ONLY = new RegExp(`^(?<pub>${PUB})${DASH}`, "u");
/** A place alone needs spaces around the dash, so "Rusia-Malaysia" is not one. */
const PLACE_ONLY = new RegExp(
  `^(?<place>${PLACE}(?:,\\s*\\p{Lu}[\\p{L}.]*)?)${WIRE_DAY}\\s+(?:--|[-–—―])\\s+(?=["“]?\\p{Lu})`,
  "u",
);
/** "KUALA LUMPUR: ": Malaysian and Singaporean papers end the place with a colon. */
const CAPS_COLON =
  /^(?<place>\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*){0,2}):\s+(?=["“]?\p{Lu})/u;

/**
 * "Rimanews - ", "Tribunnews.com - ": a bare name shaped like a news site's is the outlet, not a
 * place, even when the publisher list does not know it.
 */
const MEDIA_NAME = /(?:news|\.com|\.net|\.co\.id|\.id)$/iu;

/**
 * "KUALA LUMPUR" reads as "Kuala Lumpur", "MANILA, Philippines" as "Manila, Philippines"; short
 * words ("DC", "AS") stay as written.
 */
export function tidyPlace(place: string): string {
  return place
    .trim()
    .replace(/[.,]+$/, "")
    .split(",")
    .map((part) =>
      part !== part.toUpperCase()
        ? part
        : part.replace(/\p{L}+/gu, (w) =>
            w.length <= 2 ? w : w.charAt(0) + w.slice(1).toLowerCase(),
          ),
    )
    .join(",");
}

function result(m: RegExpExecArray, paragraph: string, publisher: string | null): Dateline | null {
  const rest = paragraph.slice(m[0].length).trim();
  if (rest.length === 0) return null;
  const place = m.groups?.place;
  return { place: place === undefined ? null : tidyPlace(place), publisher, rest };
}

/**
 * The dateline at the start of a paragraph, or null when it does not open with one. A place
 * without a publisher ("Jakarta - ") is only taken when `allowBare`.
 */
export function parseDateline(paragraph: string, allowBare = true): Dateline | null {
  for (const re of [PAREN, PLACE_PUB, PUB_PLACE, PUB_DASH_PLACE, PUB_ONLY]) {
    const m = re.exec(paragraph);
    const publisher = canonicalPublisher(m?.groups?.pub);
    if (m && publisher !== null) return result(m, paragraph, publisher);
  }
  // Without a publisher the shape alone must carry it: only a full lead paragraph qualifies, and
  // a colon only after a known city ("BACA JUGA: " is a label, "KUALA LUMPUR: " a dateline).
  const colon = CAPS_COLON.exec(paragraph);
  if (allowBare && colon && isCapital(colon.groups?.place ?? "") && endsSentence(paragraph))
    return result(colon, paragraph, null);
  const bare = PLACE_ONLY.exec(paragraph);
  const media = bare?.groups?.place !== undefined && MEDIA_NAME.test(bare.groups.place);
  if (allowBare && bare && !media && endsSentence(paragraph) && paragraph.length >= 100) {
    return result(bare, paragraph, null);
  }
  return null;
}
