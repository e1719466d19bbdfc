/**
 * A bare weekday told of a plan ("Menlu akan berkunjung ke Lima pada Senin") is the coming one:
 * Indonesian marks the plan with "akan", not the weekday, so "Senin" in a Thursday story's plan is
 * next Monday, where told of what happened it is last Monday. A weekday equal to the publication
 * day stays that day ("akan bertemu hari ini, Kamis"). So with a bare month: "pertemuan
 * berikutnya di bulan Desember", in a September story, is this December, not last year's.
 */
import { addDays, hasDay } from "./date-words.js";
import { compareDates } from "./dates.js";
import type { DateMention, PartialDate } from "./types.js";

// "Senin lalu", "Selasa kemarin", "Rabu pekan lalu" say themselves which one they are.
const SAYS_WHICH =
  /(?<![\p{L}])(?:lalu|kemarin|pekan|minggu\s+(?:lalu|depan|ini)|silam)(?![\p{L}])/iu;

/**
 * The date a plan's weekday or bare month names: a week or a year on from the past one the finder
 * resolved it to.
 */
export function plannedDate(
  mention: DateMention,
  published: PartialDate | null,
): PartialDate | null {
  const date = mention.date;
  // "Juni tahun ini" names its year itself, as "Juni 2019" does.
  if (mention.kind === "month" && date && !/\d{4}|tahun/iu.test(mention.raw) && published?.month) {
    const past =
      compareDates(
        { year: date.year, month: date.month },
        { year: published.year, month: published.month },
      ) < 0;
    return past && !SAYS_WHICH.test(mention.raw) ? { ...date, year: date.year + 1 } : date;
  }
  if (mention.kind !== "weekday" || SAYS_WHICH.test(mention.raw)) return date;
  if (!hasDay(date) || !hasDay(published) || compareDates(date, published) >= 0) return date;
  return addDays(date, 7);
}
