/**
 * Publisher names as they appear in pages ("Beritasatu.com", "KOMPAS.com", "(ANTARA)") mapped
 * to one display name. The list is data (data/publishers.json): adding a publisher is an edit
 * there, not here.
 */
import { z } from "zod";
import data from "../../data/publishers.json" with { type: "json" };

const PublisherSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(["media", "agency"]),
  domains: z.array(z.string()),
  variants: z.array(z.string()),
});

export type Publisher = z.infer<typeof PublisherSchema>;

export const PUBLISHERS: readonly Publisher[] = z
  .object({ publishers: z.array(PublisherSchema) })
  .parse(data).publishers;

/** Case, spacing and punctuation do not tell publishers apart: "Beritasatu.com" ≈ "BeritaSatu.com". */
const key = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

const byKey = new Map<string, string>();
for (const p of PUBLISHERS) {
  for (const v of [p.name, ...p.variants]) byKey.set(key(v), p.name);
  for (const d of p.domains) {
    byKey.set(key(d), p.name);
    const label = d.split(/[./]/)[0];
    if (label) byKey.set(key(label), p.name);
  }
}

/** Host-name suffixes a site name is often written with: "Beritasatu.com", "TEMPO.CO". */
const DOMAIN_SUFFIX = /\.(?:com|co\.id|co|id|net|org|tv|news)(?:\.[a-z]{2})?$/i;

/** The display name of a publisher mentioned as `name`, or null when it is not a known one. */
export function canonicalPublisher(name: string | null | undefined): string | null {
  if (!name) return null;
  const cleaned = name.trim().replace(/^(?:https?:\/\/)?(?:www\.)?/i, "");
  if (cleaned.length === 0 || cleaned.length > 80) return null;
  const k = key(cleaned);
  if (k.length === 0) return null;
  return byKey.get(k) ?? byKey.get(key(cleaned.replace(DOMAIN_SUFFIX, ""))) ?? null;
}

/**
 * Finds a publisher named somewhere inside a short phrase ("PT Kompas Media Nusantara",
 * "2021 BeritaSatu Allright Reserved"): longest word run first, so "Suara Pembaruan" is not
 * read as "Suara".
 */
export function publisherInPhrase(phrase: string): string | null {
  const words = phrase.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  for (let len = Math.min(words.length, 5); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const hit = canonicalPublisher(words.slice(i, i + len).join(" "));
      if (hit !== null) return hit;
    }
  }
  return null;
}

/** The publisher owning a URL's host (subdomains included), or null. */
export function publisherFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let where: string;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`);
    where = `${u.hostname.replace(/^www\./, "")}${u.pathname}`.toLowerCase();
  } catch {
    return null;
  }
  for (const p of PUBLISHERS) {
    for (const d of p.domains) {
      const domain = d.toLowerCase();
      if (where.startsWith(domain) || where.includes(`.${domain}`)) return p.name;
    }
  }
  return null;
}
