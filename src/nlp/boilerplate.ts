/**
 * What a single line of a page dump is: article text, or one of the kinds of page furniture
 * that surround it. Rules are patterns over the line alone; what to do with neighbouring lines
 * (tail sections, related-article runs, teasers) is decided in article-structure.ts.
 */
import { type Credit, parseCredit } from "./credits.js";
import { findDateMentions } from "./dates.js";
import { canonicalPublisher, publisherInPhrase } from "./publishers.js";
import { endsSentence, firstSentence, wordCount } from "./text-lines.js";
import type { PartialDate } from "./types.js";

export type LineKind =
  /** Article text (or a header line such as the headline). */
  | "content"
  /** Furniture cut wherever it is. */
  | "drop"
  /** Starts a section that is not the article (related list, comments, footer). */
  | "tail"
  /** "Baca juga:" alone: the related titles follow on the next lines. */
  | "relatedHeading"
  | "credit"
  | "copyright"
  /** "Sumber: BeritaSatu.com" */
  | "source"
  /** "Logo BeritaSatu", or a line that is just a site name. */
  | "publisherMark"
  /** A line holding only a date (and time, rubric); `rubric` marks "DUNIA | 8 April 2021". */
  | "date";

export interface LineInfo {
  kind: LineKind;
  publisher?: string | null;
  year?: number;
  credits?: Credit[];
  date?: PartialDate;
  rubric?: boolean;
  updated?: boolean;
}

const TAIL =
  /^(?:(?:berita|artikel)\s+(?:lainnya|terkait|terkini|terpopuler|populer|pilihan|rekomendasi)|rekomendasi(?:\s+untuk\s+anda)?|bagikan(?:\s+artikel(?:\s+ini)?)?|share(?:\s+this(?:\s+article)?)?|terkoneksi\s+bersama\s+kami|leave\s+a\s+reply|tinggalkan\s+(?:balasan|komentar)|komentar|tags?|topik(?:\s+terkait)?|terpopuler|terkini|most\s+popular|related\s+(?:articles?|posts?|news|stories)|more\s+stories|you\s+may\s+also\s+like|baca\s+berita\s+lainnya|video\s+pilihan|pilihan\s+editor|editor'?s\s+picks?|read\s+next|up\s+next|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|latest\s+(?:news|stories)|more\s+(?:from|on)\s+[\p{L}\s]{2,30})\s*[:：]?$/iu;
const TAG_LIST = /^(?:tags?|topik|tag\s+terkait)\s*[:：]\s*\S/iu;
const RELATED =
  /^(?:(?:baca|lihat|simak|tonton|saksikan|cek)\s+(?:juga|pula|selengkapnya|video(?:nya)?)|(?:berita|artikel)\s+terkait|read\s+(?:also|more)|see\s+also|related)\b\s*[:：]?\s*/iu;
const REPUBLISHED =
  /^(?:artikel|berita)\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)|google\s+news|\b(?:ikuti|follow)\s+(?:kami|us)\s+(?:di|on)\b|^skip\s+to\s+(?:main\s+)?content$|^our\s+standards\b|^sign\s+up\b|^subscribe\b/iu;
const BREADCRUMB = /^(?:home|beranda|index|indeks)\s*[⁄/›»>|·]|\s[⁄›»]\s/iu;
const SOCIAL_WORD =
  "(?:facebook|twitter|whatsapp|telegram|linkedin|line|pinterest|e-?mail|copy\\s+link|salin\\s+(?:tautan|link)|x)";
const SOCIAL_ROW = new RegExp(`^${SOCIAL_WORD}(?:\\s*[|·,/]?\\s*${SOCIAL_WORD})*$`, "iu");
const CAPTION_LABEL =
  /^(?:foto|photo|ilustrasi|gambar|image|video|infografis|grafis|dok\.?|dokumentasi|sumber\s+foto|caption|keterangan\s+foto)\s*[:：|]/iu;
