import figureData from "../../data/figures.json" with { type: "json" };
import { PhraseMatcher } from "./lexicon.js";
import type { DateMention, FigureFact, PartialDate } from "./types.js";

/**
 * The year a money figure refers to. News gives it before the amount ("Perdagangan 2018 mencapai
 * US$5 miliar"), right after it ("US$4 miliar pada 2017"), relative to when it was published
 * ("tahun lalu") or relative to another year in the sentence ("tahun sebelumnya").
 */

export interface YearMention {
  at: number;
  year: number | null;
  period: string | null;
  /**
   * Counted from "now" or from another year ("tahun lalu", "tahun sebelumnya"): in "naik
   * dibanding tahun lalu" it is the base of a comparison, so it is the year of an amount only
   * when written right after it.
   */
  relative?: boolean;
}

/** What the whole article tells about "now", for the years a sentence alone cannot resolve. */
export interface FigureContext {
  /** The publication year, or for an undated page the year of its latest named month. */
  year?: number | null;
  /**
   * The sentences before, in the same paragraph, nearest last: "Angka tersebut ..." gives an
   * amount the measure the sentence before named, and a figure without a year of its own takes
   * the last one the paragraph named.
   */
  previous?: string[];
}

// In a sentence with money, a bare year is a year: "di 2018 mencapai USD34,4 miliar".
/** The two-digit end of a financial year written after its first year: "-23" in "2022-23". */
const SHORT_END = /^[-–/](\d{2})(?![\p{N}])/u;
const BARE_YEAR = /(?<![\p{L}\p{N}.,])(?:19[5-9]\d|20[0-4]\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

interface RelativeYear {
  offset: number;
  /** "published": from the publication year; "named": from the year named before it. */
  from: string;
}
const relativeYears = new PhraseMatcher<RelativeYear>(
  figureData.relativeYears.flatMap(({ terms, offset, from }) =>
    terms.map((term): [string, RelativeYear] => [term, { offset, from }]),
  ),
);

/**
 * An undated page (a copied web page) still says when it is: the latest year it names with a
 * month ("Januari-Maret 2022") is the latest data it reports, so its "tahun lalu" is the year
 * before. Bare years are left out, because plans name far years ("visi 2020-2030").
 */
export function referenceYear(
  published: PartialDate | null,
  mentions: DateMention[],
): number | null {
  if (published) return published.year;
  const withMonth = mentions
    .flatMap((mention) => [mention.date, mention.until])
    .filter((date): date is PartialDate => date?.month !== undefined)
    .map((date) => date.year);
  return withMonth.length ? Math.max(...withMonth) : null;
}

const ACT_DAYS = /(?<![\p{L}])(?:pekan|minggu|kemarin|hari|lusa|besok|semalam|tadi)(?![\p{L}])/iu;

/** Every year a sentence names, in order: dates, bare years, and years counted from others. */
export function yearMentions(
  text: string,
  dates: DateMention[],
  context: FigureContext = {},
): YearMention[] {
  const found: YearMention[] = [];
  const covered = (at: number) => dates.some((mention) => at >= mention.start && at < mention.end);
  for (const mention of dates) {
    if (mention.kind === "weekday") continue;
    // "menunda kenaikan tarif 1 Oktober terhadap impor senilai USD250 miliar", "dari 1 Oktober
    // hingga 15 Oktober": a day, or a span of days, dates an act (a deadline, a meeting, a delay),
    // not the period an amount measures; statistics name months and years.
    if (mention.date?.day !== undefined) continue;
    // "Pembicaraan pekan ini ...", "kemarin": a day or a week counted from now dates an act too.
    if (mention.kind === "relative" && ACT_DAYS.test(mention.raw)) continue;
    if (mention.until && mention.date)
      found.push({ at: mention.start, year: mention.until.year, period: mention.raw });
    else if (mention.date)
      found.push({
        at: mention.start,
        year: mention.date.year,
        period: null,
        relative: mention.kind === "relative",
      });
    else if (mention.kind === "relative") found.push(unresolved(mention, context));
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    if (covered(match.index)) continue;
    // "2022-23", "2022/23": a financial year, which like any period counts by the year it ends.
    const short = SHORT_END.exec(text.slice(match.index + 4))?.[1];
    const year = Number(match[0]);
    if (short && Number(short) === (year + 1) % 100)
      found.push({
        at: match.index,
        year: year + 1,
        period: text.slice(match.index, match.index + 7),
      });
    else found.push({ at: match.index, year, period: null });
  }
  found.sort((a, b) => a.at - b.at);
  // "tahun sebelumnya": the year before the one named earlier in the sentence, else before now.
  for (const phrase of relativeYears.findAll(text)) {
    if (covered(phrase.start)) continue;
    const anchor =
      phrase.value.from === "named"
        ? (found.filter((mention) => mention.at < phrase.start && mention.year).at(-1)?.year ??
          context.year)
        : context.year;
    found.push({
      at: phrase.start,
      year: anchor ? anchor + phrase.value.offset : null,
      period: anchor ? null : phrase.surface.toLowerCase(),
      relative: true,
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** "Tahun lalu" the dates could not resolve (no publication date): the article's own "now". */
function unresolved(mention: DateMention, context: FigureContext): YearMention {
  const relative = relativeYears.findAll(mention.raw)[0];
  if (relative && context.year && relative.surface.length === mention.raw.length)
    return {
      at: mention.start,
      year: context.year + relative.value.offset,
      period: null,
      relative: true,
    };
  // Without any "now", the article's own words, in lower case.
  return { at: mention.start, year: null, period: mention.raw.toLowerCase(), relative: true };
}

// "US$4 miliar pada 2017", "USD 25.000 pada 2016": a year right after the amount is its own.
const YEAR_RIGHT_AFTER =
  /^\s*(?:\(\s*)?(?:pada|di|in|selama|sepanjang|during|for)?\s*(?:tahun\s*)?$/iu;

// Speech verbs and citations; "jelas", "tegas" and "tambah" also mean "clear", "firm" and "more",
// so only their "-nya" forms count.
const SAID =
  /(?<![\p{L}])(?:kata|ujar|ucap|tutur|ungkap|imbuh|papar|katanya|ujarnya|jelasnya|ungkapnya|tuturnya|imbuhnya|tambahnya|terangnya|tegasnya|dilansir|melansir|dikutip|mengutip|said|told)(?![\p{L}])/iu;

const SAYING =
  /(?<![\p{L}])(?:mengatakan|menyatakan|menyebut|menyebutkan|mengumumkan|berkata|said|announced)(?![\p{L}])/iu;

/**
 * The year of an amount (from its start to the end of its last equivalent): a year right after
 * it, else the nearest one named before it in the sentence, else the first one after it that is
 * not counted from another.
 */
export function yearFor(
  text: string,
  start: number,
  end: number,
  years: YearMention[],
): Pick<FigureFact, "year" | "period"> {
  // "..., kata Menteri, Senin (16/9/2019)": past a speech verb or a citation, a date tells when
  // the amount was said or reported, not the period it measures.
  const saidAt = text.slice(end).search(SAID);
  const ownAfter = saidAt < 0 ? years : years.filter((mention) => mention.at < end + saidAt);
  const next = ownAfter.find((mention) => mention.at >= end);
  const rightAfter = next && YEAR_RIGHT_AFTER.test(text.slice(end, next.at)) ? next : undefined;
  // "Bulan lalu, AS mengatakan bakal menaikkan tarif atas impor senilai USD250 miliar": before a
  // verb of saying that comes ahead of the amount, a date tells when it was said.
  const before = years.filter((mention) => mention.at < start).at(-1);
  const saidBefore = before?.relative && SAYING.test(text.slice(before.at, start));
  const after = ownAfter.find((mention) => mention.at >= end && !mention.relative);
  const chosen = rightAfter ?? (saidBefore ? undefined : before) ?? after;
  return { year: chosen?.year ?? null, period: chosen?.period ?? null };
}
