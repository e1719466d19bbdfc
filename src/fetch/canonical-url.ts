/** Query parameters that only say where a click came from, never which article it is. */
const TRACKING_PARAMS = new Set(["fbclid", "gclid", "ref", "mc_cid", "mc_eid", "_ga"]);

function isTrackingParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (key.startsWith("utm_") || TRACKING_PARAMS.has(key)) return true;
  // AMP switches give the same article in another layout, so they name the same story.
  if (key === "amp") return value === "1" || value === "" || value.toLowerCase() === "true";
  return key === "outputtype" && value.toLowerCase() === "amp";
}

/**
 * One spelling per article URL, so the same story reached through a feed, a share link and an
 * AMP page is stored once: lower-case scheme and host, no default port, no fragment, no
 * tracking parameters, sorted query, no trailing slash on a non-root path.
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`fetch: cannot parse URL ${JSON.stringify(url)}`);
  }
  // WHATWG URL already lower-cases scheme and host and drops the scheme's default port.
  parsed.hash = "";
  const kept = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) {
    if (!isTrackingParam(name, value)) kept.append(name, value);
  }
  kept.sort();
  const query = kept.toString();
  parsed.search = query === "" ? "" : `?${query}`;
  if (parsed.pathname !== "/" && parsed.pathname.endsWith("/")) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, "") || "/";
  }
  return parsed.href;
}

/** `candidate` made absolute against `base`, if it is an http(s) URL; otherwise null. */
export function absoluteHttpUrl(candidate: string | null, base: string): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
