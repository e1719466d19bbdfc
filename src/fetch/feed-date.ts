/** Month names and abbreviations Indonesian feeds use, mapped to what Date.parse reads. */
const INDONESIAN_MONTHS: Record<string, string> = {
  januari: "Jan",
  februari: "Feb",
  pebruari: "Feb",
  peb: "Feb",
  maret: "Mar",
  mei: "May",
  juni: "Jun",
  juli: "Jul",
  agustus: "Aug",
  agu: "Aug",
  agt: "Aug",
  ags: "Aug",
  oktober: "Oct",
  okt: "Oct",
  nopember: "Nov",
  nop: "Nov",
  desember: "Dec",
  des: "Dec",
};

/** Indonesian time-zone names, which Date.parse does not know. */
const INDONESIAN_ZONES: Record<string, string> = { wib: "+0700", wita: "+0800", wit: "+0900" };

function isoIfValid(text: string): string | null {
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/**
 * A feed or page date as ISO 8601, or null. Besides RFC 822 and ISO dates it reads the
 * Indonesian spelling some local feeds use ("Selasa, 14 Mei 2024 10:00 WIB").
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const direct = isoIfValid(text);
  if (direct) return direct;
  const translated = text
    // The weekday adds nothing and, in Indonesian, stops Date.parse.
    .replace(/^[^\d,]+,\s*/, "")
    .replace(/\p{L}+/gu, (word) => {
      const key = word.toLowerCase();
      return INDONESIAN_MONTHS[key] ?? INDONESIAN_ZONES[key] ?? word;
    });
  return isoIfValid(translated);
}