const CAPTION_CREDIT =
  /\((?:[^()]*(?:\bfoto\b|\bphoto\b|\bdok\b\.?|\bdoc\b|istimewa|\bist\b)[^()]*)\)\.?$/iu;
const SLASH_CREDIT = /\(\s*([^()/]{2,30})\/([^()]{2,40})\)\.?$/u;
const LOGO = /^logo\s+(.{2,40})$/iu;
const SOURCE = /^\(?\s*(?:sumber|source)\s*[:：]\s*(.{2,80}?)\s*\)?$/iu;
/** "Hak cipta" alone is also the topic of copyright-law news: it needs a © or a year. */
const COPYRIGHT =
  /©|\(c\)\s*\d{4}|^(?:copyright|hak\s+cipta)\b.*\b(?:19|20)\d{2}\b|\ball\s*rights?\s+reserved\b/iu;
const PHONE =
  /^(?:telp|tel|telepon|phone|fax|faks|faksimile|hp|wa|whatsapp)\.?\s*[:.]?\s*[+(\d]|^(?:e-?mail|surel)\s*[:：]/iu;
const FOOTER_LINK =
  /^(?:contact\s+us|kontak(?:\s+kami)?|hubungi\s+kami|alamat(?:\s+redaksi)?|redaksi|tentang\s+kami|about\s+us|pedoman\s+media\s+siber|kebijakan\s+privasi|privacy\s+policy|disclaimer|karir|info\s+iklan|syarat\s+dan\s+ketentuan|allright\s+reserved)\s*:?$/iu;
const ADDRESS =
  /^(?:jl|jln|jalan)\.?\s.*(?:\bno\.|\bkav\b|\d{5}|\brt\b|\brw\b)|\b(?:lantai|lt\.|gedung|gd\.|wisma|menara|plaza|tower)\b.*(?:\bkav\b|\bno\.|\blantai\b|\d{5})|,\s*(?:\p{L}+\s){0,3}\d{5}$/iu;
const COMMENTS =
  /your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan/iu;
const NO_COPYING =
  /^dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memperbanyak|menggunakan|menyebarluaskan)/iu;
const AD_WORDS =
  "(?:close\\s+ads?|tutup\\s+iklan|advertisement|iklan|ads|scroll\\s+to\\s+(?:continue|resume)(?:\\s+with\\s+content)?|loading\\.*|memuat\\.*|lanjutkan\\s+membaca|continue\\s+reading|baca\\s+selengkapnya)";
/** "Advertisement · Scroll to continue": ad labels alone or joined by a dot or a bar. */
const ADS = new RegExp(`^${AD_WORDS}(?:\\s*[·|•-]\\s*${AD_WORDS})*$`, "iu");
const STRAY = /^[\p{N}\p{P}\p{S}\s]{1,4}$/u;
const SIGN_OFF = /^\(\s*[\p{L}/.,\s-]{2,25}\)$/u;
/** "10:15", "9:12 AM", "GMT+7", "2 hours ago": the time and age printed beside a date. */
const TIME =
  /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AP]\.?M\.?)?\b|\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|\b\d{1,3}\s+(?:hours?|hrs?|minutes?|mins?|days?)\s+ago\b/giu;
const DATE_WORDS =
  /\b(?:WIB|WITA|WIT|GMT|UTC|diperbarui|dipublikasikan|diterbitkan|terbit|published|updated?|posted|pukul|jam|last|on|at)\b/giu;
const RUBRIC = /(?:^|\|)\s*\p{Lu}{2,}(?:[\s&/-]+\p{Lu}{2,})*\s*(?=\||$)/gu;

/**
 * A photo caption ends with the photo credit: "(ANTARA FOTO/Name)", "(Foto: …)", "(Dok. …)".
 * A paragraph of several sentences ending "(ANTARA/Reuters)" is text with a source sign-off.
 */
function isCaption(line: string): boolean {
  // Both credits end the line with ")" or ")."; most lines end otherwise and skip both patterns.
  if (!line.endsWith(")") && !line.endsWith(").")) return false;
  const photo = CAPTION_CREDIT.exec(line);
  const slash = photo === null ? SLASH_CREDIT.exec(line) : null;
  const credit = photo ?? slash;
  if (credit === null) return false;
  const before = line.slice(0, credit.index).trim();
  if (firstSentence(before) !== before || wordCount(before) > 50) return false;
  if (slash === null) return true;
  return canonicalPublisher(slash[1]) !== null && canonicalPublisher(slash[2]) === null;
}

function copyrightInfo(line: string): LineInfo {
  const years = [...line.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  const phrase = line.replace(
    /©|\(c\)|\bcopyright\b|\bhak\s+cipta\b|\ball\s*rights?\s+reserved\b|\b(?:19|20)\d{2}\b|\bPT\b/giu,
    " ",
  );
  const info: LineInfo = { kind: "copyright", publisher: publisherInPhrase(phrase) };
  const year = years.at(-1);
  if (year !== undefined) info.year = year;
  return info;
}

function dateLine(line: string): LineInfo | null {
  if (line.length > 80 || !/\d/.test(line)) return null;
  const mentions = findDateMentions(line, null).filter((m) => m.date?.day !== undefined);
  const first = mentions[0];
  if (first === undefined || first.date === null) return null;
  let rest = line;
  for (const m of mentions) rest = rest.replace(m.raw, " ");
  rest = rest.replace(TIME, " ").replace(DATE_WORDS, " ");
  const withoutRubric = rest.includes("|") ? rest.replace(RUBRIC, "|") : rest;
  // "Kompas.com - 12/03/2024, 10:15 WIB": the site name may sit beside the date.
  const leftover = withoutRubric.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
  if (leftover.length > 0 && canonicalPublisher(leftover) === null) return null;
  return {
    kind: "date",
    date: first.date,
    rubric: withoutRubric !== rest,
    updated: /diperbarui|updated?/iu.test(line),
  };
}

/** Classifies one trimmed, non-empty line. */
export function classifyLine(line: string): LineInfo {
  if (STRAY.test(line) || SIGN_OFF.test(line)) return { kind: "drop" };
  const credits = parseCredit(line);
  if (credits !== null) return { kind: "credit", credits };
  // Counted once: a paragraph of text is read to its end for each count.
  const words = wordCount(line);
  const short = words <= 20;
  if (short && COPYRIGHT.test(line)) return copyrightInfo(line);
  const source = SOURCE.exec(line);
  if (source) {
    const name = source[1] ?? "";
    return { kind: "source", publisher: canonicalPublisher(name) ?? publisherInPhrase(name) };
  }
  const logo = LOGO.exec(line);
  if (logo) return { kind: "publisherMark", publisher: publisherInPhrase(logo[1] ?? "") };
  if (TAG_LIST.test(line) || TAIL.test(line)) return { kind: "tail" };
  const related = words <= 30 ? RELATED.exec(line) : null;
  if (related) {
    const rest = line.slice(related[0].length).trim();
    return { kind: rest.length < 3 ? "relatedHeading" : "drop" };
  }
  if (CAPTION_LABEL.test(line) || isCaption(line)) return { kind: "drop" };
  if (short && (BREADCRUMB.test(line) || SOCIAL_ROW.test(line) || REPUBLISHED.test(line))) {
    return { kind: "drop" };
  }
  // The address pattern backtracks over a whole paragraph: only short lines are tried.
  const address = () => ADDRESS.test(line) && !endsSentence(line);
  if (short && (PHONE.test(line) || FOOTER_LINK.test(line) || address())) {
    return { kind: "drop" };
  }
  if (COMMENTS.test(line) || NO_COPYING.test(line) || ADS.test(line)) return { kind: "drop" };
  if (words <= 5) {
    const site = canonicalPublisher(line);
    if (site !== null) return { kind: "publisherMark", publisher: site };
  }
  return dateLine(line) ?? { kind: "content" };
}
